import { searchResultSchema } from '@phoihop/shared/search';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const searchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['search', q],
    queryFn: ({ signal }) => apiRequest('/search', { query: { q }, signal }, searchResultSchema),
    staleTime: 30_000,
  });

/** Asks only from two characters on, keeping the last answer while the next one loads. */
export const useSearch = (q: string) =>
  useQuery({ ...searchQueryOptions(q), enabled: q.length >= 2, placeholderData: keepPreviousData });
