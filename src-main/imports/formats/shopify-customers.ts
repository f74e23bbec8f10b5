import type { CsvRow } from '../csv-rows'
import { CellReader } from './cell-reader'
import { findColumns } from './columns'
import type { ExportFormat, FormatContext, FormatReader } from './format'
import { address, consentFrom, customer, customerIdentity } from './order-parts'

/** Admin › Customers › Export, current 20-column header (REAL). */
export const SHOPIFY_CUSTOMERS_HEADER = [
  'Customer ID', 'First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Default Address Company',
  'Default Address Address1', 'Default Address Address2', 'Default Address City', 'Default Address Province Code',
  'Default Address Country Code', 'Default Address Zip', 'Default Address Phone', 'Phone', 'Accepts SMS Marketing',
  'Total Spent', 'Total Orders', 'Note', 'Tax Exempt', 'Tags',
] as const

/** The pre-2023 19-column header (REAL). */
export const SHOPIFY_CUSTOMERS_LEGACY_HEADER = [
  'First Name', 'Last Name', 'Email', 'Company', 'Address1', 'Address2', 'City', 'Province', 'Province Code', 'Country',
  'Country Code', 'Zip', 'Phone', 'Accepts Marketing', 'Total Spent', 'Total Orders', 'Tags', 'Note', 'Tax Exempt',
] as const

const COLUMNS = {
  id: ['Customer ID'],
  firstName: ['First Name'],
  lastName: ['Last Name'],
  email: ['Email'],
  acceptsEmail: ['Accepts Email Marketing', 'Accepts Marketing'],
  company: ['Default Address Company', 'Company'],
  address1: ['Default Address Address1', 'Address1'],
  address2: ['Default Address Address2', 'Address2'],
  city: ['Default Address City', 'City'],
  province: ['Default Address Province Code', 'Province Code', 'Province'],
  country: ['Default Address Country Code', 'Country Code', 'Country'],
  zip: ['Default Address Zip', 'Zip'],
  addressPhone: ['Default Address Phone'],
  phone: ['Phone'],
  note: ['Note'],
  tags: ['Tags'],
} as const

function createReader(context: FormatContext): FormatReader {
  const cells = new CellReader(context)
  const c = findColumns(context.header, COLUMNS)
  return {
    row(row: CsvRow) {
      const email = cells.email(row, c.email)
      const id = cells.identifier(row, c.id)
      const identity = customerIdentity('shopify', email, id)
      if (identity === null) {
        context.sink.warn({
          key: 'shopify:customer-without-identity',
          line: row.line,
          column: c.email.name,
          message: 'Customers with neither an email address nor a customer ID were skipped: nothing identifies them.',
        })
        return
      }
      const firstName = cells.text(row, c.firstName)
      const lastName = cells.text(row, c.lastName)
      const phone = cells.identifier(row, c.phone) ?? cells.identifier(row, c.addressPhone)
      const at = { file: context.fileName, line: row.line }
      context.sink.emit({
        kind: 'customer',
        customer: customer(identity, {
          firstName,
          lastName,
          phone,
          consent: consentFrom(cells.yesNo(row, c.acceptsEmail), 'shopify'),
          tags: cells.list(row, c.tags),
          note: cells.text(row, c.note),
          address: address({
            name: [firstName, lastName].filter((part) => part !== null).join(' ') || null,
            company: cells.text(row, c.company),
            line1: cells.text(row, c.address1),
            line2: cells.text(row, c.address2),
            city: cells.text(row, c.city),
            region: cells.text(row, c.province),
            postalCode: cells.identifier(row, c.zip),
            country: cells.text(row, c.country),
            phone: cells.identifier(row, c.addressPhone),
          }),
          at,
        }),
      })
    },
    end() {},
  }
}

export const shopifyCustomers: ExportFormat = {
  id: 'shopify-customers',
  source: 'shopify',
  label: 'Shopify customers export',
  signatures: [
    ['Customer ID', 'First Name', 'Last Name', 'Email', 'Accepts Email Marketing'],
    ['First Name', 'Last Name', 'Email', 'Accepts Marketing', 'Total Spent', 'Total Orders'],
  ],
  // Stores with customer metafields add columns such as "Accepts WhatsApp Marketing": reported, not read.
  knownColumns: [...SHOPIFY_CUSTOMERS_HEADER, ...SHOPIFY_CUSTOMERS_LEGACY_HEADER],
  requiredColumns: [['Email']],
  decimalSeparator: () => '.',
  createReader,
}
