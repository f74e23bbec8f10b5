import { Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { orderFiltersSchema, type OrderFilters } from '../../src-main/orders/order-filters'
import { FINANCIAL_STATUSES, FULFILLMENT_STATUSES, SOURCES } from '../../src-main/orders/orders.table'
import { sourceLabel } from '../../src-main/orders/source-labels'
import { useApi } from '../api/api-context'
import { filledOnly, useFilterDraft } from '../components/use-filter-draft'
import { ChoiceChips } from '../components/ChoiceChips'
import { FilterForm, messagesByField } from '../components/FiltersDrawer'
import { humanize } from '../components/format'
import { minorDigits, toMajor, toMinor } from '../components/money-units'
import { TriStateFilter } from '../components/TriStateFilter'

/** The form's fields as typed: amounts in major units of the chosen currency, empty text for "not set". */
interface Draft {
  placedFrom: string
  placedTo: string
  sources: NonNullable<OrderFilters['sources']>
  financialStatuses: NonNullable<OrderFilters['financialStatuses']>
  fulfillmentStatuses: NonNullable<OrderFilters['fulfillmentStatuses']>
  cancelled: boolean | undefined
  refunded: boolean | undefined
  currency: string
  minTotal: number | ''
  maxTotal: number | ''
  hasReturn: boolean | undefined
  hasClaim: boolean | undefined
  sku: string
  tag: string
}

function draftOf(f: OrderFilters): Draft {
  const major = (minor: number | undefined) => (minor === undefined || !f.currency ? '' : toMajor(minor, f.currency))
  return {
    placedFrom: f.placedFrom ?? '',
    placedTo: f.placedTo ?? '',
    sources: f.sources ?? [],
    financialStatuses: f.financialStatuses ?? [],
    fulfillmentStatuses: f.fulfillmentStatuses ?? [],
    cancelled: f.cancelled,
    refunded: f.refunded,
    currency: f.currency ?? '',
    minTotal: major(f.minTotalMinor),
    maxTotal: major(f.maxTotalMinor),
    hasReturn: f.hasReturn,
    hasClaim: f.hasClaim,
    sku: f.sku ?? '',
    tag: f.tag ?? '',
  }
}

/** What the draft asks for, before the schema checks it; unset fields are left out. */
function candidateOf(d: Draft): Record<string, unknown> {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim())
  const list = <T,>(values: T[]) => (values.length === 0 ? undefined : values)
  const minor = (major: number | '') => (major === '' ? undefined : toMinor(major, d.currency))
  const candidate: Record<string, unknown> = {
    placedFrom: text(d.placedFrom),
    placedTo: text(d.placedTo),
    sources: list(d.sources),
    financialStatuses: list(d.financialStatuses),
    fulfillmentStatuses: list(d.fulfillmentStatuses),
    cancelled: d.cancelled,
    refunded: d.refunded,
    currency: text(d.currency),
    minTotalMinor: minor(d.minTotal),
    maxTotalMinor: minor(d.maxTotal),
    hasReturn: d.hasReturn,
    hasClaim: d.hasClaim,
    sku: text(d.sku),
    tag: text(d.tag),
  }
  return filledOnly(candidate)
}

interface OrderFiltersFormProps {
  filters: OrderFilters
  onApply(filters: OrderFilters): void
}

/** Every orders filter; checked with the very schema `orders.list` takes, each message beside its field. */
export function OrderFiltersForm({ filters, onApply }: OrderFiltersFormProps) {
  const { queries } = useApi()
  const currencies = useQuery(queries.customers.currencies.queryOptions())
  const { draft, errors, edit, setErrors } = useFilterDraft(() => draftOf(filters))

  const apply = () => {
    const parsed = orderFiltersSchema.safeParse(candidateOf(draft))
    if (parsed.success) onApply(parsed.data)
    else setErrors(messagesByField(parsed.error))
  }

  const currencyOptions = (currencies.data ?? []).map((c) => c.currency)
  if (draft.currency && !currencyOptions.includes(draft.currency)) currencyOptions.push(draft.currency)
  const decimals = draft.currency ? minorDigits(draft.currency) : 2
  const noCurrency = draft.currency === ''

  return (
    <FilterForm onApply={apply} onClear={() => onApply({})}>
      <SimpleGrid cols={2} spacing="sm">
        <TextInput type="date" label="Placed from" value={draft.placedFrom} onChange={(e) => edit({ placedFrom: e.currentTarget.value })} error={errors.placedFrom} />
        <TextInput type="date" label="Placed to" value={draft.placedTo} onChange={(e) => edit({ placedTo: e.currentTarget.value })} error={errors.placedTo} />
      </SimpleGrid>
      <ChoiceChips
        label="Channel"
        options={SOURCES.map((value) => ({ value, label: sourceLabel(value) }))}
        value={draft.sources}
        onChange={(sources) => edit({ sources })}
        error={errors.sources}
      />
      <ChoiceChips
        label="Payment"
        options={FINANCIAL_STATUSES.map((value) => ({ value, label: humanize(value) }))}
        value={draft.financialStatuses}
        onChange={(financialStatuses) => edit({ financialStatuses })}
        error={errors.financialStatuses}
      />
      <ChoiceChips
        label="Fulfilment"
        options={FULFILLMENT_STATUSES.map((value) => ({ value, label: humanize(value) }))}
        value={draft.fulfillmentStatuses}
        onChange={(fulfillmentStatuses) => edit({ fulfillmentStatuses })}
        error={errors.fulfillmentStatuses}
      />
      <SimpleGrid cols={2} spacing="sm">
        <TriStateFilter label="Cancelled" value={draft.cancelled} onChange={(cancelled) => edit({ cancelled })} yes="Yes" no="No" />
        <TriStateFilter label="Refunded" value={draft.refunded} onChange={(refunded) => edit({ refunded })} yes="Yes" no="No" />
        <TriStateFilter label="Return" value={draft.hasReturn} onChange={(hasReturn) => edit({ hasReturn })} yes="With" no="Without" />
        <TriStateFilter label="Claim" value={draft.hasClaim} onChange={(hasClaim) => edit({ hasClaim })} yes="With" no="Without" />
      </SimpleGrid>
      <Select
        label="Currency"
        placeholder="Any currency"
        data={currencyOptions}
        value={draft.currency || null}
        onChange={(currency) => edit({ currency: currency ?? '', ...(currency ? {} : { minTotal: '', maxTotal: '' }) })}
        clearable
        error={errors.currency}
      />
      <Group grow gap="sm" align="flex-start">
        <NumberInput
          label="Total from"
          description={noCurrency ? 'Choose a currency first' : undefined}
          disabled={noCurrency}
          min={0}
          decimalScale={decimals}
          thousandSeparator=","
          hideControls
          leftSection={<CurrencyMark currency={draft.currency} />}
          value={draft.minTotal}
          onChange={(value) => edit({ minTotal: typeof value === 'number' ? value : '' })}
          error={errors.minTotalMinor}
        />
        <NumberInput
          label="Total to"
          description={noCurrency ? 'Amounts in different currencies can’t be compared' : undefined}
          disabled={noCurrency}
          min={0}
          decimalScale={decimals}
          thousandSeparator=","
          hideControls
          leftSection={<CurrencyMark currency={draft.currency} />}
          value={draft.maxTotal}
          onChange={(value) => edit({ maxTotal: typeof value === 'number' ? value : '' })}
          error={errors.maxTotalMinor}
        />
      </Group>
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label="Product SKU"
          description="The exact SKU of a line"
          value={draft.sku}
          onChange={(e) => edit({ sku: e.currentTarget.value })}
          error={errors.sku}
        />
        <TextInput label="Order tag" description="As imported from the channel" value={draft.tag} onChange={(e) => edit({ tag: e.currentTarget.value })} error={errors.tag} />
      </SimpleGrid>
    </FilterForm>
  )
}

function CurrencyMark({ currency }: { currency: string }) {
  return <span style={{ fontSize: 'var(--mantine-font-size-xs)', fontWeight: 600 }}>{currency || '–'}</span>
}
