import { Stack, Text } from '@mantine/core'
import type { ShippingAddress } from '../../src-main/orders/shipping-columns'

export type Address = ShippingAddress

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'region' }).of(code.toUpperCase()) ?? code
  } catch {
    return code
  }
}

export function isBlankAddress(address: Address): boolean {
  return Object.values(address).every((value) => !value)
}

export function PostalAddress({ address }: { address: Address }) {
  const cityLine = [[address.city, address.region].filter(Boolean).join(', '), address.postalCode].filter(Boolean).join(' ')
  const lines = [address.company, address.line1, address.line2, cityLine, address.countryCode && countryName(address.countryCode)].filter(Boolean)
  return (
    <Stack gap={0} component="address" style={{ fontStyle: 'normal' }}>
      {address.name && (
        <Text size="sm" fw={500}>
          {address.name}
        </Text>
      )}
      {lines.map((line, index) => (
        <Text size="sm" key={index}>
          {line}
        </Text>
      ))}
      {address.phone && (
        <Text size="sm" c="dimmed">
          {address.phone}
        </Text>
      )}
    </Stack>
  )
}
