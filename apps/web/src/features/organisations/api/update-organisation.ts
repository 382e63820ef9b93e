import { organisationSchema, type UpdateOrganisationBody } from '@phoihop/shared/organisations';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const updateOrganisation = (input: {
  id: string;
  version: number;
  body: UpdateOrganisationBody;
}) =>
  apiRequest(
    `/organisations/${input.id}`,
    { method: 'PATCH', body: input.body, version: input.version },
    organisationSchema,
  );

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganisation,
    // Also after a VERSION_CONFLICT: reload so the next try starts from the current record.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}
