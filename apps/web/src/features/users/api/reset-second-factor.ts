import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Removes the user's authenticator; they set one up again at next sign-in. */
export const resetSecondFactor = (id: string) =>
  apiRequest(`/users/${id}/second-factor/reset`, { method: 'POST' });

export function useResetSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetSecondFactor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
