import { pageSchema } from '@phoihop/shared/common';
import { draftSchema } from '@phoihop/shared/criticism';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';

export interface DraftFilters {
  q?: string | undefined;
  /** Open for comment today, nearest deadline first (otherwise newest submitted first). */
  open?: boolean | undefined;
}

export const listDrafts = (filters: DraftFilters, cursor?: string) =>
  apiRequest(
    '/drafts',
    { query: { limit: PAGE_SIZE, ...filters, cursor } },
    pageSchema(draftSchema),
  );

export const draftsQueryOptions = (filters: DraftFilters) =>
  infiniteQueryOptions({
    queryKey: ['criticism', 'drafts', 'list', filters],
    queryFn: ({ pageParam }) => listDrafts(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useDrafts = (filters: DraftFilters, options: { enabled?: boolean } = {}) =>
  useInfiniteQuery({ ...draftsQueryOptions(filters), enabled: options.enabled ?? true });
