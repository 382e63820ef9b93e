import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Signs the account out on every device (lost phone, suspected break-in); it may sign in again. */
export const endUserSessions = (id: string) =>
  apiRequest(`/users/${id}/sessions/end`, { method: 'POST' });

export function useEndUserSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endUserSessions,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
