import { Anchor, Group, Stack } from '@mantine/core'
import { IconExternalLink } from '@tabler/icons-react'
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

const MONOSPACE = { fontFamily: 'var(--mantine-font-family-monospace)' }

/**
 * The number links to the carrier's own page when the backend knows the
 * carrier (trackingUrl comes from its allow-list). It opens outside the app:
 * a new tab in a browser, the system browser in the desktop app.
 */
function TrackingNumber({ number, url }: { number: string; url: string | null }) {
  if (!url) return <span style={MONOSPACE}>{number}</span>
  return (
    <Anchor href={url} target="_blank" rel="noopener noreferrer" size="sm" title="Open the carrier’s tracking page">
      <Group gap={4} component="span" wrap="nowrap">
        <span style={{ ...MONOSPACE, overflowWrap: 'anywhere' }}>{number}</span>
        <IconExternalLink size={14} aria-hidden />
      </Group>
    </Anchor>
  )
}

export function OrderShipping({ order, trackingUrl }: { order: Order; trackingUrl: string | null }) {
  const address = shippingAddress(order)
  return (
    <Stack gap="sm">
      <Field label="Ship to">{isBlankAddress(address) ? null : <PostalAddress address={address} />}</Field>
      <Field label="Carrier">{order.carrier}</Field>
      <Field label="Tracking number">{order.tracking_number && <TrackingNumber number={order.tracking_number} url={trackingUrl} />}</Field>
    </Stack>
  )
}
