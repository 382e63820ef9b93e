import { listExportJobsSchema } from '@phoihop/shared/exports';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { isExportRunning, POLL_MS } from './get-export';

export const exportsQueryKey = ['exports', 'list'] as const;

/** The reader's own recent export jobs, newest first. */
export const listExports = () => apiRequest('/exports', {}, listExportJobsSchema);

export const exportsQueryOptions = () =>
  queryOptions({
    queryKey: exportsQueryKey,
    queryFn: listExports,
    staleTime: 0,
    // Keeps following the files still being built while the list is open.
    refetchInterval: (query) => (query.state.data?.items.some(isExportRunning) ? POLL_MS : false),
  });

export const useExports = () => useQuery(exportsQueryOptions());
