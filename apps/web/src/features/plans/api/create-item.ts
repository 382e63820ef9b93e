import { planItemSchema, type CreateItemBody } from '@phoihop/shared/plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createItem = (input: { planId: string; body: CreateItemBody }) =>
  apiRequest(`/plans/${input.planId}/items`, { method: 'POST', body: input.body }, planItemSchema);

export function useCreateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createItem,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}
