import type { OrganisationKind } from '@phoihop/shared/roles';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { listOrganisations } from './list-organisations';

export interface OrganisationOption {
  value: string;
  /** The short name where there is one: pickers are narrow. */
  label: string;
  name: string;
  kind: OrganisationKind;
}

/**
 * The caller's unit's active organisations for every picker of the app (a ward has a few dozen
 * at most). One key under 'organisations', so edits on the admin screen refresh them all.
 */
export const organisationOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['organisations', 'options'],
    queryFn: () => listOrganisations({ active: true, limit: 100 }),
    select: (page): OrganisationOption[] =>
      page.items.map((org) => ({
        value: org.id,
        label: org.shortName ?? org.name,
        name: org.name,
        kind: org.kind,
      })),
    staleTime: 5 * 60_000,
  });

export const useOrganisationOptions = () => useQuery(organisationOptionsQueryOptions());
