import { pageSchema } from '@phoihop/shared/common';
import { userSchema } from '@phoihop/shared/users';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';
import type { UsersSearch } from '../search-params';

const userPageSchema = pageSchema(userSchema);

export const listUsers = (filters: UsersSearch, cursor?: string) =>
  apiRequest(
    '/users',
    { query: { ...filters, active: filters.active?.toString(), limit: PAGE_SIZE, cursor } },
    userPageSchema,
  );

export const usersQueryOptions = (filters: UsersSearch) =>
  infiniteQueryOptions({
    queryKey: ['users', 'list', filters],
    queryFn: ({ pageParam }) => listUsers(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useUsers = (filters: UsersSearch) => useInfiniteQuery(usersQueryOptions(filters));
