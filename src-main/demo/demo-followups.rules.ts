import type { FlowsTable, FlowTrigger, MessageTemplatesTable, TemplatePurpose } from '../followups/followups.table'
import { iso } from './demo-calendar'
import type { MakeId } from './demo-ids'
import { demoName } from './demo-tag'

interface FollowUp {
  purpose: Exclude<TemplatePurpose, 'custom'>
  name: string
  subject: string
  body: string
  trigger: FlowTrigger
  delayDays: number
}

const FOLLOW_UPS: readonly FollowUp[] = [
  {
    purpose: 'thank_you',
    name: 'Thank you for your order',
    subject: 'Thank you, {{first_name}}!',
    body: 'Hi {{first_name}},\n\nThank you for order {{order_number}}. We pack every parcel by hand and will let you know as soon as it is on its way.\n\nWarmly,\n{{shop_name}}',
    trigger: 'order_placed',
    delayDays: 0,
  },
  {
    purpose: 'shipping_tips',
    name: 'Your parcel is on its way',
    subject: 'Order {{order_number}} has shipped',
    body: 'Hi {{first_name}},\n\nYour parcel left the studio today. If nobody is home, the carrier will leave a card; tracking usually updates within a day.\n\n{{shop_name}}',
    trigger: 'order_fulfilled',
    delayDays: 0,
  },
  {
    purpose: 'care_tips',
    name: 'Caring for your linen',
    subject: 'Making your new pieces last',
    body: 'Hi {{first_name}},\n\nA few tips so your order lasts for years: wash at 40°C, skip the fabric softener and line dry when you can. Linen softens with every wash.\n\n{{shop_name}}',
    trigger: 'order_delivered',
    delayDays: 3,
  },
  {
    purpose: 'review_request',
    name: 'Review request',
    subject: 'How are you getting on with your order?',
    body: 'Hi {{first_name}},\n\nWe would love to hear what you think of your order. A short review helps a small shop like ours more than you might think.\n\nThank you,\n{{shop_name}}',
    trigger: 'order_delivered',
    delayDays: 10,
  },
  {
    purpose: 'nps_request',
    name: 'How likely are you to recommend us?',
    subject: 'One quick question',
    body: 'Hi {{first_name}},\n\nOn a scale from 0 to 10, how likely are you to recommend {{shop_name}} to a friend? Just reply with a number.\n\nThank you!',
    trigger: 'order_delivered',
    delayDays: 14,
  },
  {
    purpose: 'cross_sell',
    name: 'Goes well with',
    subject: 'Something to go with your {{product_title}}',
    body: 'Hi {{first_name}},\n\nCustomers who bought the {{product_title}} often pair it with our napkins and tea towels. Have a look when you have a minute.\n\n{{shop_name}}',
    trigger: 'order_delivered',
    delayDays: 30,
  },
  {
    purpose: 'win_back',
    name: 'We miss you',
    subject: 'It has been a while, {{first_name}}',
    body: 'Hi {{first_name}},\n\nIt has been a few months since your last order. Here is what is new in the studio, in case something catches your eye.\n\n{{shop_name}}',
    trigger: 'days_since_last_order',
    delayDays: 120,
  },
]

export interface FollowUpRows {
  message_templates: MessageTemplatesTable[]
  flows: FlowsTable[]
}

/**
 * A starter set of follow-up emails, all switched off: nothing may be sent
 * to anyone until the shop owner has read and enabled a flow. Names carry the
 * demo's tag because template and flow names are unique.
 */
export function followUps(makeId: MakeId, tag: string, createdAt: number): FollowUpRows {
  const at = iso(createdAt)
  const rows: FollowUpRows = { message_templates: [], flows: [] }
  for (const followUp of FOLLOW_UPS) {
    const templateId = makeId(createdAt)
    rows.message_templates.push({ id: templateId, name: demoName(followUp.name, tag), purpose: followUp.purpose, subject: followUp.subject, body: followUp.body, created_at: at, updated_at: at })
    rows.flows.push({
      id: makeId(createdAt),
      name: demoName(followUp.name, tag),
      trigger: followUp.trigger,
      delay_days: followUp.delayDays,
      template_id: templateId,
      enabled: 0,
      created_at: at,
      updated_at: at,
    })
  }
  return rows
}
