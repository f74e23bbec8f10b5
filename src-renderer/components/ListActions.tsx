import { Group } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import type { ViewScreen } from '../../src-main/saved-views/saved-views.table'
import { ExportButton } from './ExportButton'
import type { ViewStateOf } from './saved-view-types'
import { SavedViewsMenu } from './SavedViewsMenu'
import { stableJson } from './stable-json'
import { normalizeColumns } from './use-column-choice'

/** A drill-down is not a filter a file or a view can keep. */
const DRILLDOWN_EXPORT = 'Remove the dashboard filter first: an export keeps the search and filters of the list, not a dashboard figure.'

interface ListActionsProps<S extends ViewScreen, Row> {
  screen: S
  noun: 'view' | 'segment'
  /** The list as it is now: what a saved view keeps and what the export writes. */
  view: ViewStateOf<S>
  columns: ColumnDef<Row>[]
  onOpen(state: ViewStateOf<S>): void
  exportLabel: string
  exportFile(): Promise<File>
  drilldownActive: boolean
}

/** A list's saved views and its export, beside the page title. */
export function ListActions<S extends ViewScreen, Row>(props: ListActionsProps<S, Row>) {
  return (
    <Group gap="sm">
      <SavedViewsMenu
        screen={props.screen}
        noun={props.noun}
        current={props.view}
        isCurrent={(state) => stableJson({ ...state, columns: normalizeColumns(props.columns, state.columns) }) === stableJson(props.view)}
        onOpen={props.onOpen}
      />
      <ExportButton label={props.exportLabel} exportFile={props.exportFile} unavailable={props.drilldownActive ? DRILLDOWN_EXPORT : undefined} />
    </Group>
  )
}
