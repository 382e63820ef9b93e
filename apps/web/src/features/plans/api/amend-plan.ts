import { planItemSchema, type AmendmentBody } from '@phoihop/shared/plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const amendPlan = (input: { planId: string; body: AmendmentBody }) =>
  apiRequest(
    `/plans/${input.planId}/amendments`,
    { method: 'POST', body: input.body },
    planItemSchema,
  );

export function useAmendPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: amendPlan,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}
