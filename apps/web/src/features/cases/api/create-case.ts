import { caseSchema, type CreateCaseBody } from '@phoihop/shared/cases';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createCase = (body: CreateCaseBody) =>
  apiRequest('/cases', { method: 'POST', body }, caseSchema);

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCase,
    onSuccess: (created) => {
      queryClient.setQueryData(['cases', 'detail', created.id], created);
      return queryClient.invalidateQueries({ queryKey: ['cases', 'list'] });
    },
  });
}
