import fs from 'node:fs'
import path from 'node:path'
import { createORPCClient } from '@orpc/client'
import { RPCLink } from '@orpc/client/fetch'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { Backend } from '../../src-main/backend/create-backend'
import type { ApiClient } from '../../src-main/backend/router'
import { resultOf } from '../../src-main/backend/progress'
import { startLoopbackServer, type LoopbackServer } from '../../src-main/server/loopback-server'
import { openTempShop } from './temp-shop'

const RENDERER_DIR = path.resolve(__dirname, '../../out/renderer')
const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/**
 * The browser's own zone, deliberately unlike any shop's: a date shown in
 * it instead of the shop's zone would be visibly wrong.
 */
export const BROWSER_TIME_ZONE = 'Pacific/Kiritimati'

export interface E2eApp {
  backend: Backend
  dbPath: string
  server: LoopbackServer
  /** A new tab in its own browser context, already showing the app. */
  openPage(options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>
  /** A client over the loopback HTTP transport with the session token, as the page's own client calls it. */
  httpClient(): ApiClient
  /** Fills the shop with the demo shop through the API, as the CLI would (fast, no UI). */
  loadDemoShop(): Promise<void>
  close(): Promise<void>
}

function requireBuiltRenderer(): void {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`The renderer is not built (${RENDERER_DIR}/index.html is missing). Run \`npx electron-vite build\` first.`)
  }
}

const policyViolations = new WeakMap<Page, string[]>()

/** What the browser refused under the content security policy, since the page was opened. */
export function policyViolationsOf(page: Page): string[] {
  return policyViolations.get(page) ?? []
}

function recordPolicyViolations(page: Page): void {
  const violations: string[] = []
  policyViolations.set(page, violations)
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('Refused to ')) violations.push(message.text())
  })
}

/** The real `serve` mode: the real backend on a temp SQLite file behind the loopback server, driven by Debian's Chromium. */
export async function startE2eApp(): Promise<E2eApp> {
  requireBuiltRenderer()
  const shop = await openTempShop()
  const server = await startLoopbackServer({ backend: shop.backend, rendererDir: RENDERER_DIR })
  let browser: Browser
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  } catch (error) {
    await server.close()
    await shop.close()
    throw error
  }

  return {
    backend: shop.backend,
    dbPath: shop.dbPath,
    server,
    async openPage({ colorScheme = 'light' } = {}) {
      const context = await browser.newContext({
        colorScheme,
        locale: 'en-US',
        timezoneId: BROWSER_TIME_ZONE,
        viewport: { width: 1366, height: 900 },
      })
      const page = await context.newPage()
      recordPolicyViolations(page)
      await page.goto(server.url)
      return page
    },
    httpClient() {
      return createORPCClient(new RPCLink({ url: `http://127.0.0.1:${server.port}/rpc`, headers: { authorization: `Bearer ${server.token}` } }))
    },
    async loadDemoShop() {
      await resultOf(await shop.backend.client.demo.load({}))
    },
    async close() {
      await browser.close()
      await server.close()
      await shop.close()
    },
  }
}
