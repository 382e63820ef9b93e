import { mediationCaseSchema, type UpdateMediationCaseBody } from '@phoihop/shared/mediation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateCase = (input: { id: string; version: number; body: UpdateMediationCaseBody }) =>
  apiRequest(
    `/mediation/cases/${input.id}`,
    { method: 'PATCH', body: input.body, version: input.version },
    mediationCaseSchema,
  );

export function useUpdateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCase,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['mediation'] }),
  });
}
