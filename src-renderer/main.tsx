import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './app/global.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createApiClient } from './api/client'
import { App } from './app/App'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element.')

// Created once, before the router runs: in browser mode it takes the token out of the address.
const client = createApiClient()

createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
)
