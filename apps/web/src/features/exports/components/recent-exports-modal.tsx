import { Badge, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import type { ExportJob, ExportStatus } from '@phoihop/shared/exports';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/dates';
import { useExports } from '../api/list-exports';
import { ExportJobState } from './export-job-state';

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
      <ExportJobState job={job} />
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
