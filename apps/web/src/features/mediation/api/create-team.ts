import { mediationTeamDetailSchema, type CreateMediationTeamBody } from '@phoihop/shared/mediation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createTeam = (body: CreateMediationTeamBody) =>
  apiRequest('/mediation/teams', { method: 'POST', body }, mediationTeamDetailSchema);

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTeam,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['mediation'] }),
  });
}
