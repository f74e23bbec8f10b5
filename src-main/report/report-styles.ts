/**
 * The report's print stylesheet: A4 portrait, running head and page numbers
 * in the page margins, and break rules so that no table, figure or chart is
 * cut across two pages. On screen (the app's preview) the same document shows
 * as one long sheet of paper.
 */

/**
 * A CSS string literal. Margin boxes can only show text through `content`,
 * inside a <style> element where HTML escaping means nothing, so every
 * character beyond plain letters, digits and punctuation is written as a CSS
 * escape: no quote, backslash or `</style>` can survive.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[^A-Za-z0-9 ,.:()/+-]/gu, (character) => `\\${character.codePointAt(0)!.toString(16)} `)}"`
}

const FONT = '"Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif'

export function reportStyles(margins: { topRight: string; bottomLeft: string }): string {
  const marginText = `font-family: ${FONT}; font-size: 7pt; color: #868e96;`
  return `
@page {
  size: A4 portrait;
  margin: 16mm 15mm 17mm 15mm;
  @top-right { content: ${cssString(margins.topRight)}; ${marginText} vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-left { content: ${cssString(margins.bottomLeft)}; ${marginText} vertical-align: top; padding-top: 4mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${marginText} vertical-align: top; padding-top: 4mm; }
}
@page :first {
  @top-right { content: none; }
}
:root { color-scheme: light; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
* { box-sizing: border-box; }
body { margin: 0; font-family: ${FONT}; font-size: 9pt; line-height: 1.38; color: #212529; background: #fff; }
@media screen {
  html { background: #dee2e6; }
  body { max-width: 210mm; margin: 0 auto; padding: 16mm 15mm; box-shadow: 0 0 0 1px #ced4da; }
}
/* Beside a dark app the desk darkens too; the paper stays white, as it will print. */
@media screen and (prefers-color-scheme: dark) {
  html { background: #2c2e33; }
  body { box-shadow: none; }
}

h1, h2, h3 { margin: 0; font-weight: 700; letter-spacing: -0.01em; break-after: avoid; }
h1 { font-size: 21pt; line-height: 1.15; }
h2 { font-size: 12.5pt; margin-bottom: 1mm; color: #212529; }
h3 { font-size: 10pt; margin: 4mm 0 1.5mm; }
p { margin: 0; }
small { display: block; font-size: 7pt; font-weight: 400; color: #868e96; }

.masthead { display: flex; justify-content: space-between; align-items: flex-end; gap: 8mm; padding-bottom: 4mm; border-bottom: 1.5pt solid #3b5bdb; }
.eyebrow { font-size: 7.5pt; font-weight: 700; letter-spacing: 0.12em; text-transform: uppercase; color: #3b5bdb; margin-bottom: 1.5mm; }
.month { font-size: 13pt; color: #495057; margin-top: 1mm; }
.facts { display: grid; grid-template-columns: auto auto; gap: 0.6mm 3mm; margin: 0; font-size: 7.5pt; }
.facts dt { color: #868e96; text-align: right; }
.facts dd { margin: 0; color: #343a40; }
.notice { margin-top: 3mm; padding: 2mm 3mm; border-left: 2pt solid #f08c00; background: #fff9db; font-size: 8pt; }

.block { margin-top: 7mm; }
.block > .keep + .keep, .block > .keep + table, .block > table + table, .block > table + .keep { margin-top: 6mm; }
.keep, .chart, tr { break-inside: avoid; }
p.definition { font-size: 7.5pt; color: #6c757d; margin-bottom: 2.5mm; max-width: 172mm; break-after: avoid; }
.summary { margin-bottom: 1mm; }
.empty { font-style: italic; color: #868e96; padding: 2mm 0; }
.legend { font-size: 7pt; color: #868e96; margin-top: 1.5mm; }
.mark { color: #e8590c; font-weight: 700; font-style: normal; }
.chart svg { display: block; width: 100%; height: auto; }

table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
thead { display: table-header-group; }
th, td { padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
thead th { font-size: 7pt; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; color: #495057; border-bottom: 0.75pt solid #adb5bd; vertical-align: bottom; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.num small { white-space: normal; }
caption { caption-side: top; text-align: left; font-weight: 700; font-size: 8.5pt; padding: 0 0 1mm; }

table.kpis, table.kpi-lines { table-layout: fixed; }
table.kpis col.value, table.kpi-lines col.value { width: 31mm; }
tr.kpi > td { padding: 0; border-bottom: 0.5pt solid #dee2e6; }
tr.figure > th, tr.figure > td { padding-top: 2mm; }
tr.figure > th { font-weight: 700; }
tr.variant > th { padding-left: 6mm; font-weight: 400; color: #495057; }
tr.definition > td { padding-top: 0.4mm; padding-bottom: 2mm; font-size: 7pt; line-height: 1.3; color: #868e96; }
.change { font-weight: 700; }
.change.better { color: #2b8a3e; }
.change.worse { color: #c92a2a; }
.change.same, .change.none { color: #868e96; font-weight: 400; }

table.cohorts { table-layout: fixed; font-size: 7.5pt; }
table.cohorts col.cohort { width: 19mm; }
table.cohorts col.size { width: 17mm; }
table.cohorts thead th { text-align: center; }
table.cohorts thead th.cohort { text-align: left; }
table.cohorts thead th.size { text-align: right; }
table.cohorts thead th.span { text-transform: none; letter-spacing: 0; font-weight: 600; border-bottom: none; color: #868e96; }
table.cohorts tbody th { font-weight: 600; white-space: nowrap; }
table.cohorts tbody td { border: 0.75pt solid #fff; }
table.cohorts tbody td.num { text-align: center; }
table.cohorts tbody td:nth-child(2) { text-align: right; }
.heat-0 { background: #f1f3f5; }
.heat-1 { background: #e5ebff; }
.heat-2 { background: #d0dbff; }
.heat-3 { background: #b2c2ff; }
.heat-4 { background: #7f96f7; color: #fff; }
.heat-5 { background: #4c6ef5; color: #fff; }
td.incomplete { font-style: italic; box-shadow: inset 0 0 0 0.75pt #e8590c; }
td.later { background: none; }

table.products col.rank { width: 8mm; }
table.products col.units { width: 17mm; }
table.products col.amount { width: 27mm; }
table.products tbody tr:nth-child(even), table.comments tbody tr:nth-child(even) { background: #f8f9fa; }
td.rank { color: #868e96; }
td.product small { display: inline; margin-left: 1.5mm; }

table.comments col.date { width: 26mm; }
table.comments col.score { width: 14mm; }
td.comment { overflow-wrap: anywhere; }
.score { display: inline-block; min-width: 6.5mm; padding: 0 1mm; border-radius: 1mm; text-align: center; font-weight: 700; }
.score.promoter { background: #d3f9d8; color: #2b8a3e; }
.score.passive { background: #fff3bf; color: #a35200; }
.score.detractor { background: #ffe3e3; color: #c92a2a; }
`
}
