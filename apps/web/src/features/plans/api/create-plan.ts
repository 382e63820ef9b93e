import { planSchema, type CreatePlanBody } from '@phoihop/shared/plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createPlan = (body: CreatePlanBody) =>
  apiRequest('/plans', { method: 'POST', body }, planSchema);

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlan,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}
