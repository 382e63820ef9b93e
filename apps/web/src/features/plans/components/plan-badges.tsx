import { Badge, Group, Progress, Text } from '@mantine/core';
import type { PlanItem, PlanStatus } from '@phoihop/shared/plans';
import { useTranslation } from 'react-i18next';

const planColors: Record<PlanStatus, string> = {
  DRAFT: 'gray',
  APPROVED: 'blue',
  IN_PROGRESS: 'teal',
  CLOSED: 'dark',
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={planColors[status]} variant="light">
      {t(`plans.status.${status}`)}
    </Badge>
  );
}

const taskColors: Record<PlanItem['status'], string> = {
  NOT_STARTED: 'gray',
  IN_PROGRESS: 'blue',
  DONE: 'teal',
  CANCELLED: 'dark',
};

export function TaskStatusBadge({ status }: { status: PlanItem['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={taskColors[status]} variant="light" tt="none">
      {t(`plans.taskStatus.${status}`)}
    </Badge>
  );
}

/** Red "Quá hạn" or orange "Sắp đến hạn"; nothing when on track. */
export function TimelinessBadge({ timeliness }: { timeliness: PlanItem['timeliness'] }) {
  const { t } = useTranslation();
  if (timeliness === 'overdue')
    return (
      <Badge color="red" variant="filled" tt="none">
        {t('plans.timeliness.overdue')}
      </Badge>
    );
  if (timeliness === 'due-soon')
    return (
      <Badge color="orange" variant="filled" tt="none">
        {t('plans.timeliness.dueSoon')}
      </Badge>
    );
  return null;
}

/** A labelled progress bar; "—" while nothing counts yet. */
export function ProgressBar(props: { value: number | null; label: string; w?: number | string }) {
  const value = props.value === null ? null : Math.round(props.value);
  return (
    <Group gap={6} wrap="nowrap" w={props.w ?? 140}>
      <Progress
        value={value ?? 0}
        color={value !== null && value >= 100 ? 'teal' : 'blue'}
        size="md"
        style={{ flex: 1 }}
        aria-label={props.label}
      />
      <Text size="xs" w={36} ta="right" c={value === null ? 'dimmed' : undefined}>
        {value === null ? '—' : `${value}%`}
      </Text>
    </Group>
  );
}
