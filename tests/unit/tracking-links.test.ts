import { describe, expect, it } from 'vitest'
import { EXTERNAL_LINK_HOSTS, isAllowedExternalUrl } from '../../src-main/electron/external-links'
import { TRACKING_HOSTS, trackingUrl } from '../../src-main/orders/tracking-links.rules'

describe('tracking links on the order page', () => {
  it('links the common carriers to their own tracking page', () => {
    expect(trackingUrl('UPS', '1Z999AA10123456784')).toBe('https://www.ups.com/track?tracknum=1Z999AA10123456784')
    expect(trackingUrl('USPS', '9400111899223100000000')).toBe('https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223100000000')
    expect(trackingUrl('FedEx', '123456789012')).toBe('https://www.fedex.com/fedextrack/?trknbr=123456789012')
    expect(trackingUrl('Royal Mail', 'AB123456789GB')).toBe('https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB')
    expect(trackingUrl('Canada Post', '1234567890123456')).toContain('canadapost-postescanada.ca')
    expect(trackingUrl('Australia Post', '33ABC1234567')).toContain('auspost.com.au')
    expect(trackingUrl('PostNL', '3SABCD1234567')).toContain('postnl.nl')
    expect(trackingUrl('Colissimo', '6A12345678901')).toContain('laposte.fr')
    expect(trackingUrl('La Poste', '6A12345678901')).toContain('laposte.fr')
    expect(trackingUrl('Deutsche Post', 'RR123456789DE')).toContain('deutschepost.de')
    expect(trackingUrl('GLS', '12345678901')).toContain('gls-group.com')
  })

  it('reads carrier names the way marketplaces and platforms write them', () => {
    const ups = 'https://www.ups.com/track?tracknum=1Z1'
    for (const name of ['ups', 'UPS Ground', 'UPS®', 'United Parcel Service', ' ups ']) expect(trackingUrl(name, '1Z1'), name).toBe(ups)
    for (const name of ['FEDEX_GROUND', 'FedEx Home Delivery', 'Federal Express']) expect(trackingUrl(name, '1'), name).toContain('fedex.com')
    for (const name of ['RoyalMail', 'royal-mail', 'Royal Mail Tracked 48']) expect(trackingUrl(name, 'AB1GB'), name).toContain('royalmail.com')
    for (const name of ['Evri', 'Hermes', 'Hermes UK', 'myHermes']) expect(trackingUrl(name, 'H1'), name).toContain('evri.com')
    expect(trackingUrl('USPS First Class', '94')).toContain('usps.com')
    expect(trackingUrl('DPD UK', '15')).toContain('dpd.co.uk')
    expect(trackingUrl('DPD', '15')).toContain('dpd.de')
  })

  it('tells DHL Express from DHL parcel services', () => {
    expect(trackingUrl('DHL Express', '1234567890')).toContain('tracking-express')
    expect(trackingUrl('DHLExpress', '1234567890')).toContain('tracking-express')
    expect(trackingUrl('DHL Paket', '00340434161094042557')).toContain('dhl.de')
    expect(trackingUrl('DHL Parcel UK', '1234')).toContain('dhlparcel.co.uk')
    expect(trackingUrl('DHL eCommerce', 'GM1')).toBe('https://www.dhl.com/global-en/home/tracking.html?submit=1&tracking-id=GM1')
  })

  it('gives no link for an unknown carrier, a look-alike name or a missing number', () => {
    expect(trackingUrl('Amazon Logistics', 'TBA1')).toBeNull()
    expect(trackingUrl('Upsilon Freight', '1')).toBeNull()
    expect(trackingUrl('Other', '1')).toBeNull()
    expect(trackingUrl('', '1')).toBeNull()
    expect(trackingUrl(null, '1Z1')).toBeNull()
    expect(trackingUrl('UPS', null)).toBeNull()
    expect(trackingUrl('UPS', '   ')).toBeNull()
    expect(trackingUrl('UPS', 'x'.repeat(65))).toBeNull()
  })

  it('puts the number in the URL encoded, and spaces between groups of digits are dropped', () => {
    expect(trackingUrl('UPS', '1Z 999 AA1')).toBe('https://www.ups.com/track?tracknum=1Z999AA1')
    const hostile = trackingUrl('UPS', '1&next=https://evil.example/#')
    expect(hostile).toBe('https://www.ups.com/track?tracknum=1%26next%3Dhttps%3A%2F%2Fevil.example%2F%23')
    expect(new URL(hostile!).hostname).toBe('www.ups.com')
    expect(new URL(hostile!).searchParams.get('tracknum')).toBe('1&next=https://evil.example/#')
  })

  it('only ever builds https links to hosts the desktop app opens in the browser', () => {
    const carriers = ['UPS', 'USPS', 'FedEx', 'DHL', 'DHL Express', 'DHL Paket', 'DHL Parcel UK', 'Royal Mail', 'Evri', 'Hermes Germany', 'DPD', 'DPD UK', 'GLS']
    for (const carrier of [...carriers, 'Canada Post', 'Australia Post', 'PostNL', 'Colissimo', 'Deutsche Post']) {
      const url = trackingUrl(carrier, 'AB 12/34?x')!
      expect(url.startsWith('https://'), carrier).toBe(true)
      expect(TRACKING_HOSTS).toContain(new URL(url).hostname)
      expect(isAllowedExternalUrl(url), carrier).toBe(true)
    }
    expect(EXTERNAL_LINK_HOSTS).toEqual(expect.arrayContaining([...TRACKING_HOSTS]))
    expect(new Set(TRACKING_HOSTS).size).toBe(TRACKING_HOSTS.length)
  })
})
