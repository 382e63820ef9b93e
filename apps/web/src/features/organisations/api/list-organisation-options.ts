import { queryOptions, useQuery } from '@tanstack/react-query';
import { listOrganisations } from './list-organisations';

/** The caller's unit's active organisations, for pickers (a ward has a few dozen at most). */
export const organisationOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['organisations', 'options'],
    queryFn: () => listOrganisations({ active: true, limit: 100 }),
    select: (page) => page.items.map((org) => ({ value: org.id, label: org.name })),
    staleTime: 5 * 60_000,
  });

export const useOrganisationOptions = () => useQuery(organisationOptionsQueryOptions());
