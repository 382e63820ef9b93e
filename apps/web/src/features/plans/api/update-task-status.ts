import { planItemSchema, type PlanItem } from '@phoihop/shared/plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateTaskStatus = (input: {
  id: string;
  version: number;
  status: PlanItem['status'];
}) =>
  apiRequest(
    `/plan-items/${input.id}/status`,
    { method: 'POST', body: { status: input.status }, version: input.version },
    planItemSchema,
  );

export function useUpdateTaskStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTaskStatus,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}
