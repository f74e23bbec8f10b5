/**
 * HTML built from templates in which every interpolated value is escaped
 * unless it is already SafeHtml. Product titles, comments and the shop's name
 * are written by people and by marketplace exports; building markup only
 * through `html` means none of them can be forgotten.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text made safe for element content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!)
}

export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[]

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  return escapeHtml(String(value))
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, text, i) => out + text + (i < values.length ? render(values[i]) : ''), ''))
}

/** Markup this program generated itself (chart SVG from echarts, which escapes its own text), passed through as is. */
export function trustedMarkup(markup: string): SafeHtml {
  return new SafeHtml(markup)
}
