import { pageSchema } from '@phoihop/shared/common';
import { organisationSchema } from '@phoihop/shared/organisations';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The unit's active organisations: the bodies a petition may be sent to. */
export const listOrganisationOptions = () =>
  apiRequest(
    '/organisations',
    { query: { active: 'true', limit: 100 } },
    pageSchema(organisationSchema),
  );

export const organisationOptionsQueryOptions = () =>
  queryOptions({
    // Under the organisations feature's key so edits there refresh this picker.
    queryKey: ['organisations', 'options', 'voter-contact'],
    queryFn: listOrganisationOptions,
    select: (page) =>
      page.items.map((org) => ({ value: org.id, label: org.shortName ?? org.name })),
    staleTime: 5 * 60_000,
  });

export const useOrganisationOptions = () => useQuery(organisationOptionsQueryOptions());
