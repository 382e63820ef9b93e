import { exportJobSchema, type ExportJob } from '@phoihop/shared/exports';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { apiRequest, buildUrl } from '../../../lib/api-client';

/** How often a job still being built is asked about. */
export const POLL_MS = 1000;

export const isExportRunning = (job: ExportJob) =>
  job.status === 'QUEUED' || job.status === 'RUNNING';

export const getExport = (id: string) => apiRequest(`/exports/${id}`, {}, exportJobSchema);

export const exportJobQueryOptions = (job: ExportJob) =>
  queryOptions({
    queryKey: ['exports', 'one', job.id],
    queryFn: () => getExport(job.id),
    initialData: job,
    // The job as queued is already old news: ask at once, then while it runs.
    initialDataUpdatedAt: 0,
    refetchInterval: (query) =>
      query.state.data && isExportRunning(query.state.data) ? POLL_MS : false,
  });

/**
 * Follows a job until it is done or failed. The client is passed in because the progress lives
 * in a notification, rendered outside the app's QueryClientProvider.
 */
export const useExportJob = (job: ExportJob, queryClient: QueryClient) =>
  useQuery(exportJobQueryOptions(job), queryClient);

/** The finished file: a plain same-origin link, so the browser saves it with the session cookie. */
export const exportFileUrl = (id: string) => buildUrl(`/exports/${id}/file`);
