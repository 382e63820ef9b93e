import { pageSchema } from '@phoihop/shared/common';
import { receptionSessionSchema } from '@phoihop/shared/reception';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';

export interface SessionFilters {
  from?: string | undefined;
  to?: string | undefined;
  kind?: string | undefined;
}

export const listSessions = (filters: SessionFilters, cursor?: string) =>
  apiRequest(
    '/reception/sessions',
    { query: { limit: PAGE_SIZE, ...filters, cursor } },
    pageSchema(receptionSessionSchema),
  );

export const sessionsQueryOptions = (filters: SessionFilters) =>
  infiniteQueryOptions({
    queryKey: ['reception', 'sessions', 'list', filters],
    queryFn: ({ pageParam }) => listSessions(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useSessions = (filters: SessionFilters) =>
  useInfiniteQuery(sessionsQueryOptions(filters));
