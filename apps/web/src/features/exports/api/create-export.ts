import { exportJobSchema, type CreateExportBody, type ExportJob } from '@phoihop/shared/exports';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { exportsQueryKey } from './list-exports';

/** Queues an export of a list (202): the file is built in the background. */
export const createExport = (body: CreateExportBody) =>
  apiRequest('/exports', { method: 'POST', body }, exportJobSchema);

/** `onCreated` runs even if the screen that asked has gone meanwhile. */
export function useCreateExport(onCreated: (job: ExportJob) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExport,
    onSuccess: (job) => {
      onCreated(job);
      return queryClient.invalidateQueries({ queryKey: exportsQueryKey });
    },
  });
}
