/** What people write: short, specific and uneven, like real shop correspondence. */

export const CUSTOMER_NOTES = [
  'Prefers no plastic in the packaging.',
  'Allergic to wool; suggest linen or cotton instead.',
  'Runs a small B&B and buys towels in batches.',
  'Asked to be told when the Sage napkins are back in stock.',
  'Ordered the wrong size twice; offer the size guide.',
  'Lovely emails. Sent a photo of the table setting.',
  'Leave parcels with the neighbour at number 12.',
  'Interior designer; happy to be quoted on the website.',
  'Prefers phone calls to email.',
  'Met at a spring craft fair; loves the ceramics.',
]

export const WHOLESALE_NOTE = 'Resale certificate on file. Net 30 terms; invoices go to the accounts address.'

export const ORDER_NOTES = [
  'Gift: please leave the prices out.',
  'Please ship with my earlier order if it has not gone yet.',
  'Birthday present, could it arrive by Friday?',
  'Please use as little plastic as possible.',
  'Leave at the back door if nobody answers.',
  'Could you add a handwritten card saying "Happy housewarming, love M"?',
  'Building has a concierge; parcels can be left there.',
]

export const EXCHANGE_NOTES = ['Exchanged for the next size up.', 'Exchanged for the next size down.', 'Swapped for a different colour.', 'Replaced with a new one from stock.']
export const REJECTED_RETURN_NOTES = [
  'Arrived back washed and worn; outside the return policy.',
  'Requested 74 days after delivery; the window is 30 days.',
  'Gift card: not returnable.',
]
export const CLOSED_RETURN_NOTE = 'Return label sent; the parcel never came back.'

export interface ClaimText {
  subject: string
  body: string
}

export type ClaimTopic =
  | 'broken'
  | 'spoiled'
  | 'lost_in_transit'
  | 'not_received'
  | 'before_shipping'
  | 'question'
  | 'worn_fragile'
  | 'worn_textile'
  | 'worn_wood'

/** `{order}` and `{item}` are filled in with the claim's own order number and product. */
export const CLAIM_TEXTS: Record<ClaimTopic, readonly ClaimText[]> = {
  broken: [
    { subject: 'Arrived broken', body: 'The {item} from order {order} arrived in pieces. The box was crushed on one corner; photos attached.' },
    { subject: 'Chipped on arrival', body: 'Opened my parcel ({order}) and the {item} has a big chip on the rim. Could you send a replacement?' },
    { subject: 'Cracked in the post', body: 'The {item} ({order}) has a hairline crack. The outer box was dented, so I think it happened in transit.' },
  ],
  spoiled: [
    { subject: 'Parcel arrived soaked', body: 'The box for {order} was soaked through and the {item} is stained.' },
    { subject: 'Damaged on arrival', body: 'The {item} from {order} arrived damaged, the packaging was torn open. Photos attached.' },
  ],
  lost_in_transit: [
    { subject: 'Where is my order?', body: 'Tracking for {order} has not changed for a week. Could you check with the carrier?' },
    { subject: 'Still waiting', body: 'I ordered the {item} ({order}) a while ago and nothing has arrived yet. Has it been sent?' },
  ],
  not_received: [
    { subject: 'Marked delivered but not here', body: 'Tracking says {order} was delivered, but nothing arrived. The neighbours have not seen it either.' },
  ],
  before_shipping: [
    { subject: 'Change of address', body: 'I have just moved. Can you send {order} to my new address instead?' },
    { subject: 'Can I add to my order?', body: 'I forgot to add a second {item} to {order}. Can you add it before it ships?' },
    { subject: 'Gift message', body: 'Order {order} is a present. Could you leave the receipt out and add a card saying "Happy birthday, love J"?' },
  ],
  question: [
    { subject: 'Care question', body: 'Can the {item} from {order} go in the dryer? The label is hard to read.' },
    { subject: 'Invoice please', body: 'Could you send me an invoice for {order}? It is for my business.' },
    { subject: 'Other colours?', body: 'I love the {item} from {order}. Will it come in other colours?' },
  ],
  worn_fragile: [
    { subject: 'Glaze crazing', body: 'Fine cracks have appeared in the glaze of the {item} from {order}. Is that normal?' },
    { subject: 'Cracked after a few months', body: 'The {item} from {order} cracked after a few months of normal use.' },
  ],
  worn_textile: [
    { subject: 'Seams coming apart', body: 'The stitching on my {item} ({order}) is coming undone along one edge.' },
    { subject: 'Faded after a few washes', body: 'The colour of the {item} from {order} has faded a lot after only a few washes at 40°C.' },
    { subject: 'Pilling', body: 'The {item} from {order} has started pilling badly after a couple of months.' },
  ],
  worn_wood: [{ subject: 'Split along the grain', body: 'The {item} from {order} has split along the grain, even though I oil it.' }],
}

export const NPS_COMMENTS = {
  promoter: [
    'Beautiful quality, will order again.',
    'The napkins are even nicer in person.',
    'Fast shipping and lovely packaging.',
    'Bought as a gift and she loved it.',
    'Third order and never disappointed.',
    'Love that it came without plastic.',
    'Great customer service when I needed to swap a size.',
    'Towels are so soft, already ordered more.',
  ],
  passive: [
    'Nice products, shipping was a bit slow.',
    'Good quality but pricey.',
    'Fine. The colour was slightly different from the photo.',
    'Happy overall, packaging could be smaller.',
  ],
  detractor: [
    'Took almost three weeks to arrive.',
    'Item arrived damaged and it took a while to sort out.',
    'Sizing is way off, had to return it.',
    'Shrank after the first wash.',
    'Shipping to Europe is far too expensive.',
  ],
} as const

export const CSAT_COMMENTS = {
  happy: ['Exactly as described.', 'Quick and easy, thank you!', 'Lovely handwritten note in the box.', 'Arrived well packed.'],
  neutral: ['OK, delivery took longer than expected.', 'Good product, tracking did not update.'],
  unhappy: ['Still waiting for my refund.', 'Box was damaged on arrival.', 'Wrong colour sent.'],
} as const
