import type { ResetPasswordBody } from '@phoihop/shared/users';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The user must change it at next login; this also lifts a lockout. */
export const resetPassword = (input: { id: string; body: ResetPasswordBody }) =>
  apiRequest(`/users/${input.id}/reset-password`, { method: 'POST', body: input.body });

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
