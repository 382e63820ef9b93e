import { meSchema, type LoginBody, type Me } from '@phoihop/shared/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { meQueryKey, rememberMe } from '../../../lib/auth';

export async function login(body: LoginBody): Promise<Me> {
  const me = await apiRequest(
    '/auth/login',
    { method: 'POST', body, redirectOn401: false },
    meSchema,
  );
  rememberMe(me);
  return me;
}

export function useLogin(options: { onSuccess?: (me: Me) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryKey, me);
      options.onSuccess?.(me);
    },
    // The login page shows the reason in an alert rather than a toast.
    meta: { toast: false },
  });
}
