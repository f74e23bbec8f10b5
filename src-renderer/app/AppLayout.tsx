import { AppShell, Center, Container } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useEffect } from 'react'
import { Outlet, useLocation } from 'react-router'
import { LoadError, Loading } from '../components/QueryFeedback'
import { ShopTimeZoneContext } from '../components/shop-time-zone'
import { useShopStatus } from '../shop/use-shop-status'
import { AppHeader } from './AppHeader'
import { AppNavbar } from './AppNavbar'

export function AppLayout() {
  const [navOpen, nav] = useDisclosure(false)
  const status = useShopStatus()
  const { pathname } = useLocation()

  // On a narrow window the navigation is a drawer: close it once the user has picked a page.
  const closeNav = nav.close
  useEffect(() => closeNav(), [pathname, closeNav])

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding={0}>
      <AppShell.Header>
        <AppHeader status={status.data} navOpen={navOpen} onToggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar>
        <AppNavbar />
      </AppShell.Navbar>
      <AppShell.Main bg="light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-8))">
        <Container size={1280} px={{ base: 'md', md: 'xl' }} py="xl">
          {status.isPending ? (
            <Loading label="Opening the shop…" />
          ) : status.isError ? (
            <Center py="xl">
              <LoadError title="Aftersale could not open this shop" error={status.error} onRetry={() => void status.refetch()} />
            </Center>
          ) : (
            <ShopTimeZoneContext.Provider value={status.data.timeZone}>
              <Outlet />
            </ShopTimeZoneContext.Provider>
          )}
        </Container>
      </AppShell.Main>
    </AppShell>
  )
}
