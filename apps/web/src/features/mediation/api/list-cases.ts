import { pageSchema } from '@phoihop/shared/common';
import { mediationCaseSchema, type ListMediationCasesQuery } from '@phoihop/shared/mediation';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';

export type MediationCaseFilters = Partial<Omit<ListMediationCasesQuery, 'cursor' | 'limit'>>;

export const listCases = (filters: MediationCaseFilters, cursor?: string) =>
  apiRequest(
    '/mediation/cases',
    { query: { limit: PAGE_SIZE, ...filters, cursor } },
    pageSchema(mediationCaseSchema),
  );

export const casesQueryOptions = (filters: MediationCaseFilters) =>
  infiniteQueryOptions({
    queryKey: ['mediation', 'cases', 'list', filters],
    queryFn: ({ pageParam }) => listCases(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useMediationCases = (filters: MediationCaseFilters) =>
  useInfiniteQuery(casesQueryOptions(filters));
