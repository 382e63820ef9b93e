import { pageSchema } from '@phoihop/shared/common';
import { organisationSchema } from '@phoihop/shared/organisations';
import type { OrganisationKind } from '@phoihop/shared/roles';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface OrganisationOption {
  value: string;
  label: string;
  kind: OrganisationKind;
}

/** The unit's active organisations (a ward has a few dozen at most), with their kind. */
export const listOrganisationOptions = () =>
  apiRequest(
    '/organisations',
    { query: { active: 'true', limit: 100 } },
    pageSchema(organisationSchema),
  );

export const organisationOptionsQueryOptions = () =>
  queryOptions({
    // Under the organisations feature's key so edits there refresh the pickers here.
    queryKey: ['organisations', 'options', 'cases'],
    queryFn: listOrganisationOptions,
    select: (page): OrganisationOption[] =>
      page.items.map((org) => ({
        value: org.id,
        label: org.shortName ?? org.name,
        kind: org.kind,
      })),
    staleTime: 5 * 60_000,
  });

export const useOrganisationOptions = () => useQuery(organisationOptionsQueryOptions());
