import { formatMoney } from './format'

export function Money({ minor, currency }: { minor: number; currency: string }) {
  return <span className="aftersale-numeric">{formatMoney(minor, currency)}</span>
}
