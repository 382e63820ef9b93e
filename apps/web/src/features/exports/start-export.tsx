import { notifications } from '@mantine/notifications';
import type { ExportFormat, ExportJob, ExportList } from '@phoihop/shared/exports';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCreateExport } from './api/create-export';
import { ExportNotice, exportNoticeId } from './components/export-notice';

/**
 * Starts an export and follows it in a notification that stays until closed, so the user keeps
 * working (and may leave the page) while the file is built. A refused start (bad filter, no
 * access) shows the API's message as every failed write does.
 */
export function useStartExport() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const follow = (job: ExportJob) =>
    notifications.show({
      id: exportNoticeId(job.id),
      // Down in the corner: the page's own header actions (export again, the user menu) stay free.
      position: 'bottom-right',
      color: 'blue',
      title: t('exports.noticeTitle', {
        list: t(`exports.lists.${job.list}`),
        format: t(`exports.formats.${job.format}`),
      }),
      message: <ExportNotice job={job} queryClient={queryClient} />,
      autoClose: false,
      closeButtonProps: { 'aria-label': t('common.close') },
    });
  const create = useCreateExport(follow);
  const start = (
    request: { list: ExportList; format: ExportFormat; query: Record<string, string> },
    onStarted?: () => void,
  ) => create.mutate(request, { onSuccess: onStarted });
  return { start, isPending: create.isPending };
}
