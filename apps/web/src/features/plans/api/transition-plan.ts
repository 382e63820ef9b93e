import { planSchema, type PlanTransition } from '@phoihop/shared/plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const transitionPlan = (input: { id: string; version: number; action: PlanTransition }) =>
  apiRequest(
    `/plans/${input.id}/${input.action}`,
    { method: 'POST', version: input.version },
    planSchema,
  );

export function useTransitionPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionPlan,
    // Also after a VERSION_CONFLICT: reload so the next try starts from the current plan.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}
