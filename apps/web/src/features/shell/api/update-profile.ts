import { meSchema, type Locale } from '@phoihop/shared/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { meQueryKey, rememberMe } from '../../../lib/auth';

export async function updateProfile(body: { locale: Locale }) {
  const me = await apiRequest('/auth/profile', { method: 'PATCH', body }, meSchema);
  rememberMe(me);
  return me;
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
