import { mediationTeamDetailSchema, type UpdateMediationTeamBody } from '@phoihop/shared/mediation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateTeam = (input: { id: string; version: number; body: UpdateMediationTeamBody }) =>
  apiRequest(
    `/mediation/teams/${input.id}`,
    { method: 'PATCH', body: input.body, version: input.version },
    mediationTeamDetailSchema,
  );

export function useUpdateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTeam,
    // Also after a version conflict: the page then shows what the other person saved.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['mediation'] }),
  });
}
