import { planSchema, type UpdateAssessmentBody } from '@phoihop/shared/plans';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateAssessment = (input: {
  id: string;
  version: number;
  body: UpdateAssessmentBody;
}) =>
  apiRequest(
    `/plans/${input.id}/assessment`,
    { method: 'PUT', body: input.body, version: input.version },
    planSchema,
  );

export function useUpdateAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAssessment,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['plans'] }),
  });
}
