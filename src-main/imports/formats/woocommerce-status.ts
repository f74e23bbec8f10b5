import type { OrderStatus } from './order-parts'

/**
 * WooCommerce order statuses, as slugs (`on-hold`, `wc-completed`) or labels
 * (`On hold`, `Pending payment`), keyed by statusKey(). Translated labels
 * (`Completo`) are not guessed: they read as unknown with a warning.
 */
export const WOOCOMMERCE_STATUSES: Readonly<Record<string, OrderStatus>> = {
  pending: { financial: 'pending', fulfillment: 'unfulfilled' },
  pending_payment: { financial: 'pending', fulfillment: 'unfulfilled' },
  checkout_draft: { financial: 'pending', fulfillment: 'unfulfilled' },
  draft: { financial: 'pending', fulfillment: 'unfulfilled' },
  on_hold: { financial: 'pending', fulfillment: 'unfulfilled' },
  processing: { financial: 'paid', fulfillment: 'unfulfilled' },
  completed: { financial: 'paid', fulfillment: 'fulfilled' },
  cancelled: { financial: 'voided', fulfillment: 'unfulfilled' },
  failed: { financial: 'voided', fulfillment: 'unfulfilled' },
  // A refunded order may or may not have shipped first.
  refunded: { financial: 'refunded', fulfillment: 'unknown' },
}
