import { SegmentedControl, Text } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { Section } from '../components/Section'

interface FigureSectionProps {
  title: string
  /** The one-line definition of what the figures count, from the metrics engine. */
  definition: string
  chart: ReactNode
  /** The same figures as a table of links: readable without the chart, and by screen readers. */
  table: ReactNode
  footnote?: ReactNode
}

/** A dashboard chart with its definition, and a switch to the same figures as a table. */
export function FigureSection({ title, definition, chart, table, footnote }: FigureSectionProps) {
  const [shown, setShown] = useState<'chart' | 'table'>('chart')
  return (
    <Section
      title={title}
      aside={
        <SegmentedControl
          size="xs"
          aria-label={`Show ${title.toLowerCase()} as`}
          value={shown}
          onChange={(value) => setShown(value === 'table' ? 'table' : 'chart')}
          data={[
            { value: 'chart', label: 'Chart' },
            { value: 'table', label: 'Table' },
          ]}
        />
      }
    >
      <FigureDefinition>{definition}</FigureDefinition>
      {shown === 'chart' ? chart : table}
      {footnote && (
        <Text size="xs" c="dimmed" mt="xs">
          {footnote}
        </Text>
      )}
    </Section>
  )
}

export function FigureDefinition({ children }: { children: string }) {
  return (
    <Text size="xs" c="dimmed" mb="sm" lh={1.45}>
      {children}
    </Text>
  )
}
