import { mediationCaseSchema, type CreateMediationCaseBody } from '@phoihop/shared/mediation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createCase = (body: CreateMediationCaseBody) =>
  apiRequest('/mediation/cases', { method: 'POST', body }, mediationCaseSchema);

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCase,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['mediation'] }),
  });
}
