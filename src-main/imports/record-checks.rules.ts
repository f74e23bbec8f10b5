import { FINANCIAL_STATUSES, FULFILLMENT_STATUSES, SOURCES } from '../orders/orders.table'
import type { FilePosition, ImportedCustomer, ImportedOrder, ImportedRefund, ImportedReturn, ImportProblem } from './import-record'

/**
 * The writer's own guard on what the database would refuse. A reader should
 * never produce these; if one slips through, the file is rejected with the
 * line to look at instead of failing on a constraint deep in the transaction.
 */

const CURRENCY = /^[A-Z]{3}$/

function problem(at: FilePosition, column: string | null, value: unknown, message: string): ImportProblem {
  return { file: at.file, line: at.line, column, value: value === null || value === undefined ? null : String(value), message }
}

function isInstant(value: string): boolean {
  return !Number.isNaN(Date.parse(value))
}

function isWholeNumber(value: number): boolean {
  return Number.isSafeInteger(value)
}

export function checkCustomer(customer: ImportedCustomer): ImportProblem[] {
  const identity = customer.identity
  if (identity.kind === 'email' && identity.email.trim() === '') return [problem(customer.at, null, null, 'The customer’s email is empty.')]
  if (identity.kind === 'buyer' && identity.externalId.trim() === '') return [problem(customer.at, null, null, 'The buyer has neither an email nor a buyer id.')]
  if (!(SOURCES as readonly string[]).includes(identity.source)) return [problem(customer.at, null, identity.source, 'The source is not one Aftersale knows.')]
  return []
}

export function checkOrder(order: ImportedOrder): ImportProblem[] {
  const problems: ImportProblem[] = []
  const at = order.at
  if (!(SOURCES as readonly string[]).includes(order.source)) problems.push(problem(at, null, order.source, 'The source is not one Aftersale knows.'))
  if (order.externalId.trim() === '') problems.push(problem(at, null, order.externalId, 'The order has no order id.'))
  if (!CURRENCY.test(order.currency)) problems.push(problem(at, null, order.currency, 'The currency must be a three-letter code such as USD.'))
  if (!isInstant(order.placedAt)) problems.push(problem(at, null, order.placedAt, 'The order date is not a date.'))
  if (!(FINANCIAL_STATUSES as readonly string[]).includes(order.financialStatus)) problems.push(problem(at, null, order.financialStatus, 'Unknown payment status.'))
  if (!(FULFILLMENT_STATUSES as readonly string[]).includes(order.fulfillmentStatus)) problems.push(problem(at, null, order.fulfillmentStatus, 'Unknown fulfilment status.'))
  const money = [order.subtotalMinor, order.discountMinor, order.shippingMinor, order.taxMinor, order.totalMinor, order.refundedMinor]
  if (!money.every(isWholeNumber)) problems.push(problem(at, null, null, 'An amount of money could not be read as a whole number of cents.'))
  if (order.refundedMinor < 0) problems.push(problem(at, null, order.refundedMinor, 'The refunded amount is negative.'))
  for (const line of order.lines) {
    if (!isWholeNumber(line.quantity) || line.quantity < 0) problems.push(problem(at, null, line.quantity, `The quantity of “${line.title}” must be a whole number, 0 or more.`))
    if (!isWholeNumber(line.refundedQuantity) || line.refundedQuantity < 0) problems.push(problem(at, null, line.refundedQuantity, `The refunded quantity of “${line.title}” must be a whole number, 0 or more.`))
    if (!isWholeNumber(line.unitPriceMinor) || !isWholeNumber(line.lineDiscountMinor)) problems.push(problem(at, null, null, `The price of “${line.title}” could not be read as a whole number of cents.`))
  }
  return problems
}

export function checkRefund(refund: ImportedRefund): ImportProblem[] {
  const problems: ImportProblem[] = []
  if (!CURRENCY.test(refund.currency)) problems.push(problem(refund.at, null, refund.currency, 'The currency must be a three-letter code such as USD.'))
  if (!isWholeNumber(refund.amountMinor) || refund.amountMinor < 0) problems.push(problem(refund.at, null, refund.amountMinor, 'The refunded amount must be a whole number of cents, 0 or more.'))
  if (!isInstant(refund.refundedAt)) problems.push(problem(refund.at, null, refund.refundedAt, 'The refund date is not a date.'))
  if (!refund.lines.every((line) => isWholeNumber(line.quantity) && line.quantity > 0)) problems.push(problem(refund.at, null, null, 'A refunded quantity must be a whole number above 0.'))
  return problems
}

export function checkReturn(item: ImportedReturn): ImportProblem[] {
  const problems: ImportProblem[] = []
  if (!isWholeNumber(item.quantity) || item.quantity <= 0) problems.push(problem(item.at, null, item.quantity, 'A returned quantity must be a whole number above 0.'))
  if (!isInstant(item.requestedAt)) problems.push(problem(item.at, null, item.requestedAt, 'The return date is not a date.'))
  if (item.externalId.trim() === '') problems.push(problem(item.at, null, item.externalId, 'The return has no id.'))
  return problems
}
