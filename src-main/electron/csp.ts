import type { Session } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy'

/**
 * Sends the policy as a header on every response the session receives (the
 * dev server included). Pages loaded from file:// carry no headers, so the
 * built renderer relies on the identical <meta> policy in its index.html.
 */
export function enforceContentSecurityPolicy(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
}
