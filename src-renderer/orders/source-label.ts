import type { Source } from '../../src-main/orders/orders.table'

const SOURCE_LABELS: Record<Source, string> = {
  shopify: 'Shopify',
  woocommerce: 'WooCommerce',
  etsy: 'Etsy',
  amazon: 'Amazon',
  ebay: 'eBay',
  square: 'Square',
  manual: 'Manual',
  other: 'Other',
}

export function sourceLabel(source: Source): string {
  return SOURCE_LABELS[source]
}
