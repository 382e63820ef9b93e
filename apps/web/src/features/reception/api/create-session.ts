import { receptionSessionSchema, type CreateReceptionSessionBody } from '@phoihop/shared/reception';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createSession = (body: CreateReceptionSessionBody) =>
  apiRequest('/reception/sessions', { method: 'POST', body }, receptionSessionSchema);

export function useCreateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reception'] }),
  });
}
