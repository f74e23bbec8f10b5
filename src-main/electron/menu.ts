import type { MenuItemConstructorOptions } from 'electron'

/**
 * Reload and the developer tools exist only in an unpackaged app: in a shop
 * owner's hands a reload mid-import looks like lost work, and the devtools
 * console is a way to run code against the open shop.
 */
export function applicationMenuTemplate(options: { isPackaged: boolean; platform: NodeJS.Platform }): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin'
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [...developerItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ]
}
