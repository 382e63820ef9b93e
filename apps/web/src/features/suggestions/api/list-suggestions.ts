import { pageSchema } from '@phoihop/shared/common';
import { suggestionSchema } from '@phoihop/shared/suggestions';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';

export interface SuggestionFilters {
  q?: string | undefined;
  status?: string | undefined;
  field?: string | undefined;
  boxId?: string | undefined;
  openingId?: string | undefined;
  mine?: boolean | undefined;
}

export const listSuggestions = (filters: SuggestionFilters, cursor?: string) =>
  apiRequest(
    '/suggestions',
    { query: { limit: PAGE_SIZE, ...filters, cursor } },
    pageSchema(suggestionSchema),
  );

export const suggestionsQueryOptions = (filters: SuggestionFilters) =>
  infiniteQueryOptions({
    queryKey: ['suggestions', 'suggestions', 'list', filters],
    queryFn: ({ pageParam }) => listSuggestions(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useSuggestions = (filters: SuggestionFilters) =>
  useInfiniteQuery(suggestionsQueryOptions(filters));
