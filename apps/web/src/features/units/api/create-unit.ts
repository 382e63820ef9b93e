import { unitSchema, type CreateUnitBody } from '@phoihop/shared/units';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createUnit = (body: CreateUnitBody) =>
  apiRequest('/units', { method: 'POST', body }, unitSchema);

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }),
  });
}
