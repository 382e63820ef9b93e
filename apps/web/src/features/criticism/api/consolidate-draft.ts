import { draftDetailSchema, type ConsolidateBody } from '@phoihop/shared/criticism';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The Front's consolidated opinion on the draft. */
export const consolidateDraft = (input: { id: string; version: number; body: ConsolidateBody }) =>
  apiRequest(
    `/drafts/${input.id}/consolidated`,
    { method: 'PUT', body: input.body, version: input.version },
    draftDetailSchema,
  );

export function useConsolidateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: consolidateDraft,
    meta: { toast: false },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['criticism'] }),
  });
}
