import { pageSchema } from '@phoihop/shared/common';
import { taskRowSchema, type ListTasksQuery } from '@phoihop/shared/plans';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';

export type TaskFilters = Partial<Omit<ListTasksQuery, 'cursor'>>;

export const listTasks = (filters: TaskFilters, cursor?: string) =>
  apiRequest(
    '/tasks',
    { query: { limit: PAGE_SIZE, ...filters, cursor } },
    pageSchema(taskRowSchema),
  );

export const tasksQueryOptions = (filters: TaskFilters) =>
  infiniteQueryOptions({
    queryKey: ['plans', 'tasks', filters],
    queryFn: ({ pageParam }) => listTasks(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useTasks = (filters: TaskFilters, enabled = true) =>
  useInfiniteQuery({ ...tasksQueryOptions(filters), enabled });
