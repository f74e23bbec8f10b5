/** Every ISO 4217 code the browser knows, with its name: "EUR – Euro". */
function choice(code: string, names: Intl.DisplayNames): { value: string; label: string } {
  return { value: code, label: `${code} – ${names.of(code) ?? code}` }
}

/** The currencies a file's amounts can be in: those the shop already sells in first, then all the others. */
export function currencyChoices(shopCurrencies: readonly string[]) {
  const names = new Intl.DisplayNames(undefined, { type: 'currency' })
  const others = Intl.supportedValuesOf('currency').filter((code) => !shopCurrencies.includes(code))
  if (shopCurrencies.length === 0) return others.map((code) => choice(code, names))
  return [
    { group: 'Used in this shop', items: shopCurrencies.map((code) => choice(code, names)) },
    { group: 'All currencies', items: others.map((code) => choice(code, names)) },
  ]
}
