/**
 * Where the demo shop's buyers live. Real towns and postcode shapes, because
 * faker's English-locale towns ("Pacochaside") give a demo away at a glance.
 */
export type CountryCode = 'US' | 'CA' | 'GB' | 'IE' | 'DE' | 'FR' | 'DK' | 'ES'
export type Currency = 'USD' | 'GBP' | 'EUR'
export type Carrier = 'UPS' | 'USPS' | 'FedEx' | 'DHL' | 'Royal Mail'
export type NameStyle = 'en' | 'ie' | 'es_MX' | 'vi' | 'fr' | 'de' | 'tr' | 'da' | 'es' | 'pl'

export interface Country {
  code: CountryCode
  currency: Currency
  /** Share of the shop's customers. */
  share: number
  nameStyles: ReadonlyArray<readonly [NameStyle, number]>
  carriers: ReadonlyArray<readonly [Carrier, number]>
  transitDays: readonly [number, number]
  /** Faker locale for phone numbers and, where no town list is given, towns and streets. */
  fakerLocale: 'en_US' | 'en_GB' | 'en_IE' | 'de' | 'fr' | 'da' | 'es'
}

export const COUNTRIES: readonly Country[] = [
  {
    code: 'US',
    currency: 'USD',
    share: 60,
    nameStyles: [['en', 86], ['es_MX', 9], ['vi', 3], ['pl', 2]],
    carriers: [['USPS', 60], ['UPS', 28], ['FedEx', 12]],
    transitDays: [2, 6],
    fakerLocale: 'en_US',
  },
  {
    code: 'CA',
    currency: 'USD',
    share: 4,
    nameStyles: [['en', 70], ['fr', 30]],
    carriers: [['UPS', 60], ['FedEx', 40]],
    transitDays: [5, 10],
    fakerLocale: 'en_US',
  },
  {
    code: 'GB',
    currency: 'GBP',
    share: 17,
    nameStyles: [['en', 88], ['ie', 5], ['pl', 7]],
    carriers: [['Royal Mail', 82], ['DHL', 18]],
    transitDays: [1, 4],
    fakerLocale: 'en_GB',
  },
  {
    code: 'IE',
    currency: 'EUR',
    share: 2,
    nameStyles: [['ie', 80], ['en', 20]],
    carriers: [['DHL', 70], ['UPS', 30]],
    transitDays: [3, 7],
    fakerLocale: 'en_IE',
  },
  {
    code: 'DE',
    currency: 'EUR',
    share: 8,
    nameStyles: [['de', 88], ['tr', 8], ['pl', 4]],
    carriers: [['DHL', 85], ['UPS', 15]],
    transitDays: [3, 7],
    fakerLocale: 'de',
  },
  {
    code: 'FR',
    currency: 'EUR',
    share: 5,
    nameStyles: [['fr', 100]],
    carriers: [['DHL', 70], ['UPS', 30]],
    transitDays: [3, 8],
    fakerLocale: 'fr',
  },
  {
    code: 'DK',
    currency: 'EUR',
    share: 2,
    nameStyles: [['da', 100]],
    carriers: [['DHL', 100]],
    transitDays: [3, 8],
    fakerLocale: 'da',
  },
  {
    code: 'ES',
    currency: 'EUR',
    share: 2,
    nameStyles: [['es', 100]],
    carriers: [['DHL', 75], ['UPS', 25]],
    transitDays: [4, 9],
    fakerLocale: 'es',
  },
]

export interface Town {
  city: string
  region: string | null
  /** The start of a real postcode for the town: a US ZIP3, a UK/IE/CA prefix, or a German PLZ region. */
  postal: string
}

export const TOWNS: Partial<Record<CountryCode, readonly Town[]>> = {
  US: [
    { city: 'Brooklyn', region: 'NY', postal: '112' },
    { city: 'Rochester', region: 'NY', postal: '146' },
    { city: 'Portland', region: 'OR', postal: '972' },
    { city: 'Eugene', region: 'OR', postal: '974' },
    { city: 'Seattle', region: 'WA', postal: '981' },
    { city: 'Spokane', region: 'WA', postal: '992' },
    { city: 'Oakland', region: 'CA', postal: '946' },
    { city: 'San Diego', region: 'CA', postal: '921' },
    { city: 'Los Angeles', region: 'CA', postal: '900' },
    { city: 'Sacramento', region: 'CA', postal: '958' },
    { city: 'Austin', region: 'TX', postal: '787' },
    { city: 'Houston', region: 'TX', postal: '770' },
    { city: 'Denver', region: 'CO', postal: '802' },
    { city: 'Boulder', region: 'CO', postal: '803' },
    { city: 'Chicago', region: 'IL', postal: '606' },
    { city: 'Evanston', region: 'IL', postal: '602' },
    { city: 'Minneapolis', region: 'MN', postal: '554' },
    { city: 'Madison', region: 'WI', postal: '537' },
    { city: 'Ann Arbor', region: 'MI', postal: '481' },
    { city: 'Columbus', region: 'OH', postal: '432' },
    { city: 'Pittsburgh', region: 'PA', postal: '152' },
    { city: 'Philadelphia', region: 'PA', postal: '191' },
    { city: 'Boston', region: 'MA', postal: '021' },
    { city: 'Somerville', region: 'MA', postal: '021' },
    { city: 'Providence', region: 'RI', postal: '029' },
    { city: 'Burlington', region: 'VT', postal: '054' },
    { city: 'Portland', region: 'ME', postal: '041' },
    { city: 'Baltimore', region: 'MD', postal: '212' },
    { city: 'Arlington', region: 'VA', postal: '222' },
    { city: 'Asheville', region: 'NC', postal: '288' },
    { city: 'Durham', region: 'NC', postal: '277' },
    { city: 'Atlanta', region: 'GA', postal: '303' },
    { city: 'Savannah', region: 'GA', postal: '314' },
    { city: 'Nashville', region: 'TN', postal: '372' },
    { city: 'New Orleans', region: 'LA', postal: '701' },
    { city: 'Miami', region: 'FL', postal: '331' },
    { city: 'Tampa', region: 'FL', postal: '336' },
    { city: 'Phoenix', region: 'AZ', postal: '850' },
    { city: 'Santa Fe', region: 'NM', postal: '875' },
    { city: 'Salt Lake City', region: 'UT', postal: '841' },
  ],
  CA: [
    { city: 'Toronto', region: 'ON', postal: 'M' },
    { city: 'Ottawa', region: 'ON', postal: 'K' },
    { city: 'Vancouver', region: 'BC', postal: 'V' },
    { city: 'Victoria', region: 'BC', postal: 'V' },
    { city: 'Montréal', region: 'QC', postal: 'H' },
    { city: 'Québec', region: 'QC', postal: 'G' },
    { city: 'Calgary', region: 'AB', postal: 'T' },
    { city: 'Halifax', region: 'NS', postal: 'B' },
    { city: 'Winnipeg', region: 'MB', postal: 'R' },
  ],
  GB: [
    { city: 'London', region: 'Greater London', postal: 'N' },
    { city: 'London', region: 'Greater London', postal: 'SE' },
    { city: 'London', region: 'Greater London', postal: 'E' },
    { city: 'Bristol', region: 'Bristol', postal: 'BS' },
    { city: 'Bath', region: 'Somerset', postal: 'BA' },
    { city: 'Brighton', region: 'East Sussex', postal: 'BN' },
    { city: 'Manchester', region: 'Greater Manchester', postal: 'M' },
    { city: 'Leeds', region: 'West Yorkshire', postal: 'LS' },
    { city: 'York', region: 'North Yorkshire', postal: 'YO' },
    { city: 'Sheffield', region: 'South Yorkshire', postal: 'S' },
    { city: 'Norwich', region: 'Norfolk', postal: 'NR' },
    { city: 'Cambridge', region: 'Cambridgeshire', postal: 'CB' },
    { city: 'Oxford', region: 'Oxfordshire', postal: 'OX' },
    { city: 'Exeter', region: 'Devon', postal: 'EX' },
    { city: 'Edinburgh', region: 'City of Edinburgh', postal: 'EH' },
    { city: 'Glasgow', region: 'Glasgow City', postal: 'G' },
    { city: 'Cardiff', region: 'Cardiff', postal: 'CF' },
    { city: 'Belfast', region: 'County Antrim', postal: 'BT' },
  ],
  IE: [
    { city: 'Dublin', region: 'Co. Dublin', postal: 'D0' },
    { city: 'Dublin', region: 'Co. Dublin', postal: 'D1' },
    { city: 'Cork', region: 'Co. Cork', postal: 'T12' },
    { city: 'Galway', region: 'Co. Galway', postal: 'H91' },
    { city: 'Limerick', region: 'Co. Limerick', postal: 'V94' },
    { city: 'Kilkenny', region: 'Co. Kilkenny', postal: 'R95' },
  ],
  DE: [
    { city: 'Berlin', region: null, postal: '10' },
    { city: 'Hamburg', region: null, postal: '20' },
    { city: 'München', region: null, postal: '80' },
    { city: 'Köln', region: null, postal: '50' },
    { city: 'Frankfurt am Main', region: null, postal: '60' },
    { city: 'Leipzig', region: null, postal: '04' },
    { city: 'Düsseldorf', region: null, postal: '40' },
    { city: 'Stuttgart', region: null, postal: '70' },
    { city: 'Freiburg im Breisgau', region: null, postal: '79' },
    { city: 'Münster', region: null, postal: '48' },
  ],
}

/** English-speaking street names; faker's ("Leannon Forks") read as generated. */
export const STREETS: Partial<Record<CountryCode, readonly string[]>> = {
  US: [
    'Maple Ave', 'Oak St', 'Pine St', 'Cedar Ln', 'Elm St', 'Washington Ave', 'Lake Dr', 'Hillcrest Rd', 'Park Pl', 'Main St',
    'Church St', 'River Rd', 'Highland Ave', 'Willow Way', 'Chestnut St', 'Magnolia Dr', 'Orchard Rd', 'Grant St', '2nd St', '5th Ave',
  ],
  CA: ['Queen St W', 'King St E', 'Rue Saint-Denis', 'Bank St', 'Robson St', 'Jasper Ave', 'Spring Garden Rd', 'Osborne St'],
  GB: [
    'High Street', 'Church Lane', 'Station Road', 'Victoria Road', 'Mill Lane', 'Park Avenue', 'The Crescent', 'Queens Road',
    'Albert Street', 'Kings Road', 'Orchard Close', 'Manor Way', 'Elm Grove', 'St Mary’s Road',
  ],
  IE: ['Main Street', 'Church Road', 'Harbour View', 'Strand Road', 'Abbey Street', 'Mill Road', 'Ashgrove'],
}
