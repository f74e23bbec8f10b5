/** How a customer is called on screen: their name, else their email, else a plain placeholder. */
export function customerName(customer: { firstName: string | null; lastName: string | null; email: string | null }): string {
  return [customer.firstName, customer.lastName].filter(Boolean).join(' ') || customer.email || 'Unnamed customer'
}
