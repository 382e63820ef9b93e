import { voterPetitionSchema, type SendPetitionBody } from '@phoihop/shared/voter-contact';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Classifies the petition and sends it to the body that must answer it. */
export const sendPetition = (input: { id: string; version: number; body: SendPetitionBody }) =>
  apiRequest(
    `/voter-petitions/${input.id}/send`,
    { method: 'POST', body: input.body, version: input.version },
    voterPetitionSchema,
  );

export function useSendPetition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendPetition,
    meta: { toast: false },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['voter-contact'] }),
  });
}
