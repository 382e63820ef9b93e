import { receptionSessionSchema, type UpdateReceptionSessionBody } from '@phoihop/shared/reception';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateSession = (input: {
  id: string;
  version: number;
  body: UpdateReceptionSessionBody;
}) =>
  apiRequest(
    `/reception/sessions/${input.id}`,
    { method: 'PATCH', body: input.body, version: input.version },
    receptionSessionSchema,
  );

export function useUpdateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSession,
    // Also after a version conflict: the form then shows what the other person saved.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['reception'] }),
  });
}
