import { Alert, Button, Code, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconBuildingStore, IconCheck, IconFileImport, IconInfoCircle, IconPlayerPlay } from '@tabler/icons-react'
import { Link } from 'react-router'
import { pluralize } from '../components/format'
import { messageOf } from '../api/errors'
import { JobProgress } from '../components/JobProgress'
import type { JobState } from '../components/use-streamed-job'
import { useDemoLoad, type DemoLoadResult } from './use-demo-load'

/** What an empty shop shows instead of its lists: what Aftersale is, and a way to try it with generated data. */
export function FirstRunScreen({ dbPath }: { dbPath: string }) {
  const demo = useDemoLoad({ onLoaded: announceDemoShop })
  const busy = demo.state.step === 'running' || demo.state.step === 'finished'

  return (
    <Paper withBorder radius="lg" p={{ base: 'lg', sm: 40 }} maw={640} mx="auto" mt={{ base: 0, sm: 'xl' }} component="section" aria-labelledby="first-run-title">
      <Stack gap="lg">
        <ThemeIcon size={52} radius="xl" variant="light">
          <IconBuildingStore size={28} stroke={1.6} />
        </ThemeIcon>
        <Stack gap={6}>
          <Title order={1} id="first-run-title" fz={26}>
            Welcome to Aftersale
          </Title>
          <Text c="dimmed">This shop has no orders or customers yet.</Text>
        </Stack>
        <Text>
          Load the demo shop to look around: a generated shop with thousands of orders and customers over three years, from several marketplaces and in
          several currencies, with returns, claims, loyalty points and survey answers.
        </Text>
        <List size="sm" spacing={4} c="dimmed">
          <List.Item>Everything is made up on this computer; nothing is sent anywhere.</List.Item>
          <List.Item>
            It is saved in the open shop file, <Code style={{ overflowWrap: 'anywhere' }}>{dbPath}</Code>
          </List.Item>
        </List>
        <Outcome state={demo.state} />
        {busy ? (
          <JobProgress title="Loading the demo shop" label="Demo shop loading" finishingPhase="Opening the shop" state={demo.state} onCancel={demo.cancel} />
        ) : (
          <Group gap="sm">
            <Button size="md" leftSection={<IconPlayerPlay size={18} />} onClick={() => void demo.start()}>
              Load demo shop
            </Button>
            <Button size="md" variant="default" component={Link} to="/imports" leftSection={<IconFileImport size={18} />}>
              Import your shop's exports
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  )
}

function announceDemoShop({ created }: DemoLoadResult): void {
  notifications.show({
    color: 'teal',
    icon: <IconCheck size={18} />,
    title: 'Demo shop loaded',
    message: `${pluralize(created.orders, 'order', 'orders')} and ${pluralize(created.customers, 'customer', 'customers')} to look around.`,
  })
}

function Outcome({ state }: { state: JobState<DemoLoadResult> }) {
  if (state.step === 'cancelled') {
    return (
      <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} title="Loading cancelled">
        The demo shop was not loaded and nothing was changed.
      </Alert>
    )
  }
  if (state.step === 'failed') {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="The demo shop could not be loaded">
        {messageOf(state.error)}
      </Alert>
    )
  }
  return null
}
