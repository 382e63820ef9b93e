import { userSchema, type UpdateUserBody } from '@phoihop/shared/users';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateUser = (input: { id: string; version: number; body: UpdateUserBody }) =>
  apiRequest(
    `/users/${input.id}`,
    { method: 'PATCH', body: input.body, version: input.version },
    userSchema,
  );

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    // Also after a VERSION_CONFLICT: reload so the next try starts from the current record.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
