import { mediatorSchema, type CreateMediatorBody } from '@phoihop/shared/mediation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createMediator = (input: { teamId: string; body: CreateMediatorBody }) =>
  apiRequest(
    `/mediation/teams/${input.teamId}/mediators`,
    { method: 'POST', body: input.body },
    mediatorSchema,
  );

export function useCreateMediator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMediator,
    // The team's counts, leader and warnings change with it.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['mediation'] }),
  });
}
