import { planItemSchema, type CreateProgressBody } from '@phoihop/shared/plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createProgress = (input: { taskId: string; body: CreateProgressBody }) =>
  apiRequest(
    `/plan-items/${input.taskId}/progress`,
    { method: 'POST', body: input.body },
    planItemSchema,
  );

export function useCreateProgress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgress,
    // The task, every level above it and the task lists all move.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}
