import { Stack } from '@mantine/core'
import type { OrderDetail } from '../api/types'
import { Field } from '../components/Field'
import { isBlankAddress, PostalAddress, type Address } from '../components/PostalAddress'

type Order = OrderDetail['order']

function shippingAddress(order: Order): Address {
  return {
    name: order.ship_name,
    company: order.ship_company,
    line1: order.ship_line1,
    line2: order.ship_line2,
    city: order.ship_city,
    region: order.ship_region,
    postalCode: order.ship_postal_code,
    countryCode: order.ship_country_code,
    phone: order.ship_phone,
  }
}

export function OrderShipping({ order }: { order: Order }) {
  const address = shippingAddress(order)
  return (
    <Stack gap="sm">
      <Field label="Ship to">{isBlankAddress(address) ? null : <PostalAddress address={address} />}</Field>
      <Field label="Carrier">{order.carrier}</Field>
      <Field label="Tracking number">{order.tracking_number && <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{order.tracking_number}</span>}</Field>
    </Stack>
  )
}
