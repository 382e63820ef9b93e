import { pageSchema } from '@phoihop/shared/common';
import {
  supervisionDetailSchema,
  supervisionSchema,
  type ChangeSupervisionStatusBody,
  type CreateSupervisionBody,
  type RecordReportBody,
  type UpdateSupervisionBody,
} from '@phoihop/shared/supervision';
import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { nextPageParam, PAGE_SIZE } from '../../../lib/pagination';

export interface SupervisionFilters {
  q?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  year?: number | undefined;
  boardId?: string | undefined;
}

export const supervisionsQueryOptions = (filters: SupervisionFilters) =>
  infiniteQueryOptions({
    queryKey: ['supervision', 'supervisions', 'list', filters],
    queryFn: ({ pageParam }) =>
      apiRequest(
        '/supervisions',
        { query: { limit: PAGE_SIZE, ...filters, cursor: pageParam } },
        pageSchema(supervisionSchema),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });

export const useSupervisions = (filters: SupervisionFilters) =>
  useInfiniteQuery(supervisionsQueryOptions(filters));

export const supervisionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['supervision', 'supervisions', 'one', id],
    queryFn: () => apiRequest(`/supervisions/${id}`, {}, supervisionDetailSchema),
  });

export const useSupervision = (id: string) => useQuery(supervisionQueryOptions(id));

/** Every write refreshes the whole area: counts on lists, boards and the home card follow. */
export function useSupervisionMutation<TInput, TOutput>(fn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // Also after a version conflict: the page then shows what the other person saved.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['supervision'] }),
  });
}

export const useCreateSupervision = () =>
  useSupervisionMutation((body: CreateSupervisionBody) =>
    apiRequest('/supervisions', { method: 'POST', body }, supervisionDetailSchema),
  );

export const useUpdateSupervision = () =>
  useSupervisionMutation((input: { id: string; version: number; body: UpdateSupervisionBody }) =>
    apiRequest(
      `/supervisions/${input.id}`,
      { method: 'PATCH', body: input.body, version: input.version },
      supervisionDetailSchema,
    ),
  );

export const useChangeSupervisionStatus = () =>
  useSupervisionMutation(
    (input: { id: string; version: number; body: ChangeSupervisionStatusBody }) =>
      apiRequest(
        `/supervisions/${input.id}/status`,
        { method: 'POST', body: input.body, version: input.version },
        supervisionDetailSchema,
      ),
  );

export const useRecordReport = () =>
  useSupervisionMutation((input: { id: string; version: number; body: RecordReportBody }) =>
    apiRequest(
      `/supervisions/${input.id}/report`,
      { method: 'PUT', body: input.body, version: input.version },
      supervisionDetailSchema,
    ),
  );
