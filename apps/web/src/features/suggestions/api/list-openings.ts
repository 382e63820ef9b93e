import { pageSchema } from '@phoihop/shared/common';
import { boxOpeningSchema } from '@phoihop/shared/suggestions';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';

export const listOpenings = (boxId: string | undefined, cursor?: string) =>
  apiRequest(
    '/box-openings',
    { query: { limit: PAGE_SIZE, boxId, cursor } },
    pageSchema(boxOpeningSchema),
  );

export const openingsQueryOptions = (boxId: string | undefined) =>
  infiniteQueryOptions({
    queryKey: ['suggestions', 'openings', 'list', { boxId }],
    queryFn: ({ pageParam }) => listOpenings(boxId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useOpenings = (boxId: string | undefined) =>
  useInfiniteQuery(openingsQueryOptions(boxId));
