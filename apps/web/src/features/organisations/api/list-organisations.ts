import { pageSchema } from '@phoihop/shared/common';
import { organisationSchema } from '@phoihop/shared/organisations';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';
import type { OrganisationsSearch } from '../search-params';

export const organisationPageSchema = pageSchema(organisationSchema);

export const listOrganisations = (
  filters: OrganisationsSearch & { limit?: number },
  cursor?: string,
) =>
  apiRequest(
    '/organisations',
    { query: { limit: PAGE_SIZE, ...filters, active: filters.active?.toString(), cursor } },
    organisationPageSchema,
  );

export const organisationsQueryOptions = (filters: OrganisationsSearch) =>
  infiniteQueryOptions({
    queryKey: ['organisations', 'list', filters],
    queryFn: ({ pageParam }) => listOrganisations(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useOrganisations = (filters: OrganisationsSearch) =>
  useInfiniteQuery(organisationsQueryOptions(filters));
