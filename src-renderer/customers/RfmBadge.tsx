import { Badge, type MantineColor } from '@mantine/core'
import type { RfmGroup } from '../../src-main/customers/customers.table'
import { RFM_RULES } from '../../src-main/customers/rfm.rules'

const RULES = new Map(RFM_RULES.map((rule) => [rule.group, rule]))

const TONES: Record<RfmGroup, MantineColor> = {
  champions: 'teal',
  loyal: 'green',
  promising: 'blue',
  at_risk: 'orange',
  hibernating: 'gray',
  lost: 'red',
}

export function rfmTone(group: RfmGroup): MantineColor {
  return TONES[group]
}

export function rfmLabel(group: RfmGroup): string {
  return RULES.get(group)?.label ?? group
}

/** A customer's RFM group, its explanation on hover. */
export function RfmBadge({ group }: { group: RfmGroup }) {
  return (
    <Badge variant="dot" color={TONES[group]} radius="sm" tt="none" fw={600} title={RULES.get(group)?.explanation} style={{ minWidth: 'max-content' }}>
      {rfmLabel(group)}
    </Badge>
  )
}
