import type { AnswerBody } from '@phoihop/shared/follow-ups';
import { voterPetitionSchema } from '@phoihop/shared/voter-contact';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const answerPetition = (input: { id: string; version: number; body: AnswerBody }) =>
  apiRequest(
    `/voter-petitions/${input.id}/answer`,
    { method: 'PUT', body: input.body, version: input.version },
    voterPetitionSchema,
  );

export function useAnswerPetition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerPetition,
    meta: { toast: false },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['voter-contact'] }),
  });
}
