import { Badge, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import type { ExportJob, ExportStatus } from '@phoihop/shared/exports';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/dates';
import { isExportRunning } from '../api/get-export';
import { useExports } from '../api/list-exports';
import { ExportFileLink } from './export-file-link';
import { ExportProgress } from './export-progress';

const statusColor: Record<ExportStatus, string> = {
  QUEUED: 'gray',
  RUNNING: 'blue',
  DONE: 'teal',
  FAILED: 'red',
};

function ExportRow({ job }: { job: ExportJob }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" data-testid="export-row">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={500}>
          {t(`exports.lists.${job.list}`)} · {t(`exports.formats.${job.format}`)}
        </Text>
        <Badge color={statusColor[job.status]} variant="light">
          {t(`exports.status.${job.status}`)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {formatDateTime(job.createdAt)}
      </Text>
      {isExportRunning(job) && <ExportProgress job={job} />}
      {job.status === 'DONE' && <ExportFileLink job={job} />}
      {job.status === 'FAILED' && (
        <Text size="sm" c="red">
          {job.error ?? t('exports.failed')}
        </Text>
      )}
    </Paper>
  );
}

/** "Tệp đã xuất": the reader's recent exports, to save a file again or see why one failed. */
export function RecentExportsModal(props: { onClose: () => void }) {
  const { t } = useTranslation();
  const query = useExports();
  const jobs = query.data?.items ?? [];
  return (
    <Modal opened onClose={props.onClose} title={t('exports.recent')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('exports.recentIntro')}
        </Text>
        <QueryState
          isPending={query.isPending}
          error={query.error}
          isEmpty={jobs.length === 0}
          emptyText={t('exports.recentEmpty')}
          onRetry={() => void query.refetch()}
        />
        {jobs.map((job) => (
          <ExportRow key={job.id} job={job} />
        ))}
      </Stack>
    </Modal>
  );
}
