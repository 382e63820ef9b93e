import { Stack, Text } from '@mantine/core';
import { notificationsStore, updateNotificationsState } from '@mantine/notifications';
import type { ExportJob } from '@phoihop/shared/exports';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFileUrl, isExportRunning, useExportJob } from '../api/get-export';
import { exportsQueryKey } from '../api/list-exports';
import { ExportJobState } from './export-job-state';

export const exportNoticeId = (jobId: string) => `export-${jobId}`;

/** The colour of the notice's bar as the job ends (the rest of the notice stays as it is). */
function paint(jobId: string, color: string) {
  updateNotificationsState(notificationsStore, (list) =>
    list.map((n) => (n.id === exportNoticeId(jobId) ? { ...n, color } : n)),
  );
}

/** Saves a finished file the way a click on its link would. */
function saveFile(job: ExportJob) {
  const link = document.createElement('a');
  link.href = exportFileUrl(job.id);
  link.download = job.fileName ?? '';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * The body of an export's notification: progress while the file is built, then the file (saved
 * once by itself, the link stays to save it again), or why it failed.
 */
export function ExportNotice(props: { job: ExportJob; queryClient: QueryClient }) {
  const { t } = useTranslation();
  const { data: job, error } = useExportJob(props.job, props.queryClient);
  const saved = useRef(false);
  useEffect(() => {
    if (job.status === 'DONE' || job.status === 'FAILED') {
      void props.queryClient.invalidateQueries({ queryKey: exportsQueryKey });
      paint(job.id, job.status === 'DONE' ? 'teal' : 'red');
    }
    if (job.status === 'DONE' && !saved.current) {
      saved.current = true;
      saveFile(job);
    }
  }, [job, props.queryClient]);
  return (
    <Stack gap={2} role="status" aria-live="polite" data-testid="export-notice">
      <Text size="sm">{t(`exports.status.${job.status}`)}</Text>
      {error && (
        <Text size="sm" c="red">
          {error.message}
        </Text>
      )}
      {/* A job that can no longer be read is not said to be still running. */}
      {!(error && isExportRunning(job)) && (
        <ExportJobState job={job} runningHint={t('exports.keepWorking')} />
      )}
    </Stack>
  );
}
