import type { MarketingConsent } from '../../src-main/customers/customers.table'
import { StatusBadge } from '../components/StatusBadge'

/** How each consent state is called on screen, in badges and filters alike. */
export const CONSENT_LABELS: Record<MarketingConsent, string> = {
  granted: 'Subscribed',
  denied: 'Not subscribed',
  unknown: 'Consent unknown',
}

export function ConsentBadge({ consent }: { consent: MarketingConsent }) {
  return <StatusBadge status={consent} label={CONSENT_LABELS[consent]} />
}
