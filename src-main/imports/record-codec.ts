import type { FinancialStatus, FulfillmentStatus, Source } from '../orders/orders.table'
import { newCustomerSearchText, normaliseEmail } from './customer-matching.rules'
import type { CustomerIdentity, ImportedAddress, ImportedCustomer, ImportedOrder, ImportedOrderLine, ImportRecord } from './import-record'
import { newOrderSearchText } from './order-merge.rules'

/**
 * Orders and customers as flat arrays for the trip from the reader's thread
 * to the writer. Structured cloning writes every property name of every
 * object again; a big export is millions of small objects, and cloning them
 * as objects cost the reader as much as parsing and the writer more than
 * half of that again. Positions instead of names halve it. The other records
 * are rare and travel as they are.
 *
 * The search texts that orders and customers will have as new rows depend on
 * the records alone, so they are worked out here too, on the reader's side.
 */

type EncodedAddress = [
  name: string | null,
  company: string | null,
  line1: string | null,
  line2: string | null,
  city: string | null,
  region: string | null,
  postalCode: string | null,
  countryCode: string | null,
  phone: string | null,
]

type EncodedCustomer = [
  identityKind: CustomerIdentity['kind'],
  email: string | null,
  source: Source,
  externalId: string | null,
  firstName: string | null,
  lastName: string | null,
  phone: string | null,
  consent: [status: 'granted' | 'denied', source: string, at: string | null] | null,
  tags: string[],
  note: string | null,
  address: EncodedAddress | null,
  file: string,
  line: number,
  searchText: string,
]

/** Each line's fields one after the other, LINE_WIDTH to a line. */
type EncodedLines = Array<string | number | null>
const LINE_WIDTH = 8

export type EncodedOrderRecord = [
  kind: 'order',
  source: Source,
  externalId: string,
  orderNumber: string,
  customer: EncodedCustomer | null,
  buyerEmail: string | null,
  buyerName: string | null,
  placedAt: string,
  paidAt: string | null,
  fulfilledAt: string | null,
  deliveredAt: string | null,
  cancelledAt: string | null,
  financialStatus: FinancialStatus,
  fulfillmentStatus: FulfillmentStatus,
  currency: string,
  subtotalMinor: number,
  discountMinor: number,
  shippingMinor: number,
  taxMinor: number,
  totalMinor: number,
  refundedMinor: number,
  shippingAddress: EncodedAddress | null,
  carrier: string | null,
  trackingNumber: string | null,
  note: string,
  tags: string[],
  lines: EncodedLines,
  file: string,
  line: number,
  searchText: string,
]

export type EncodedCustomerRecord = [kind: 'customer', customer: EncodedCustomer]

export type EncodedRecord = EncodedOrderRecord | EncodedCustomerRecord | Exclude<ImportRecord, { kind: 'order' | 'customer' }>

function encodeAddress(a: ImportedAddress | null): EncodedAddress | null {
  return a === null ? null : [a.name, a.company, a.line1, a.line2, a.city, a.region, a.postalCode, a.countryCode, a.phone]
}

function decodeAddress(a: EncodedAddress | null): ImportedAddress | null {
  if (a === null) return null
  const [name, company, line1, line2, city, region, postalCode, countryCode, phone] = a
  return { name, company, line1, line2, city, region, postalCode, countryCode, phone }
}

function encodeCustomer(c: ImportedCustomer): EncodedCustomer {
  const id = c.identity
  return [
    id.kind,
    id.kind === 'email' ? id.email : null,
    id.source,
    id.externalId,
    c.firstName,
    c.lastName,
    c.phone,
    c.consent === null ? null : [c.consent.status, c.consent.source, c.consent.at],
    c.tags,
    c.note,
    encodeAddress(c.address),
    c.at.file,
    c.at.line,
    c.searchText ?? newCustomerSearchText(c, id.kind === 'email' ? normaliseEmail(id.email) : null),
  ]
}

function identityOf(kind: CustomerIdentity['kind'], email: string | null, source: Source, externalId: string | null): CustomerIdentity {
  if (kind === 'email' && email !== null) return { kind, email, source, externalId }
  if (kind === 'buyer' && externalId !== null) return { kind, source, externalId }
  throw new Error('A customer record lost its identity on its way from the reader.')
}

function decodeCustomer(c: EncodedCustomer): ImportedCustomer {
  const [kind, email, source, externalId, firstName, lastName, phone, consent, tags, note, address, file, line, searchText] = c
  return {
    identity: identityOf(kind, email, source, externalId),
    firstName,
    lastName,
    phone,
    consent: consent === null ? null : { status: consent[0], source: consent[1], at: consent[2] },
    tags,
    note,
    address: decodeAddress(address),
    at: { file, line },
    searchText,
  }
}

function encodeLines(lines: readonly ImportedOrderLine[]): EncodedLines {
  const flat: EncodedLines = []
  for (const l of lines) flat.push(l.sku, l.title, l.variant, l.vendor, l.quantity, l.unitPriceMinor, l.lineDiscountMinor, l.refundedQuantity)
  return flat
}

function text(value: string | number | null | undefined): string {
  if (typeof value !== 'string') throw new Error('An order line lost a field on its way from the reader.')
  return value
}

function textOrNull(value: string | number | null | undefined): string | null {
  return value === null ? null : text(value)
}

function count(value: string | number | null | undefined): number {
  if (typeof value !== 'number') throw new Error('An order line lost a field on its way from the reader.')
  return value
}

function decodeLines(flat: EncodedLines): ImportedOrderLine[] {
  const lines: ImportedOrderLine[] = []
  for (let i = 0; i < flat.length; i += LINE_WIDTH) {
    lines.push({
      sku: textOrNull(flat[i]),
      title: text(flat[i + 1]),
      variant: textOrNull(flat[i + 2]),
      vendor: textOrNull(flat[i + 3]),
      quantity: count(flat[i + 4]),
      unitPriceMinor: count(flat[i + 5]),
      lineDiscountMinor: count(flat[i + 6]),
      refundedQuantity: count(flat[i + 7]),
    })
  }
  return lines
}

function encodeOrder(o: ImportedOrder): EncodedOrderRecord {
  return [
    'order',
    o.source,
    o.externalId,
    o.orderNumber,
    o.customer === null ? null : encodeCustomer(o.customer),
    o.buyerEmail,
    o.buyerName,
    o.placedAt,
    o.paidAt,
    o.fulfilledAt,
    o.deliveredAt,
    o.cancelledAt,
    o.financialStatus,
    o.fulfillmentStatus,
    o.currency,
    o.subtotalMinor,
    o.discountMinor,
    o.shippingMinor,
    o.taxMinor,
    o.totalMinor,
    o.refundedMinor,
    encodeAddress(o.shippingAddress),
    o.carrier,
    o.trackingNumber,
    o.note,
    o.tags,
    encodeLines(o.lines),
    o.at.file,
    o.at.line,
    o.searchText ?? newOrderSearchText(o),
  ]
}

function decodeOrder(e: EncodedOrderRecord): ImportedOrder {
  const [
    ,
    source,
    externalId,
    orderNumber,
    customer,
    buyerEmail,
    buyerName,
    placedAt,
    paidAt,
    fulfilledAt,
    deliveredAt,
    cancelledAt,
    financialStatus,
    fulfillmentStatus,
    currency,
    subtotalMinor,
    discountMinor,
    shippingMinor,
    taxMinor,
    totalMinor,
    refundedMinor,
    shippingAddress,
    carrier,
    trackingNumber,
    note,
    tags,
    lines,
    file,
    line,
    searchText,
  ] = e
  return {
    source,
    externalId,
    orderNumber,
    customer: customer === null ? null : decodeCustomer(customer),
    buyerEmail,
    buyerName,
    placedAt,
    paidAt,
    fulfilledAt,
    deliveredAt,
    cancelledAt,
    financialStatus,
    fulfillmentStatus,
    currency,
    subtotalMinor,
    discountMinor,
    shippingMinor,
    taxMinor,
    totalMinor,
    refundedMinor,
    shippingAddress: decodeAddress(shippingAddress),
    carrier,
    trackingNumber,
    note,
    tags,
    lines: decodeLines(lines),
    at: { file, line },
    searchText,
  }
}

export function encodeRecord(record: ImportRecord): EncodedRecord {
  if (record.kind === 'order') return encodeOrder(record.order)
  if (record.kind === 'customer') return ['customer', encodeCustomer(record.customer)]
  return record
}

export function decodeRecord(record: EncodedRecord): ImportRecord {
  if (!Array.isArray(record)) return record
  if (record[0] === 'order') return { kind: 'order', order: decodeOrder(record) }
  return { kind: 'customer', customer: decodeCustomer(record[1]) }
}
