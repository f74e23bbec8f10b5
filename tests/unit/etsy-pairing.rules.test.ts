import { describe, expect, it } from 'vitest'
import { pairEtsyFiles, type PairableFile } from '../../src-main/imports/etsy-pairing.rules'
import type { FormatId } from '../../src-main/imports/read-export'

const file = (name: string, format: FormatId | null): PairableFile<string> => ({ file: name, name, format })

describe('pairing Etsy’s orders and items files', () => {
  it('imports the orders file with its items file as the companion, whichever came first', () => {
    const planned = pairEtsyFiles([file('EtsySoldOrderItems2025.csv', 'etsy-items'), file('EtsySoldOrders2025.csv', 'etsy-orders')])
    expect(planned).toEqual([{ file: 'EtsySoldOrders2025.csv', companion: 'EtsySoldOrderItems2025.csv' }])
  })

  it('pairs the files of the same year when several years are chosen', () => {
    const planned = pairEtsyFiles([
      file('EtsySoldOrders2024.csv', 'etsy-orders'),
      file('EtsySoldOrders2025.csv', 'etsy-orders'),
      file('EtsySoldOrderItems2025.csv', 'etsy-items'),
      file('EtsySoldOrderItems2024.csv', 'etsy-items'),
    ])
    expect(planned).toEqual([
      { file: 'EtsySoldOrders2024.csv', companion: 'EtsySoldOrderItems2024.csv' },
      { file: 'EtsySoldOrders2025.csv', companion: 'EtsySoldOrderItems2025.csv' },
    ])
  })

  it('pairs a lone orders file and a lone items file whatever their names', () => {
    expect(pairEtsyFiles([file('orders.csv', 'etsy-orders'), file('items (1).csv', 'etsy-items')])).toEqual([{ file: 'orders.csv', companion: 'items (1).csv' }])
  })

  it('leaves every other file on its own, in the order given', () => {
    const planned = pairEtsyFiles([file('orders_export_1.csv', 'shopify-orders'), file('EtsySoldOrders2025.csv', 'etsy-orders'), file('notes.csv', null)])
    expect(planned).toEqual([{ file: 'orders_export_1.csv' }, { file: 'EtsySoldOrders2025.csv' }, { file: 'notes.csv' }])
  })
})
