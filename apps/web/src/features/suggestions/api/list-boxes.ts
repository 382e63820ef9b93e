import { pageSchema } from '@phoihop/shared/common';
import { suggestionBoxSchema } from '@phoihop/shared/suggestions';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';

export const listBoxes = (cursor?: string) =>
  apiRequest(
    '/suggestion-boxes',
    { query: { limit: PAGE_SIZE, cursor } },
    pageSchema(suggestionBoxSchema),
  );

export const boxesQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['suggestions', 'boxes', 'list'],
    queryFn: ({ pageParam }) => listBoxes(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useBoxes = () => useInfiniteQuery(boxesQueryOptions());
