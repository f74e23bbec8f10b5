import { SegmentedControl, Stack, Table, Text } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import type { DashboardMetrics, ProductReturnRate, ProductRevenue } from '../../src-main/dashboard/metrics.types'
import { formatCount, formatMoney } from '../components/format'
import { Section } from '../components/Section'
import { SectionEmpty } from '../components/SectionEmpty'
import { formatShare } from './dashboard-format'
import type { FigureScope } from './dashboard-scope'
import { DrillLink } from './DrillLink'
import { FigureDefinition } from './FigureSection'

type TopProductsFigures = DashboardMetrics['topProducts']

function productDrilldown(scope: FigureScope, product: ProductRevenue | ProductReturnRate, currency?: string) {
  return { kind: 'productOrders', ...scope, ...(currency ? { currency } : {}), productKey: product.productKey, title: product.title } as const
}

function ProductName({ product, scope, currency }: { product: ProductRevenue | ProductReturnRate; scope: FigureScope; currency?: string }) {
  return (
    <Stack gap={0} miw={0}>
      <DrillLink to={productDrilldown(scope, product, currency)} label={`Orders with ${product.title}`} fw={500}>
        {product.title}
      </DrillLink>
      {product.sku && (
        <Text size="xs" c="dimmed" truncate="end">
          {product.sku}
        </Text>
      )}
    </Stack>
  )
}

/** Product names wrap; on a narrow card the table scrolls sideways rather than cutting off its figures. */
function ProductTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={400} type="native">
      <Table aria-label={label} className="aftersale-numeric" fz="sm" horizontalSpacing="xs">
        {children}
      </Table>
    </Table.ScrollContainer>
  )
}

export function TopProductsByRevenue({ figures, scope }: { figures: TopProductsFigures['byRevenue']; scope: FigureScope }) {
  const [chosen, setChosen] = useState<string | null>(null)
  const currencies = figures.currencies.map((c) => c.currency)
  const shown = figures.currencies.find((c) => c.currency === chosen) ?? figures.currencies[0]
  return (
    <Section
      title="Top products by revenue"
      aside={
        currencies.length > 1 && shown ? (
          <SegmentedControl size="xs" aria-label="Currency of the ranking" value={shown.currency} onChange={setChosen} data={currencies} />
        ) : undefined
      }
    >
      <FigureDefinition>{figures.definition}</FigureDefinition>
      {!shown || shown.products.length === 0 ? (
        <SectionEmpty>No products sold in this period.</SectionEmpty>
      ) : (
        <ProductTable label={`Top products by revenue in ${shown.currency}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product</Table.Th>
              <Table.Th ta="right">Units</Table.Th>
              <Table.Th ta="right">Revenue</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.products.map((product) => (
              <Table.Tr key={product.productKey}>
                <Table.Td style={{ whiteSpace: 'normal' }}>
                  <ProductName product={product} scope={scope} currency={shown.currency} />
                </Table.Td>
                <Table.Td ta="right">{formatCount(product.soldUnits)}</Table.Td>
                <Table.Td ta="right">{formatMoney(product.revenueMinor, shown.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ProductTable>
      )}
    </Section>
  )
}

export function TopProductsByReturnRate({ figures, scope }: { figures: TopProductsFigures['byReturnRate']; scope: FigureScope }) {
  return (
    <Section title="Highest return rates">
      <FigureDefinition>{figures.definition}</FigureDefinition>
      {figures.products.length === 0 ? (
        <SectionEmpty>No product sold enough units in this period to rank its returns.</SectionEmpty>
      ) : (
        <ProductTable label="Highest return rates">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product</Table.Th>
              <Table.Th ta="right">Returned</Table.Th>
              <Table.Th ta="right">Sold</Table.Th>
              <Table.Th ta="right">Rate</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figures.products.map((product) => (
              <Table.Tr key={product.productKey}>
                <Table.Td style={{ whiteSpace: 'normal' }}>
                  <ProductName product={product} scope={scope} />
                </Table.Td>
                <Table.Td ta="right">{formatCount(product.returnedUnits)}</Table.Td>
                <Table.Td ta="right">{formatCount(product.soldUnits)}</Table.Td>
                <Table.Td ta="right">{formatShare(product.unitShare)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ProductTable>
      )}
    </Section>
  )
}
