import { planItemSchema, type UpdateItemBody } from '@phoihop/shared/plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateItem = (input: { id: string; version: number; body: UpdateItemBody }) =>
  apiRequest(
    `/plan-items/${input.id}`,
    { method: 'PATCH', body: input.body, version: input.version },
    planItemSchema,
  );

export function useUpdateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateItem,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}
