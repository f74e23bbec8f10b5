import { Badge, Text, type MantineColor } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import type { SurveyKind } from '../../src-main/surveys/surveys.table'
import { DateTime } from '../components/DateTime'
import { SectionEmpty } from '../components/SectionEmpty'
import { StaticTable } from '../components/StaticTable'

export interface SurveyAnswer {
  id: string
  kind: SurveyKind
  score: number
  comment: string
  respondedAt: string
}

const SCALES: Record<SurveyKind, { label: string; max: number; good: number; fair: number }> = {
  nps: { label: 'Recommend (NPS)', max: 10, good: 9, fair: 7 },
  csat: { label: 'Satisfaction (CSAT)', max: 5, good: 4, fair: 3 },
}

/** Promoters and satisfied customers in green, passives in orange, detractors in red, on either scale. */
function scoreColor({ kind, score }: SurveyAnswer): MantineColor {
  const scale = SCALES[kind]
  return score >= scale.good ? 'teal' : score >= scale.fair ? 'orange' : 'red'
}

const COLUMNS: ColumnDef<SurveyAnswer>[] = [
  { id: 'answered', header: 'Answered', cell: ({ row }) => <DateTime value={row.original.respondedAt} style="date" /> },
  { id: 'survey', header: 'Survey', cell: ({ row }) => SCALES[row.original.kind].label },
  {
    id: 'score',
    header: 'Score',
    cell: ({ row }) => (
      <Badge color={scoreColor(row.original)} variant="light" radius="sm" className="aftersale-numeric">
        {row.original.score} / {SCALES[row.original.kind].max}
      </Badge>
    ),
  },
  {
    id: 'comment',
    header: 'Comment',
    cell: ({ row }) =>
      row.original.comment ? (
        <Text size="sm" style={{ whiteSpace: 'normal' }}>
          “{row.original.comment}”
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          No comment
        </Text>
      ),
  },
]

export function SurveyAnswers({ answers }: { answers: SurveyAnswer[] }) {
  if (answers.length === 0) return <SectionEmpty inset>No survey answers yet.</SectionEmpty>
  return <StaticTable label="Survey answers" columns={COLUMNS} rows={answers} getRowId={(answer) => answer.id} minWidth={560} />
}
