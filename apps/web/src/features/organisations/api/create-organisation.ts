import { organisationSchema, type CreateOrganisationBody } from '@phoihop/shared/organisations';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createOrganisation = (body: CreateOrganisationBody) =>
  apiRequest('/organisations', { method: 'POST', body }, organisationSchema);

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}
