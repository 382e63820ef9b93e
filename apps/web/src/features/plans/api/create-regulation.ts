import { regulationSchema, type CreateRegulationBody } from '@phoihop/shared/plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createRegulation = (body: CreateRegulationBody) =>
  apiRequest('/regulations', { method: 'POST', body }, regulationSchema);

export function useCreateRegulation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRegulation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['regulations'] }),
  });
}
