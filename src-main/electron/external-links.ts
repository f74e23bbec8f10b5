import { TRACKING_HOSTS } from '../orders/tracking-links.rules'

/**
 * Hosts the app itself links to (the shop platforms' order pages and help,
 * the carriers' tracking pages of the order page).
 * Anything else stays unopened: a link in imported data must not become a way
 * to launch arbitrary URLs or local programs through the system browser.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'shopify.com',
  'myshopify.com',
  'etsy.com',
  'ebay.com',
  'woocommerce.com',
  'wordpress.org',
  'github.com',
  ...TRACKING_HOSTS,
]

function hostIsAllowed(hostname: string, allowedHosts: readonly string[]): boolean {
  return allowedHosts.some((allowed) => hostname === allowed || hostname.endsWith(`.${allowed}`))
}

/** Only plain https links to an allowed host (or its subdomains), without credentials or a non-default port. */
export function isAllowedExternalUrl(candidate: string, allowedHosts: readonly string[] = EXTERNAL_LINK_HOSTS): boolean {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    hostIsAllowed(url.hostname, allowedHosts)
  )
}
