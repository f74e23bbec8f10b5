import { Divider, Stack, Text } from '@mantine/core'
import { Fragment } from 'react'
import type { CustomerDetail } from '../api/types'
import { humanize } from '../components/format'
import { PostalAddress } from '../components/PostalAddress'
import { SectionEmpty } from '../components/SectionEmpty'

type CustomerAddress = CustomerDetail['addresses'][number]

export function CustomerAddresses({ addresses }: { addresses: CustomerAddress[] }) {
  if (addresses.length === 0) return <SectionEmpty>No addresses on file.</SectionEmpty>
  return (
    <Stack gap="sm">
      {addresses.map((address, index) => (
        <Fragment key={address.id}>
          {index > 0 && <Divider />}
          <Stack gap={4}>
            <Text size="xs" c="dimmed" fw={500} tt="uppercase" lts={0.4}>
              {humanize(address.kind)}
            </Text>
            <PostalAddress
              address={{
                name: address.name,
                company: address.company,
                line1: address.line1,
                line2: address.line2,
                city: address.city,
                region: address.region,
                postalCode: address.postal_code,
                countryCode: address.country_code,
                phone: address.phone,
              }}
            />
          </Stack>
        </Fragment>
      ))}
    </Stack>
  )
}
