import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const deleteItem = (input: { id: string; version: number }) =>
  apiRequest(`/plan-items/${input.id}`, { method: 'DELETE', version: input.version });

export function useDeleteItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteItem,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}
