import { userSchema, type CreateUserBody } from '@phoihop/shared/users';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createUser = (body: CreateUserBody) =>
  apiRequest('/users', { method: 'POST', body }, userSchema);

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
