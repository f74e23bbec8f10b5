import { Autocomplete, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { customerFiltersSchema, type CustomerFilters } from '../../src-main/customers/customer-filters'
import { RFM_RULES } from '../../src-main/customers/rfm.rules'
import { SOURCES } from '../../src-main/orders/orders.table'
import { sourceLabel } from '../../src-main/orders/source-labels'
import { useApi } from '../api/api-context'
import { filledOnly, useFilterDraft } from '../components/use-filter-draft'
import { ChoiceChips } from '../components/ChoiceChips'
import { FilterForm, messagesByField } from '../components/FiltersDrawer'
import { minorDigits, toMajor, toMinor } from '../components/money-units'
import { TriStateFilter } from '../components/TriStateFilter'
import { CONSENT_LABELS } from './ConsentBadge'

type Whole = number | ''

/** The form's fields as typed: the amount in major units of its currency, empty for "not set". */
interface Draft {
  rfmGroup: string
  consent: NonNullable<CustomerFilters['consent']>
  tag: string
  minOrders: Whole
  maxOrders: Whole
  lastOrderOlderThanDays: Whole
  lastOrderWithinDays: Whole
  spentCurrency: string
  spentMin: number | ''
  spentWithinDays: Whole
  hasReturn: boolean | undefined
  hasClaim: boolean | undefined
  source: string
}

function draftOf(f: CustomerFilters): Draft {
  return {
    rfmGroup: f.rfmGroup ?? '',
    consent: f.consent ?? [],
    tag: f.tag ?? '',
    minOrders: f.minOrders ?? '',
    maxOrders: f.maxOrders ?? '',
    lastOrderOlderThanDays: f.lastOrderOlderThanDays ?? '',
    lastOrderWithinDays: f.lastOrderWithinDays ?? '',
    spentCurrency: f.spent?.currency ?? '',
    spentMin: f.spent ? toMajor(f.spent.minMinor, f.spent.currency) : '',
    spentWithinDays: f.spent?.withinDays ?? '',
    hasReturn: f.hasReturn,
    hasClaim: f.hasClaim,
    source: f.source ?? '',
  }
}

const CONSENTS = (['granted', 'denied', 'unknown'] as const).map((value) => ({ value, label: CONSENT_LABELS[value] }))

/** "Spent at least" needs its amount and its currency together; the days are optional. */
function spentOf(d: Draft): { spent?: unknown; problems: Record<string, string> } {
  const typed = d.spentCurrency !== '' || d.spentMin !== '' || d.spentWithinDays !== ''
  if (!typed) return { problems: {} }
  if (d.spentCurrency === '') return { problems: { 'spent.currency': 'Choose the currency of the amount' } }
  if (d.spentMin === '') return { problems: { 'spent.minMinor': 'Enter the least amount spent' } }
  return {
    spent: { currency: d.spentCurrency, minMinor: toMinor(d.spentMin, d.spentCurrency), ...(d.spentWithinDays === '' ? {} : { withinDays: d.spentWithinDays }) },
    problems: {},
  }
}

function candidateOf(d: Draft, spent: unknown): Record<string, unknown> {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim())
  const whole = (value: Whole) => (value === '' ? undefined : value)
  const candidate: Record<string, unknown> = {
    rfmGroup: text(d.rfmGroup),
    consent: d.consent.length === 0 ? undefined : d.consent,
    tag: text(d.tag),
    minOrders: whole(d.minOrders),
    maxOrders: whole(d.maxOrders),
    lastOrderOlderThanDays: whole(d.lastOrderOlderThanDays),
    lastOrderWithinDays: whole(d.lastOrderWithinDays),
    spent,
    hasReturn: d.hasReturn,
    hasClaim: d.hasClaim,
    source: text(d.source),
  }
  return filledOnly(candidate)
}

const asWhole = (value: string | number): Whole => (typeof value === 'number' ? value : '')

interface CustomerFiltersFormProps {
  filters: CustomerFilters
  onApply(filters: CustomerFilters): void
}

/** Every customers filter, which is also what a segment saves; checked with `customers.list`'s own schema. */
export function CustomerFiltersForm({ filters, onApply }: CustomerFiltersFormProps) {
  const { queries } = useApi()
  const currencies = useQuery(queries.customers.currencies.queryOptions())
  const tags = useQuery(queries.customers.tagsInUse.queryOptions())
  const { draft, errors, edit, setErrors } = useFilterDraft(() => draftOf(filters))

  const apply = () => {
    const { spent, problems } = spentOf(draft)
    const parsed = customerFiltersSchema.safeParse(candidateOf(draft, spent))
    const messages = { ...(parsed.success ? {} : messagesByField(parsed.error)), ...problems }
    if (parsed.success && Object.keys(problems).length === 0) onApply(parsed.data)
    else setErrors(messages)
  }

  const currencyOptions = (currencies.data ?? []).map((c) => c.currency)
  if (draft.spentCurrency && !currencyOptions.includes(draft.spentCurrency)) currencyOptions.push(draft.spentCurrency)

  return (
    <FilterForm onApply={apply} onClear={() => onApply({})}>
      <Select
        label="RFM group"
        placeholder="Any group"
        data={RFM_RULES.map((rule) => ({ value: rule.group, label: rule.label }))}
        value={draft.rfmGroup || null}
        onChange={(value) => edit({ rfmGroup: value ?? '' })}
        clearable
        error={errors.rfmGroup}
      />
      <ChoiceChips label="Email marketing" options={CONSENTS} value={draft.consent} onChange={(consent) => edit({ consent })} error={errors.consent} />
      <SimpleGrid cols={2} spacing="sm">
        <Autocomplete label="Tag" placeholder="wholesale" data={tags.data ?? []} value={draft.tag} onChange={(tag) => edit({ tag })} error={errors.tag} />
        <Select
          label="Bought on"
          placeholder="Any channel"
          data={SOURCES.map((value) => ({ value, label: sourceLabel(value) }))}
          value={draft.source || null}
          onChange={(value) => edit({ source: value ?? '' })}
          clearable
          error={errors.source}
        />
        <NumberInput label="Orders, at least" min={0} allowDecimal={false} hideControls value={draft.minOrders} onChange={(v) => edit({ minOrders: asWhole(v) })} error={errors.minOrders} />
        <NumberInput label="Orders, at most" min={0} allowDecimal={false} hideControls value={draft.maxOrders} onChange={(v) => edit({ maxOrders: asWhole(v) })} error={errors.maxOrders} />
        <NumberInput
          label="Last order over"
          rightSection={<Unit>days ago</Unit>}
          rightSectionWidth={72}
          min={1}
          allowDecimal={false}
          hideControls
          value={draft.lastOrderOlderThanDays}
          onChange={(v) => edit({ lastOrderOlderThanDays: asWhole(v) })}
          error={errors.lastOrderOlderThanDays}
        />
        <NumberInput
          label="Ordered in the last"
          rightSection={<Unit>days</Unit>}
          rightSectionWidth={48}
          min={1}
          allowDecimal={false}
          hideControls
          value={draft.lastOrderWithinDays}
          onChange={(v) => edit({ lastOrderWithinDays: asWhole(v) })}
          error={errors.lastOrderWithinDays}
        />
      </SimpleGrid>
      <Stack gap={6}>
        <div>
          <Text size="sm" fw={500}>
            Spent at least
          </Text>
          <Text size="xs" c="dimmed">
            Net of refunds, in one currency: amounts in different currencies are never added.
          </Text>
        </div>
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label="Currency"
            placeholder="Choose"
            data={currencyOptions}
            value={draft.spentCurrency || null}
            onChange={(value) => edit({ spentCurrency: value ?? '' })}
            clearable
            error={errors['spent.currency'] ?? errors.spent}
          />
          <NumberInput
            label="Amount"
            min={0}
            decimalScale={draft.spentCurrency ? minorDigits(draft.spentCurrency) : 2}
            thousandSeparator=","
            hideControls
            leftSection={<Unit>{draft.spentCurrency}</Unit>}
            value={draft.spentMin}
            onChange={(v) => edit({ spentMin: typeof v === 'number' ? v : '' })}
            error={errors['spent.minMinor']}
          />
          <NumberInput
            label="Within the last"
            placeholder="Any time"
            rightSection={<Unit>days</Unit>}
            rightSectionWidth={48}
            min={1}
            allowDecimal={false}
            hideControls
            value={draft.spentWithinDays}
            onChange={(v) => edit({ spentWithinDays: asWhole(v) })}
            error={errors['spent.withinDays']}
          />
        </SimpleGrid>
      </Stack>
      <SimpleGrid cols={2} spacing="sm">
        <TriStateFilter label="Return" value={draft.hasReturn} onChange={(hasReturn) => edit({ hasReturn })} yes="With" no="Without" />
        <TriStateFilter label="Claim" value={draft.hasClaim} onChange={(hasClaim) => edit({ hasClaim })} yes="With" no="Without" />
      </SimpleGrid>
    </FilterForm>
  )
}

function Unit({ children }: { children: string }) {
  return (
    <Text size="xs" c="dimmed" pr={6} style={{ whiteSpace: 'nowrap' }}>
      {children}
    </Text>
  )
}
