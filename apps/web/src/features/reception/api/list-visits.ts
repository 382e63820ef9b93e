import { pageSchema } from '@phoihop/shared/common';
import { receptionVisitSchema } from '@phoihop/shared/reception';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam } from '../../../lib/pagination';

// A session rarely receives more than a few dozen citizens: one page usually holds them all.
const VISITS_PAGE = 100;

export const listVisits = (sessionId: string, cursor?: string) =>
  apiRequest(
    `/reception/sessions/${sessionId}/visits`,
    { query: { limit: VISITS_PAGE, cursor } },
    pageSchema(receptionVisitSchema),
  );

export const visitsQueryOptions = (sessionId: string) =>
  infiniteQueryOptions({
    queryKey: ['reception', 'visits', 'session', sessionId],
    queryFn: ({ pageParam }) => listVisits(sessionId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useVisits = (sessionId: string) => useInfiniteQuery(visitsQueryOptions(sessionId));
