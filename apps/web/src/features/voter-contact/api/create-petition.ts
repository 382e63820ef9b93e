import { voterPetitionSchema, type CreatePetitionBody } from '@phoihop/shared/voter-contact';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createPetition = (input: { meetingId: string; body: CreatePetitionBody }) =>
  apiRequest(
    `/voter-meetings/${input.meetingId}/petitions`,
    { method: 'POST', body: input.body },
    voterPetitionSchema,
  );

export function useCreatePetition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPetition,
    meta: { toast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['voter-contact'] }),
  });
}
