import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from '../../src-main/electron/external-links'

const hosts = ['shopify.com', 'etsy.com']

describe('which links leave the app for the system browser', () => {
  it('opens https links to an allowed host and its subdomains', () => {
    expect(isAllowedExternalUrl('https://shopify.com/orders', hosts)).toBe(true)
    expect(isAllowedExternalUrl('https://admin.shopify.com/store/x/orders/1', hosts)).toBe(true)
    expect(isAllowedExternalUrl('https://www.etsy.com/your/orders/sold?order_id=5', hosts)).toBe(true)
  })

  it('refuses every other scheme', () => {
    for (const url of [
      'http://shopify.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'mailto:ann@shopify.com',
      'ftp://shopify.com/',
      'smb://shopify.com/share',
    ]) {
      expect(isAllowedExternalUrl(url, hosts), url).toBe(false)
    }
  })

  it('refuses other hosts, including look-alikes', () => {
    for (const url of [
      'https://example.com/',
      'https://evilshopify.com/',
      'https://shopify.com.evil.com/',
      'https://shopify.co/',
      'https://127.0.0.1/',
    ]) {
      expect(isAllowedExternalUrl(url, hosts), url).toBe(false)
    }
  })

  it('refuses credentials, explicit ports and text that is not a URL', () => {
    expect(isAllowedExternalUrl('https://user:pass@shopify.com/', hosts)).toBe(false)
    expect(isAllowedExternalUrl('https://evil.com@shopify.com/', hosts)).toBe(false)
    expect(isAllowedExternalUrl('https://shopify.com:8443/', hosts)).toBe(false)
    expect(isAllowedExternalUrl('shopify.com', hosts)).toBe(false)
    expect(isAllowedExternalUrl('', hosts)).toBe(false)
  })

  it('uses the built-in allow-list by default', () => {
    expect(isAllowedExternalUrl('https://admin.shopify.com/')).toBe(true)
    expect(isAllowedExternalUrl('https://example.com/')).toBe(false)
  })
})
