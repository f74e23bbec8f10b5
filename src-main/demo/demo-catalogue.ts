/** The demo shop's catalogue: a small home-goods and apparel brand with a few maker partners. */
export type ProductCategory = 'table_linen' | 'bath' | 'bedding' | 'ceramics' | 'candles' | 'apparel' | 'accessories' | 'kitchen'

export interface CatalogueItem {
  sku: string
  title: string
  vendor: string
  category: ProductCategory
  /** Whole US dollars; pound and euro prices are derived and rounded the way shops round them. */
  priceUsd: number
  /** Relative sales: a few best-sellers carry the shop, as in any real catalogue. */
  popularity: number
  variants?: readonly string[]
}

export const CARE_NOTES: Record<ProductCategory, string> = {
  table_linen: 'Machine wash at 40°C with similar colours. Tumble dry low or line dry, and iron while slightly damp.',
  bath: 'Wash before first use to rinse out the finishing softener. 40°C and no fabric softener: it makes towels less absorbent.',
  bedding: 'Wash at 40°C inside out and line dry out of direct sun to keep the colour. Softens with every wash.',
  ceramics: 'Dishwasher and microwave safe. Avoid sudden temperature changes. Each piece is hand-glazed, so colour varies slightly.',
  candles: 'Trim the wick to 5 mm before each burn and burn for no more than 3 hours at a time. Never leave a lit candle unattended.',
  apparel: 'Wash cold on a gentle cycle, reshape and dry flat. Do not tumble dry.',
  accessories: 'Spot clean, or hand wash cold and air dry.',
  kitchen: 'Hand wash only and dry upright. Oil once a month with food-safe mineral oil.',
}

const LINEN_COLOURS = ['Natural', 'Sage', 'Terracotta', 'Charcoal', 'Oat'] as const
const TOWEL_COLOURS = ['White', 'Sand', 'Moss', 'Slate'] as const
const SIZES = ['XS', 'S', 'M', 'L', 'XL'] as const
const BED_SIZES = ['Twin', 'Full', 'Queen', 'King'] as const

/** Gift cards are sold like products but cannot be returned. */
export const GIFT_CARD_SKU = 'FW-GFT-25'

const HOUSE = 'Fernwood & Co.'
const LOOM = 'North Loom Textiles'
const KILN = 'Kiln Street Ceramics'
const WICK = 'Wick & Ember'
const SALT = 'Saltmarsh Apparel'

export const CATALOGUE: readonly CatalogueItem[] = [
  { sku: 'FW-NAP-4', title: 'Stonewashed Linen Napkins, set of 4', vendor: HOUSE, category: 'table_linen', priceUsd: 34, popularity: 10, variants: LINEN_COLOURS },
  { sku: 'FW-TCL-180', title: 'Stonewashed Linen Tablecloth 180 cm', vendor: HOUSE, category: 'table_linen', priceUsd: 89, popularity: 5, variants: LINEN_COLOURS },
  { sku: 'FW-TCL-250', title: 'Stonewashed Linen Tablecloth 250 cm', vendor: HOUSE, category: 'table_linen', priceUsd: 119, popularity: 2, variants: LINEN_COLOURS },
  { sku: 'FW-RUN-01', title: 'Linen Table Runner', vendor: HOUSE, category: 'table_linen', priceUsd: 42, popularity: 4, variants: LINEN_COLOURS },
  { sku: 'FW-PLM-4', title: 'Woven Placemats, set of 4', vendor: HOUSE, category: 'table_linen', priceUsd: 38, popularity: 3 },
  { sku: 'FW-TEA-2', title: 'Waffle Tea Towels, set of 2', vendor: HOUSE, category: 'table_linen', priceUsd: 22, popularity: 9, variants: LINEN_COLOURS },
  { sku: 'FW-APR-01', title: 'Cross-back Linen Apron', vendor: HOUSE, category: 'accessories', priceUsd: 48, popularity: 7, variants: LINEN_COLOURS },
  { sku: 'FW-APR-KID', title: 'Little Cook Apron (kids)', vendor: HOUSE, category: 'accessories', priceUsd: 28, popularity: 2 },
  { sku: 'NL-BTH-01', title: 'Turkish Cotton Bath Towel', vendor: LOOM, category: 'bath', priceUsd: 46, popularity: 8, variants: TOWEL_COLOURS },
  { sku: 'NL-HND-01', title: 'Turkish Cotton Hand Towel', vendor: LOOM, category: 'bath', priceUsd: 24, popularity: 7, variants: TOWEL_COLOURS },
  { sku: 'NL-BSH-01', title: 'Bath Sheet, extra large', vendor: LOOM, category: 'bath', priceUsd: 68, popularity: 3, variants: TOWEL_COLOURS },
  { sku: 'NL-MAT-01', title: 'Tufted Bath Mat', vendor: LOOM, category: 'bath', priceUsd: 39, popularity: 4, variants: TOWEL_COLOURS },
  { sku: 'NL-ROB-01', title: 'Waffle Bathrobe', vendor: LOOM, category: 'bath', priceUsd: 96, popularity: 3, variants: ['S/M', 'L/XL'] },
  { sku: 'NL-WSH-3', title: 'Face Cloths, set of 3', vendor: LOOM, category: 'bath', priceUsd: 18, popularity: 4, variants: TOWEL_COLOURS },
  { sku: 'NL-THR-01', title: 'Chunky Knit Throw', vendor: LOOM, category: 'bedding', priceUsd: 129, popularity: 4, variants: ['Cream', 'Rust', 'Grey'] },
  { sku: 'NL-THR-02', title: 'Wool Herringbone Throw', vendor: LOOM, category: 'bedding', priceUsd: 145, popularity: 3, variants: ['Navy', 'Camel'] },
  { sku: 'FW-DUV-01', title: 'Linen Duvet Cover', vendor: HOUSE, category: 'bedding', priceUsd: 189, popularity: 4, variants: BED_SIZES },
  { sku: 'FW-SHT-01', title: 'Linen Fitted Sheet', vendor: HOUSE, category: 'bedding', priceUsd: 98, popularity: 3, variants: BED_SIZES },
  { sku: 'FW-PIL-2', title: 'Linen Pillowcases, pair', vendor: HOUSE, category: 'bedding', priceUsd: 54, popularity: 5, variants: LINEN_COLOURS },
  { sku: 'FW-CUS-01', title: 'Block-print Cushion Cover', vendor: HOUSE, category: 'bedding', priceUsd: 36, popularity: 5, variants: ['Indigo', 'Ochre', 'Rose'] },
  { sku: 'FW-CUS-INS', title: 'Feather Cushion Insert 50 cm', vendor: HOUSE, category: 'bedding', priceUsd: 19, popularity: 3 },
  { sku: 'KS-MUG-01', title: 'Speckled Stoneware Mug', vendor: KILN, category: 'ceramics', priceUsd: 28, popularity: 10, variants: ['Oatmeal', 'Midnight', 'Celadon'] },
  { sku: 'KS-MUG-4', title: 'Speckled Stoneware Mugs, set of 4', vendor: KILN, category: 'ceramics', priceUsd: 98, popularity: 3 },
  { sku: 'KS-BWL-01', title: 'Ramen Bowl', vendor: KILN, category: 'ceramics', priceUsd: 32, popularity: 5, variants: ['Oatmeal', 'Midnight'] },
  { sku: 'KS-PLT-01', title: 'Dinner Plate 27 cm', vendor: KILN, category: 'ceramics', priceUsd: 36, popularity: 4, variants: ['Oatmeal', 'Midnight', 'Celadon'] },
  { sku: 'KS-PLT-02', title: 'Side Plate 20 cm', vendor: KILN, category: 'ceramics', priceUsd: 26, popularity: 3, variants: ['Oatmeal', 'Midnight', 'Celadon'] },
  { sku: 'KS-VAS-S', title: 'Bud Vase, small', vendor: KILN, category: 'ceramics', priceUsd: 24, popularity: 5 },
  { sku: 'KS-VAS-L', title: 'Ribbed Vase, large', vendor: KILN, category: 'ceramics', priceUsd: 64, popularity: 3 },
  { sku: 'KS-SRV-01', title: 'Serving Platter', vendor: KILN, category: 'ceramics', priceUsd: 72, popularity: 2 },
  { sku: 'KS-PLN-01', title: 'Terracotta Planter with Saucer', vendor: KILN, category: 'ceramics', priceUsd: 44, popularity: 3 },
  { sku: 'KS-TPT-01', title: 'Stoneware Teapot', vendor: KILN, category: 'ceramics', priceUsd: 78, popularity: 2 },
  { sku: 'KS-SLT-01', title: 'Salt Cellar with Lid', vendor: KILN, category: 'ceramics', priceUsd: 22, popularity: 3 },
  { sku: 'WE-CND-FIG', title: 'Soy Candle: Fig & Cedar', vendor: WICK, category: 'candles', priceUsd: 32, popularity: 8 },
  { sku: 'WE-CND-SEA', title: 'Soy Candle: Sea Salt & Sage', vendor: WICK, category: 'candles', priceUsd: 32, popularity: 7 },
  { sku: 'WE-CND-AMB', title: 'Soy Candle: Amber & Smoke', vendor: WICK, category: 'candles', priceUsd: 32, popularity: 5 },
  { sku: 'WE-CND-ORG', title: 'Soy Candle: Blood Orange', vendor: WICK, category: 'candles', priceUsd: 32, popularity: 4 },
  { sku: 'WE-CND-PIN', title: 'Soy Candle: Winter Pine', vendor: WICK, category: 'candles', priceUsd: 34, popularity: 4 },
  { sku: 'WE-TRV-3', title: 'Travel Candle Trio', vendor: WICK, category: 'candles', priceUsd: 36, popularity: 5 },
  { sku: 'WE-DIF-01', title: 'Reed Diffuser: Linen Water', vendor: WICK, category: 'candles', priceUsd: 42, popularity: 4 },
  { sku: 'WE-MAT-01', title: 'Matches in a Glass Jar', vendor: WICK, category: 'candles', priceUsd: 14, popularity: 5 },
  { sku: 'SA-TEE-01', title: 'Organic Cotton Boxy Tee', vendor: SALT, category: 'apparel', priceUsd: 38, popularity: 7, variants: SIZES },
  { sku: 'SA-TEE-02', title: 'Striped Breton Top', vendor: SALT, category: 'apparel', priceUsd: 58, popularity: 5, variants: SIZES },
  { sku: 'SA-SWT-01', title: 'Merino Crew Sweater', vendor: SALT, category: 'apparel', priceUsd: 128, popularity: 4, variants: SIZES },
  { sku: 'SA-CRD-01', title: 'Chunky Wool Cardigan', vendor: SALT, category: 'apparel', priceUsd: 148, popularity: 3, variants: SIZES },
  { sku: 'SA-DRS-01', title: 'Linen Wrap Dress', vendor: SALT, category: 'apparel', priceUsd: 138, popularity: 4, variants: SIZES },
  { sku: 'SA-SHT-01', title: 'Linen Camp Shirt', vendor: SALT, category: 'apparel', priceUsd: 98, popularity: 4, variants: SIZES },
  { sku: 'SA-PNT-01', title: 'Drawstring Linen Trousers', vendor: SALT, category: 'apparel', priceUsd: 108, popularity: 3, variants: SIZES },
  { sku: 'SA-LNG-01', title: 'Waffle Lounge Set', vendor: SALT, category: 'apparel', priceUsd: 118, popularity: 3, variants: SIZES },
  { sku: 'SA-SCK-3', title: 'Wool Blend Socks, 3 pairs', vendor: SALT, category: 'apparel', priceUsd: 29, popularity: 6, variants: ['S/M', 'L/XL'] },
  { sku: 'SA-BEA-01', title: 'Ribbed Beanie', vendor: SALT, category: 'apparel', priceUsd: 34, popularity: 4, variants: ['Oat', 'Forest', 'Rust'] },
  { sku: 'SA-SCF-01', title: 'Lambswool Scarf', vendor: SALT, category: 'apparel', priceUsd: 64, popularity: 3, variants: ['Camel', 'Grey Check'] },
  { sku: 'FW-TOT-01', title: 'Heavy Canvas Market Tote', vendor: HOUSE, category: 'accessories', priceUsd: 36, popularity: 6, variants: ['Natural', 'Black'] },
  { sku: 'FW-TOT-02', title: 'Linen Shopping Bag', vendor: HOUSE, category: 'accessories', priceUsd: 24, popularity: 4 },
  { sku: 'FW-BSK-01', title: 'Seagrass Storage Basket', vendor: HOUSE, category: 'accessories', priceUsd: 52, popularity: 3, variants: ['Medium', 'Large'] },
  { sku: GIFT_CARD_SKU, title: 'Gift Card', vendor: HOUSE, category: 'accessories', priceUsd: 25, popularity: 3 },
  { sku: 'FW-BRD-01', title: 'Olive Wood Serving Board', vendor: HOUSE, category: 'kitchen', priceUsd: 58, popularity: 4 },
  { sku: 'FW-BRD-02', title: 'Walnut Bread Board', vendor: HOUSE, category: 'kitchen', priceUsd: 72, popularity: 3 },
  { sku: 'FW-SPN-3', title: 'Cherry Wood Spoons, set of 3', vendor: HOUSE, category: 'kitchen', priceUsd: 34, popularity: 5 },
  { sku: 'FW-OIL-01', title: 'Board Oil & Beeswax Balm', vendor: HOUSE, category: 'kitchen', priceUsd: 16, popularity: 4 },
  { sku: 'FW-BRS-01', title: 'Beechwood Dish Brush', vendor: HOUSE, category: 'kitchen', priceUsd: 12, popularity: 6 },
]

const CATEGORY_BY_SKU = new Map<string, ProductCategory>(CATALOGUE.map((item) => [item.sku, item.category]))

export function categoryOfSku(sku: string | null): ProductCategory | undefined {
  return sku === null ? undefined : CATEGORY_BY_SKU.get(sku)
}
