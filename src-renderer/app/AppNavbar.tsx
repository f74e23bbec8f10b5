import { NavLink, Stack } from '@mantine/core'
import { IconChartHistogram, IconFileImport, IconReceipt2, IconReportAnalytics, IconSettings, IconUsers, IconUsersGroup, type Icon } from '@tabler/icons-react'
import { Link, useLocation } from 'react-router'

const SECTIONS: { to: string; label: string; icon: Icon }[] = [
  { to: '/dashboard', label: 'Dashboard', icon: IconChartHistogram },
  { to: '/report', label: 'Monthly report', icon: IconReportAnalytics },
  { to: '/orders', label: 'Orders', icon: IconReceipt2 },
  { to: '/customers', label: 'Customers', icon: IconUsers },
  { to: '/segments', label: 'Segments', icon: IconUsersGroup },
  { to: '/imports', label: 'Import', icon: IconFileImport },
]

function NavItem({ to, label, icon: ItemIcon }: { to: string; label: string; icon: Icon }) {
  const { pathname } = useLocation()
  const active = pathname === to || pathname.startsWith(`${to}/`)
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      active={active}
      aria-current={active ? 'page' : undefined}
      leftSection={<ItemIcon size={18} stroke={1.7} />}
      variant="light"
      fw={500}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  )
}

export function AppNavbar() {
  return (
    <Stack component="nav" aria-label="Main" justify="space-between" h="100%" p="sm">
      <Stack gap={4}>
        {SECTIONS.map((section) => (
          <NavItem key={section.to} {...section} />
        ))}
      </Stack>
      <NavItem to="/settings" label="Settings" icon={IconSettings} />
    </Stack>
  )
}
