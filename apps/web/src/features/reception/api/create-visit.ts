import { receptionVisitSchema, type CreateReceptionVisitBody } from '@phoihop/shared/reception';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createVisit = (input: { sessionId: string; body: CreateReceptionVisitBody }) =>
  apiRequest(
    `/reception/sessions/${input.sessionId}/visits`,
    { method: 'POST', body: input.body },
    receptionVisitSchema,
  );

export function useCreateVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createVisit,
    // The session's citizen count and the year's totals change too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reception'] }),
  });
}
