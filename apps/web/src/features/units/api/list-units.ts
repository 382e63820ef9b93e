import { pageSchema } from '@phoihop/shared/common';
import { unitSchema } from '@phoihop/shared/units';
import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';
import type { UnitsSearch } from '../search-params';

const unitPageSchema = pageSchema(unitSchema);

export const listUnits = (filters: UnitsSearch & { limit?: number }, cursor?: string) =>
  apiRequest(
    '/units',
    { query: { limit: PAGE_SIZE, ...filters, active: filters.active?.toString(), cursor } },
    unitPageSchema,
  );

export const unitsQueryOptions = (filters: UnitsSearch) =>
  infiniteQueryOptions({
    queryKey: ['units', 'list', filters],
    queryFn: ({ pageParam }) => listUnits(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useUnits = (filters: UnitsSearch) => useInfiniteQuery(unitsQueryOptions(filters));

/** Candidate parent units for the form (provinces and cities: few). */
export const parentUnitOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['units', 'options'],
    queryFn: () => listUnits({ active: true, limit: 100 }),
    select: (page) => page.items.map((unit) => ({ value: unit.id, label: unit.name })),
  });

export const useParentUnitOptions = () => useQuery(parentUnitOptionsQueryOptions());
