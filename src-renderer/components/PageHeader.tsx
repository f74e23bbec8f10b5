import { Box, Group, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

interface PageHeaderProps {
  title: ReactNode
  description?: ReactNode
  /** Small print above the title, such as a link back to the list. */
  eyebrow?: ReactNode
  badges?: ReactNode
  actions?: ReactNode
}

export function PageHeader({ title, description, eyebrow, badges, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-end" gap="md" mb="lg" wrap="wrap">
      <Stack gap={4} miw={0}>
        {eyebrow}
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1} fz={26} fw={650} lh={1.2}>
            {title}
          </Title>
          {badges}
        </Group>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Box>{actions}</Box>}
    </Group>
  )
}
