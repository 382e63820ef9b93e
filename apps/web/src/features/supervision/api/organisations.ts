import { pageSchema } from '@phoihop/shared/common';
import { organisationSchema } from '@phoihop/shared/organisations';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The unit's active organisations with their kind: leads, co-organisers, addressees. */
export const supervisionOrganisationsQueryOptions = () =>
  queryOptions({
    // Under the organisations feature's key so edits there refresh these pickers.
    queryKey: ['organisations', 'options', 'supervision'],
    queryFn: () =>
      apiRequest(
        '/organisations',
        { query: { active: 'true', limit: 100 } },
        pageSchema(organisationSchema),
      ),
    select: (page) => page.items,
    staleTime: 5 * 60_000,
  });

export const useSupervisionOrganisations = () => useQuery(supervisionOrganisationsQueryOptions());
