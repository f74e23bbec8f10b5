import { Anchor, type AnchorProps } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { Drilldown } from '../../src-main/dashboard/drilldown.rules'
import { drilldownPath } from './drilldown-search'

interface DrillLinkProps extends Pick<AnchorProps, 'fz' | 'fw' | 'size' | 'c'> {
  to: Drilldown
  children: ReactNode
  /** When the text alone ("15.1%") would not say what the link opens; also shown on hover. */
  label?: string
}

/** A figure that opens the orders or customers it counted. */
export function DrillLink({ to, children, label, ...style }: DrillLinkProps) {
  return (
    <Anchor component={Link} to={drilldownPath(to)} aria-label={label} title={label} underline="hover" inherit className="aftersale-numeric" {...style}>
      {children}
    </Anchor>
  )
}
