import { Box, Burger, Group, Text, ThemeIcon, Tooltip } from '@mantine/core'
import { IconDatabase, IconHeartHandshake } from '@tabler/icons-react'
import type { ShopStatus } from '../api/types'
import classes from './AppHeader.module.css'

interface AppHeaderProps {
  status: ShopStatus | undefined
  navOpen: boolean
  onToggleNav(): void
}

export function AppHeader({ status, navOpen, onToggleNav }: AppHeaderProps) {
  return (
    <Group h="100%" gap={0} wrap="nowrap">
      <Group gap="sm" px="md" wrap="nowrap" className={classes.brand}>
        <Burger opened={navOpen} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label="Show navigation" />
        <ThemeIcon size={30} radius="md" variant="filled" aria-hidden>
          <IconHeartHandshake size={18} stroke={1.8} />
        </ThemeIcon>
        <Text fw={700} fz="lg" lts={-0.2}>
          Aftersale
        </Text>
      </Group>
      {status && <OpenShop shopName={status.shopName} dbPath={status.dbPath} />}
    </Group>
  )
}

/** Which shop file is open. The folder gives way first when space runs out: the file name is what tells shops apart. */
function OpenShop({ shopName, dbPath }: { shopName: string; dbPath: string }) {
  const cut = Math.max(dbPath.lastIndexOf('/'), dbPath.lastIndexOf('\\')) + 1
  return (
    <Box className={classes.shop} role="group" aria-label="Open shop">
      <Text fw={600} size="sm" truncate="end">
        {shopName}
      </Text>
      <Tooltip label={dbPath} openDelay={300} multiline maw={560} withinPortal>
        <Group gap={6} wrap="nowrap" className={classes.path} data-testid="db-path">
          <IconDatabase size={13} stroke={1.8} className={classes.pathIcon} aria-hidden />
          <span className={classes.pathText}>
            <span className={classes.folder}>{dbPath.slice(0, cut)}</span>
            <span className={classes.file}>{dbPath.slice(cut)}</span>
          </span>
        </Group>
      </Tooltip>
    </Box>
  )
}
