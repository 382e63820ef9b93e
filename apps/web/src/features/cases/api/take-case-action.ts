import { caseSchema, type CaseActionBody } from '@phoihop/shared/cases';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** One step of the case (classify, accept, decide…), on the version the user saw. */
export const takeCaseAction = (input: { id: string; version: number; body: CaseActionBody }) =>
  apiRequest(
    `/cases/${input.id}/actions`,
    { method: 'POST', body: input.body, version: input.version },
    caseSchema,
  );

export function useTakeCaseAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: takeCaseAction,
    // The step form shows its own errors (a conflict comes with a reload button).
    meta: { toast: false },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
