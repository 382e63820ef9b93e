import { planSchema } from '@phoihop/shared/plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const copyPlan = (input: { id: string; year: number; title?: string }) =>
  apiRequest(
    `/plans/${input.id}/copy`,
    { method: 'POST', body: { year: input.year, title: input.title } },
    planSchema,
  );

export function useCopyPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: copyPlan,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}
