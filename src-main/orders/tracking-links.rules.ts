/**
 * Links to a carrier's own tracking page, for an allow-list of common
 * carriers only: the carrier text comes from imported files, so it never
 * becomes part of a URL, it only picks one of the templates below. The
 * tracking number is URL-encoded into a fixed https template.
 */

interface Carrier {
  /** How marketplaces and shop platforms write this carrier, as words; the longest match wins ("DHL Express" over "DHL"). */
  names: readonly string[]
  page(trackingNumber: string): string
}

const CARRIERS: readonly Carrier[] = [
  { names: ['ups', 'united parcel service'], page: (n) => `https://www.ups.com/track?tracknum=${n}` },
  { names: ['usps', 'us postal service', 'united states postal service'], page: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}` },
  { names: ['fedex', 'federal express'], page: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}` },
  // The global DHL page finds a number of any DHL division; Express, Germany's parcels and UK parcels have their own.
  { names: ['dhl', 'dhl ecommerce', 'dhl global mail'], page: (n) => `https://www.dhl.com/global-en/home/tracking.html?submit=1&tracking-id=${n}` },
  { names: ['dhl express', 'dhl worldwide express'], page: (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=${n}` },
  { names: ['dhl parcel', 'dhl paket', 'dhl parcel de', 'dhl de'], page: (n) => `https://www.dhl.de/en/privatkunden/pakete-empfangen/verfolgen.html?piececode=${n}` },
  { names: ['dhl parcel uk', 'dhl uk'], page: (n) => `https://track.dhlparcel.co.uk/?con=${n}` },
  { names: ['royal mail'], page: (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}` },
  // Hermes UK became Evri; marketplaces still write either name.
  { names: ['evri', 'hermes', 'hermes uk', 'myhermes'], page: (n) => `https://www.evri.com/track/parcel/${n}` },
  { names: ['hermes germany', 'hermes de'], page: (n) => `https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation/#${n}` },
  { names: ['dpd'], page: (n) => `https://tracking.dpd.de/status/en_US/parcel/${n}` },
  { names: ['dpd uk', 'dpd local'], page: (n) => `https://track.dpd.co.uk/parcels/${n}` },
  { names: ['gls'], page: (n) => `https://gls-group.com/GROUP/en/parcel-tracking?match=${n}` },
  { names: ['canada post', 'postes canada'], page: (n) => `https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=${n}` },
  { names: ['australia post', 'auspost'], page: (n) => `https://auspost.com.au/mypost/track/#/details/${n}` },
  { names: ['postnl', 'postnl international'], page: (n) => `https://postnl.nl/tracktrace/?B=${n}` },
  { names: ['la poste', 'colissimo', 'la poste colissimo'], page: (n) => `https://www.laposte.fr/outils/suivre-vos-envois?code=${n}` },
  { names: ['deutsche post'], page: (n) => `https://www.deutschepost.de/de/s/sendungsverfolgung.html?piececode=${n}` },
]

function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
}

/**
 * A carrier name matches when the text starts with its words ("UPS Ground",
 * "FEDEX_HOME_DELIVERY") or with its words run together ("RoyalMail"), never
 * in the middle of a word, so "Upsilon Freight" is not UPS.
 */
function matchLength(words: readonly string[], name: string): number {
  const nameWords = wordsOf(name)
  if (nameWords.every((word, i) => words[i] === word)) return nameWords.length * 2
  return words[0] === nameWords.join('') ? nameWords.length * 2 - 1 : 0
}

function carrierOf(carrierText: string): Carrier | null {
  const words = wordsOf(carrierText)
  let best: { carrier: Carrier; length: number } | null = null
  for (const carrier of CARRIERS) {
    for (const name of carrier.names) {
      const length = matchLength(words, name)
      if (length > 0 && (best === null || length > best.length)) best = { carrier, length }
    }
  }
  return best?.carrier ?? null
}

// Longer than any carrier's numbers: anything past it is not a tracking number.
const MAX_TRACKING_NUMBER = 64

/** The carrier's tracking page for this parcel, or null for an unknown carrier or a missing number. */
export function trackingUrl(carrier: string | null, trackingNumber: string | null): string | null {
  if (carrier === null || trackingNumber === null) return null
  // Numbers are often written in groups ("1Z 999 AA1"); carriers' pages want them whole.
  const number = trackingNumber.replace(/\s+/g, '')
  if (number === '' || number.length > MAX_TRACKING_NUMBER) return null
  return carrierOf(carrier)?.page(encodeURIComponent(number)) ?? null
}

/** Every host a tracking link can point at, for the desktop app's list of links it opens in the browser. */
export const TRACKING_HOSTS: readonly string[] = [...new Set(CARRIERS.map((carrier) => new URL(carrier.page('0')).hostname))]
