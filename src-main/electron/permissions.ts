import type { Session } from 'electron'

/**
 * A back office needs no camera, microphone, location, notifications from the
 * page, USB, HID or serial devices: every request and check is refused, so a
 * compromised page cannot ask for them either.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}
