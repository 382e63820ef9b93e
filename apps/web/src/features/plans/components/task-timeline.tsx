import { Group, Stack, Text, Timeline } from '@mantine/core';
import type { TimelineEntry } from '@phoihop/shared/plans';
import { useTranslation } from 'react-i18next';
import { AttachmentLink } from '../../../components/ui/attachment-link';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useTimeline } from '../api/get-timeline';
import { TaskStatusBadge } from './plan-badges';

export function TaskTimeline(props: { taskId: string; unit: string | null }) {
  const { t } = useTranslation();
  const query = useTimeline(props.taskId);
  const entries = query.data ?? [];
  return (
    <>
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={entries.length === 0}
        emptyText={t('plans.timeline.empty')}
      />
      {entries.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} data-testid="task-timeline">
          {entries.map((entry) => (
            <Timeline.Item key={entry.id} title={<EntryTitle entry={entry} />}>
              <EntryBody entry={entry} unit={props.unit} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </>
  );
}

function EntryTitle({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Text fw={600} size="sm">
        {t(`plans.timeline.types.${entry.type}`)}
      </Text>
      <Text size="xs" c="dimmed">
        {entry.date ? formatDate(entry.date) : formatDateTime(entry.at)}
        {entry.actor && ` · ${entry.actor.fullName}`}
        {entry.organisation && ` (${entry.organisation.shortName ?? entry.organisation.name})`}
      </Text>
    </Group>
  );
}

function EntryBody({ entry, unit }: { entry: TimelineEntry; unit: string | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {entry.contribution && (
        <Text size="xs" fs="italic" data-testid="timeline-contribution">
          {t('plans.timeline.contribution')}
        </Text>
      )}
      {entry.text && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {entry.text}
        </Text>
      )}
      {entry.achievedValue !== null && (
        <Text size="sm">
          {t('plans.timeline.achieved', { value: entry.achievedValue, unit: unit ?? '' })}
        </Text>
      )}
      {entry.reportedPercent !== null && (
        <Text size="sm">{t('plans.timeline.percent', { value: entry.reportedPercent })}</Text>
      )}
      {entry.status && <TaskStatusBadge status={entry.status} />}
      {entry.attachments.map((file) => (
        <AttachmentLink key={file.id} file={file} />
      ))}
    </Stack>
  );
}
