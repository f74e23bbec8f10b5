import type { OrdersTable } from './orders.table'

/** Where an order goes: a postal address with the recipient's name, company and phone. */
export interface ShippingAddress {
  name: string | null
  company: string | null
  line1: string | null
  line2: string | null
  city: string | null
  region: string | null
  postalCode: string | null
  countryCode: string | null
  phone: string | null
}

type ShippingColumns = Pick<
  OrdersTable,
  'ship_name' | 'ship_company' | 'ship_line1' | 'ship_line2' | 'ship_city' | 'ship_region' | 'ship_postal_code' | 'ship_country_code' | 'ship_phone'
>

/** An order's ship_* columns; all null for an order shipped nowhere (a download, a market stall sale). */
export function shippingColumns(address: ShippingAddress | null): ShippingColumns {
  return {
    ship_name: address?.name ?? null,
    ship_company: address?.company ?? null,
    ship_line1: address?.line1 ?? null,
    ship_line2: address?.line2 ?? null,
    ship_city: address?.city ?? null,
    ship_region: address?.region ?? null,
    ship_postal_code: address?.postalCode ?? null,
    ship_country_code: address?.countryCode ?? null,
    ship_phone: address?.phone ?? null,
  }
}
