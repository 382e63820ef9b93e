import { Divider, Drawer, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { taskStatuses, type PlanItem } from '@phoihop/shared/plans';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { useUpdateTaskStatus } from '../api/update-task-status';
import { orgNames } from './org-names';
import { ProgressBar, TaskStatusBadge, TimelinessBadge } from './plan-badges';
import { ProgressForm } from './progress-form';
import { TaskTimeline } from './task-timeline';

/** A task's details, history and — for its organisations — the progress report form. */
export function TaskDrawer(props: { task: PlanItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const { task } = props;
  return (
    <Drawer
      opened={task !== null}
      onClose={props.onClose}
      position="right"
      size={isPhone ? '100%' : 'xl'}
      title={task ? `${task.code} ${task.title}` : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {task && <TaskDetails task={task} />}
    </Drawer>
  );
}

function Fact(props: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {props.label}
      </Text>
      <Text size="sm" component="div">
        {props.children}
      </Text>
    </div>
  );
}

function TaskDetails({ task }: { task: PlanItem }) {
  const { t } = useTranslation();
  const status = useUpdateTaskStatus();
  const due = task.nextDueOn ?? task.dueDate;
  return (
    <Stack gap="md" data-testid="task-drawer">
      <Group gap="xs">
        <TaskStatusBadge status={task.status} />
        <TimelinessBadge timeliness={task.timeliness} />
      </Group>
      <ProgressBar value={task.progress} label={t('plans.progress')} w="100%" />
      {task.description && <Text size="sm">{task.description}</Text>}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Fact label={t('plans.item.lead')}>{task.lead?.name ?? '—'}</Fact>
        <Fact label={t('plans.item.partners')}>{orgNames(task.partners) || '—'}</Fact>
        <Fact label={t('plans.item.startDate')}>
          {task.startDate ? formatDate(task.startDate) : '—'}
        </Fact>
        <Fact label={t('plans.item.dueDate')}>{due ? formatDate(due) : '—'}</Fact>
        <Fact label={t('plans.item.recurrence')}>{t(`plans.recurrence.${task.recurrence}`)}</Fact>
        <Fact label={t('plans.item.expectedOutput')}>{task.expectedOutput ?? '—'}</Fact>
        {task.targetValue !== null && (
          <Fact label={t('plans.item.targetValue')}>
            {t('plans.item.achievedOfTarget', {
              achieved: task.achievedValue ?? 0,
              target: task.targetValue,
              unit: task.targetUnit ?? '',
            })}
          </Fact>
        )}
      </SimpleGrid>
      {task.can.updateStatus && (
        <Select
          label={t('plans.item.changeStatus')}
          allowDeselect={false}
          data={taskStatuses
            .filter((s) => s !== 'CANCELLED')
            .map((s) => ({ value: s, label: t(`plans.taskStatus.${s}`) }))}
          value={task.status}
          disabled={status.isPending}
          onChange={(value) => {
            if (value && value !== task.status)
              status.mutate(
                { id: task.id, version: task.version, status: value },
                {
                  onSuccess: () =>
                    notifications.show({ color: 'teal', message: t('common.saved') }),
                },
              );
          }}
          maw={280}
        />
      )}
      {task.can.postProgress && (
        <>
          <Divider />
          <ProgressForm key={task.id} task={task} />
        </>
      )}
      <Divider />
      <Title order={3} size="h5">
        {t('plans.timeline.title')}
      </Title>
      <TaskTimeline taskId={task.id} unit={task.targetUnit} />
    </Stack>
  );
}
