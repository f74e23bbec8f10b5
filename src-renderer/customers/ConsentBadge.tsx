import type { MarketingConsent } from '../../src-main/customers/customers.table'
import { StatusBadge } from '../components/StatusBadge'

const LABELS: Record<MarketingConsent, string> = {
  granted: 'Subscribed',
  denied: 'Not subscribed',
  unknown: 'Consent unknown',
}

export function ConsentBadge({ consent }: { consent: MarketingConsent }) {
  return <StatusBadge status={consent} label={LABELS[consent]} />
}
