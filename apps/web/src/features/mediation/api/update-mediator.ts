import { mediatorSchema, type UpdateMediatorBody } from '@phoihop/shared/mediation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateMediator = (input: { id: string; version: number; body: UpdateMediatorBody }) =>
  apiRequest(
    `/mediation/mediators/${input.id}`,
    { method: 'PATCH', body: input.body, version: input.version },
    mediatorSchema,
  );

export function useUpdateMediator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMediator,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['mediation'] }),
  });
}
