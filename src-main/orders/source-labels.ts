import type { Source } from './orders.table'

/** How each sales channel is named to the shop owner, on screen and in printed reports alike. */
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
