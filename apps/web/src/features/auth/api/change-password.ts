import type { ChangePasswordBody } from '@phoihop/shared/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';

export const changePassword = (body: ChangePasswordBody) =>
  apiRequest('/auth/change-password', { method: 'POST', body });

export function useChangePassword(options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: async () => {
      // The session is kept; reload it so `mustChangePassword` clears.
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      options.onSuccess?.();
    },
  });
}
