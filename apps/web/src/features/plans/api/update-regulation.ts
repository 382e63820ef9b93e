import { regulationSchema, type UpdateRegulationBody } from '@phoihop/shared/plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateRegulation = (input: {
  id: string;
  version: number;
  body: UpdateRegulationBody;
}) =>
  apiRequest(
    `/regulations/${input.id}`,
    { method: 'PATCH', body: input.body, version: input.version },
    regulationSchema,
  );

export function useUpdateRegulation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRegulation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['regulations'] }),
  });
}
