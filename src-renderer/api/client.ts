import { createORPCClient } from '@orpc/client'
import { RPCLink as FetchLink } from '@orpc/client/fetch'
import { RPCLink as MessagePortLink } from '@orpc/client/message-port'
import type { ApiClient } from '../../src-main/backend/router'
import { CONNECT_API_MESSAGE } from '../../src-main/electron/desktop-bridge'

const TOKEN_KEY = 'aftersale.token'

/**
 * Browser mode: the per-run token arrives once in the address (?token=…); it
 * is kept for this tab only and removed from the address bar.
 */
function takeToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.toString())
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

function desktopClient(): ApiClient {
  const { port1, port2 } = new MessageChannel()
  window.postMessage(CONNECT_API_MESSAGE, '*', [port2])
  port1.start()
  return createORPCClient(new MessagePortLink({ port: port1 }))
}

function browserClient(): ApiClient {
  const token = takeToken()
  return createORPCClient(
    new FetchLink({
      url: `${window.location.origin}/rpc`,
      headers: () => ({ authorization: `Bearer ${token}` }),
    }),
  )
}

/** Same procedures either way: over Electron IPC in the desktop app, over the loopback server in a browser. */
export function createApiClient(): ApiClient {
  return window.aftersaleDesktop ? desktopClient() : browserClient()
}
