import { pageSchema } from '@phoihop/shared/common';
import {
  boardDetailSchema,
  boardSchema,
  type CreateBoardBody,
  type UpdateBoardBody,
} from '@phoihop/shared/supervision';
import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';
import { useSupervisionMutation } from './supervisions';

export interface BoardFilters {
  q?: string | undefined;
  kind?: string | undefined;
}

export const boardsQueryOptions = (filters: BoardFilters) =>
  infiniteQueryOptions({
    queryKey: ['supervision', 'boards', 'list', filters],
    queryFn: ({ pageParam }) =>
      apiRequest(
        '/supervision-boards',
        { query: { limit: PAGE_SIZE, ...filters, cursor: pageParam } },
        pageSchema(boardSchema),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useBoards = (filters: BoardFilters) => useInfiniteQuery(boardsQueryOptions(filters));

export const boardQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['supervision', 'boards', 'one', id],
    queryFn: () => apiRequest(`/supervision-boards/${id}`, {}, boardDetailSchema),
  });

export const useBoard = (id: string) => useQuery(boardQueryOptions(id));

export const useCreateBoard = () =>
  useSupervisionMutation((body: CreateBoardBody) =>
    apiRequest('/supervision-boards', { method: 'POST', body }, boardDetailSchema),
  );

export const useUpdateBoard = () =>
  useSupervisionMutation((input: { id: string; version: number; body: UpdateBoardBody }) =>
    apiRequest(
      `/supervision-boards/${input.id}`,
      { method: 'PATCH', body: input.body, version: input.version },
      boardDetailSchema,
    ),
  );
