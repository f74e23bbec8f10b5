import fs from 'node:fs/promises'
import { findChromium, type ChromiumLookup } from './find-chromium'

/**
 * Chromium's own print engine, as the desktop app's printToPDF uses it, for
 * the places without Electron: the CLI and the browser mode. The document
 * runs no script and may load nothing, so the page gets neither.
 */

/**
 * Loaded on first use and kept out of the bundler's sight: the desktop app
 * prints with Electron, so its main-process bundle must neither contain nor
 * require this driver.
 */
const PLAYWRIGHT = 'playwright-core'
function loadPlaywright(): Promise<typeof import('playwright-core')> {
  return import(/* @vite-ignore */ PLAYWRIGHT)
}

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export async function renderHtmlToPdf(html: string, lookup?: ChromiumLookup): Promise<Uint8Array<ArrayBuffer>> {
  const executablePath = findChromium(lookup)
  const { chromium } = await loadPlaywright()
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS })
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    // The stylesheet's @page rule decides the paper (A4) and the margins.
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }))
  } finally {
    await browser.close()
  }
}

/** Writes the PDF to `outPath`; without `overwrite` an existing file there is left alone and the call fails. */
export async function printHtmlToPdf(html: string, outPath: string, options: { overwrite?: boolean; lookup?: ChromiumLookup } = {}): Promise<{ pages: number | null }> {
  const pdf = await renderHtmlToPdf(html, options.lookup)
  await fs.writeFile(outPath, pdf, { flag: options.overwrite ? 'w' : 'wx' })
  return { pages: countPdfPages(pdf) }
}

/** Page objects in a PDF as Chromium writes it (uncompressed object dictionaries); null when none can be seen. */
export function countPdfPages(pdf: Uint8Array): number | null {
  const pages = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)
  return pages ? pages.length : null
}
