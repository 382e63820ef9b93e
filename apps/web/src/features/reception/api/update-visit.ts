import { receptionVisitSchema, type UpdateReceptionVisitBody } from '@phoihop/shared/reception';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateVisit = (input: {
  id: string;
  version: number;
  body: UpdateReceptionVisitBody;
}) =>
  apiRequest(
    `/reception/visits/${input.id}`,
    { method: 'PATCH', body: input.body, version: input.version },
    receptionVisitSchema,
  );

export function useUpdateVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateVisit,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['reception'] }),
  });
}
