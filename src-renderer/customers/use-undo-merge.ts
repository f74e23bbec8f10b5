import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useApi } from '../api/api-context'

/**
 * Undoing a merge moves orders, returns and points back to the restored
 * record: every list and record on screen may show them, so all are refreshed.
 */
export function useUndoMerge(): (mergeId: string) => Promise<{ keptId: string; restoredId: string }> {
  const { client } = useApi()
  const queryClient = useQueryClient()
  return useCallback(
    async (mergeId: string) => {
      const result = await client.customers.undoMerge({ mergeId })
      await queryClient.invalidateQueries()
      return result
    },
    [client, queryClient],
  )
}
