/**
 * One policy for the desktop window and the browser mode. Styles allow inline
 * because the component library writes its theme variables into a <style>
 * element; scripts never do. The same string sits in src-renderer/index.html
 * (a test keeps the two equal).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
