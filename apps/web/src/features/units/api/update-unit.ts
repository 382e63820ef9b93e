import { unitSchema, type UpdateUnitBody } from '@phoihop/shared/units';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateUnit = (input: { id: string; version: number; body: UpdateUnitBody }) =>
  apiRequest(
    `/units/${input.id}`,
    { method: 'PATCH', body: input.body, version: input.version },
    unitSchema,
  );

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUnit,
    // Also after a VERSION_CONFLICT: reload so the next try starts from the current record.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['units'] }),
  });
}
