import { pageSchema } from '@phoihop/shared/common';
import { caseSummarySchema, type ListCasesQuery } from '@phoihop/shared/cases';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';
import type { CasesSearch } from '../search-params';

export type CaseFilters = Partial<Omit<ListCasesQuery, 'cursor' | 'limit'>>;

/** The URL's filters in the API's words. */
export const caseFiltersOf = (search: CasesSearch): CaseFilters => ({
  q: search.q,
  scope: search.scope,
  state: search.state,
  status: search.status,
  kind: search.kind,
  field: search.field,
  channel: search.channel,
  organisationId: search.org,
  from: search.from,
  to: search.to,
  sort: search.sort,
});

export const listCases = (filters: CaseFilters, cursor?: string, limit = PAGE_SIZE) =>
  apiRequest('/cases', { query: { limit, ...filters, cursor } }, pageSchema(caseSummarySchema));

export const casesQueryOptions = (filters: CaseFilters) =>
  infiniteQueryOptions({
    queryKey: ['cases', 'list', filters],
    queryFn: ({ pageParam }) => listCases(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useCases = (filters: CaseFilters, enabled = true) =>
  useInfiniteQuery({ ...casesQueryOptions(filters), enabled });
