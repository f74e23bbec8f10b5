import type { Faker, LocaleDefinition } from '@faker-js/faker'

/**
 * The faker package, loaded by whoever makes a demo (load-demo-shop.ts):
 * its locales weigh about 25 MB, which no other start of the app should
 * carry, and which slowed every garbage collection of a big import.
 */
export type FakerLibrary = typeof import('@faker-js/faker')
import { ACCENTED_GIVEN_NAMES, GB_SURNAMES, IRISH_GIVEN_NAMES, IRISH_SURNAMES, US_SURNAMES, WHOLESALE_BUYERS } from './demo-names'
import { STREETS, TOWNS, type Country, type NameStyle } from './demo-places'
import { createRandom, type Random } from './demo-random'
import type { DEMO_EMAIL_DOMAINS } from './demo-tag'

export interface DemoName {
  firstName: string
  lastName: string
}

export interface DemoAddress {
  line1: string
  line2: string | null
  city: string
  region: string | null
  postalCode: string
  countryCode: string
}

export interface PeopleFactory {
  name(country: Country): DemoName
  address(country: Country): DemoAddress
  phone(country: Country): string
  /** Lower-case, unique within this demo and against the addresses the shop already has. */
  email(name: DemoName): string
  wholesaleBuyer(): string
}

type FakerLocale = Country['fakerLocale'] | Exclude<NameStyle, 'en' | 'ie'>

function localeChains({ base, da, de, en, en_GB, en_IE, en_US, es, es_MX, fr, pl, tr, vi }: FakerLibrary): Record<FakerLocale, LocaleDefinition[]> {
  return {
    en_US: [en_US, en, base],
    en_GB: [en_GB, en, base],
    en_IE: [en_IE, en, base],
    de: [de, en, base],
    fr: [fr, en, base],
    da: [da, en, base],
    es: [es, en, base],
    es_MX: [es_MX, es, en, base],
    vi: [vi, en, base],
    tr: [tr, en, base],
    pl: [pl, en, base],
  }
}

const EMAIL_DOMAINS = [
  ['example.com', 50],
  ['example.org', 25],
  ['example.net', 25],
] as const satisfies ReadonlyArray<readonly [(typeof DEMO_EMAIL_DOMAINS)[number], number]>

const EIRCODE_CHARACTERS = 'ACDEFHKNPRTVWXY0123456789'
const UK_POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ'

/** Folds a name into what people actually type into an address: "Łukasz Ó Briain" -> "lukasz", "obriain". */
export function emailPart(text: string): string {
  return text
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

const DIGITS = '0123456789'

/**
 * Faker instances of our own, each seeded from the demo seed: seeding the
 * shared `fakerDE` and friends would be global state that two concurrent
 * loads (or any other faker user) could disturb.
 */
function createFakers(seed: number, library: FakerLibrary): (locale: FakerLocale) => Faker {
  const chains = localeChains(library)
  const made = new Map<FakerLocale, Faker>()
  return (locale) => {
    let faker = made.get(locale)
    if (!faker) {
      faker = new library.Faker({ locale: chains[locale] })
      faker.seed(createRandom(seed, `faker:${locale}`).uint32())
      made.set(locale, faker)
    }
    return faker
  }
}

export function createPeopleFactory(seed: number, random: Random, takenEmails: ReadonlySet<string>, faker: FakerLibrary): PeopleFactory {
  const fakerFor = createFakers(seed, faker)
  const usedEmails = new Set(takenEmails)
  const wholesaleNames = [...WHOLESALE_BUYERS]

  function givenName(style: NameStyle, sex: 'female' | 'male'): string {
    if (style === 'ie') return random.pick(IRISH_GIVEN_NAMES[sex])
    if (style === 'en') return random.chance(0.04) ? random.pick(ACCENTED_GIVEN_NAMES[sex]) : fakerFor('en_US').person.firstName(sex)
    return fakerFor(style).person.firstName(sex)
  }

  function surname(style: NameStyle, sex: 'female' | 'male', country: Country): string {
    if (style === 'ie') return random.pick(IRISH_SURNAMES)
    if (style === 'en') return random.pick(country.code === 'GB' ? GB_SURNAMES : US_SURNAMES)
    return fakerFor(style).person.lastName(sex)
  }

  function postalCode(country: Country, prefix: string): string {
    switch (country.code) {
      case 'US':
        return `${prefix}${random.characters(DIGITS, 2)}`
      case 'CA':
        return `${prefix}${random.characters(DIGITS, 1)}${random.characters('ABCEGHJKLMNPRSTVXY', 1)} ${random.characters(DIGITS, 1)}${random.characters('ABCEGHJKLMNPRSTVWXYZ', 1)}${random.characters(DIGITS, 1)}`
      case 'GB':
        return `${prefix}${random.int(1, 20)} ${random.characters(DIGITS, 1)}${random.characters(UK_POSTCODE_LETTERS, 2)}`
      case 'IE':
        return `${prefix}${prefix.length === 2 ? random.characters(DIGITS, 1) : ''} ${random.characters(EIRCODE_CHARACTERS, 4)}`
      case 'DE':
        return `${prefix}${random.characters(DIGITS, 3)}`
      default:
        return fakerFor(country.fakerLocale).location.zipCode()
    }
  }

  function secondLine(country: Country): string | null {
    if (country.code === 'US' && random.chance(0.18)) return random.chance(0.6) ? `Apt ${random.int(1, 40)}${random.characters('ABCD', 1)}` : `Unit ${random.int(2, 310)}`
    if (country.code === 'GB' && random.chance(0.12)) return `Flat ${random.int(1, 24)}`
    if (country.code === 'CA' && random.chance(0.2)) return `Suite ${random.int(100, 2400)}`
    return null
  }

  return {
    name(country) {
      const style = random.weighted(country.nameStyles)
      const sex = random.chance(0.62) ? 'female' : 'male'
      return { firstName: givenName(style, sex), lastName: surname(style, sex, country) }
    },

    address(country) {
      const towns = TOWNS[country.code]
      const streets = STREETS[country.code]
      const faker = fakerFor(country.fakerLocale)
      const town = towns ? random.pick(towns) : { city: faker.location.city(), region: null, postal: '' }
      const line1 = streets
        ? `${country.code === 'GB' || country.code === 'IE' ? random.int(1, 180) : random.int(12, 9800)} ${random.pick(streets)}`
        : faker.location.streetAddress()
      return {
        line1,
        line2: secondLine(country),
        city: town.city,
        region: town.region,
        postalCode: postalCode(country, town.postal),
        countryCode: country.code,
      }
    },

    phone(country) {
      return fakerFor(country.fakerLocale).phone.number({ style: random.chance(0.3) ? 'international' : 'national' })
    },

    email({ firstName, lastName }) {
      const first = emailPart(firstName.split(' ')[0] ?? firstName)
      const last = emailPart(lastName)
      const local = random.weighted<string>([
        [`${first}.${last}`, 34],
        [`${first}${last}`, 14],
        [`${first.slice(0, 1)}${last}`, 12],
        [`${first}_${last}`, 5],
        [`${first}${last.slice(0, 1)}${random.int(10, 99)}`, 8],
        [`${first}${random.chance(0.5) ? random.int(60, 99) : random.int(1962, 2004)}`, 10],
        [`${last}.${first}`, 5],
        [`${first}.${last}${random.int(1, 99)}`, 12],
      ])
      const domain = random.weighted(EMAIL_DOMAINS)
      // Clashes get a counter rather than a fresh draw, so one taken address cannot reshuffle the rest of the shop.
      let email = `${local}@${domain}`
      for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${domain}`
      usedEmails.add(email)
      return email
    },

    wholesaleBuyer() {
      if (wholesaleNames.length === 0) return fakerFor('en_US').company.name()
      const index = random.int(0, wholesaleNames.length - 1)
      return wholesaleNames.splice(index, 1)[0] as string
    },
  }
}
