import { caseSchema, type UpdateCaseBody } from '@phoihop/shared/cases';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateCase = (input: { id: string; version: number; body: UpdateCaseBody }) =>
  apiRequest(
    `/cases/${input.id}`,
    { method: 'PATCH', body: input.body, version: input.version },
    caseSchema,
  );

export function useUpdateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCase,
    // The form shows a version conflict itself, with a reload.
    meta: { toast: false },
    // Also after a VERSION_CONFLICT: reload so the next try starts from the current case.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
