import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type {
  BoardWarning,
  RecommendationStatus,
  SupervisionKind,
  SupervisionStatus,
} from '@phoihop/shared/supervision';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const statusColors: Record<SupervisionStatus, string> = {
  PLANNED: 'gray',
  IN_PROGRESS: 'blue',
  REPORTED: 'violet',
  FOLLOWING_UP: 'orange',
  CLOSED: 'teal',
};

// Badges never clipped by a narrow table column.
export function SupervisionStatusBadge({ status }: { status: SupervisionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light" tt="none" miw="max-content">
      {t(`supervision.statuses.${status}`)}
    </Badge>
  );
}

export function SupervisionKindBadge({ kind }: { kind: SupervisionKind }) {
  const { t } = useTranslation();
  return (
    <Badge color="indigo" variant="outline" tt="none" miw="max-content">
      {t(`supervision.kinds.${kind}`)}
    </Badge>
  );
}

const recommendationColors: Record<RecommendationStatus, string> = {
  UNANSWERED: 'yellow',
  ANSWERED: 'blue',
  IMPLEMENTING: 'cyan',
  IMPLEMENTED: 'teal',
  REJECTED: 'gray',
};

export function RecommendationStatusBadge({ status }: { status: RecommendationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={recommendationColors[status]} variant="light" tt="none" miw="max-content">
      {t(`supervision.recommendationStatuses.${status}`)}
    </Badge>
  );
}

/** Overdue in red; answered after the due day in orange. */
export function TimelinessBadge(props: { overdue: boolean; answeredLate: boolean | null }) {
  const { t } = useTranslation();
  if (props.overdue)
    return (
      <Badge
        color="red"
        variant="filled"
        tt="none"
        miw="max-content"
        leftSection={<IconAlertTriangle size={12} aria-hidden />}
        data-testid="overdue-badge"
      >
        {t('supervision.recommendations.overdue')}
      </Badge>
    );
  if (props.answeredLate)
    return (
      <Badge color="orange" variant="light" tt="none" miw="max-content">
        {t('supervision.recommendations.answeredLate')}
      </Badge>
    );
  return null;
}

/** What a standing board lacks (a head, too many deputies, an ended term), or that it is in order. */
export function BoardWarnings({ warnings }: { warnings: BoardWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0)
    return (
      <Text size="sm" c="teal" data-testid="board-complete">
        {t('supervision.boards.complete')}
      </Text>
    );
  return (
    <Tooltip
      label={t('supervision.boards.warningsHelp')}
      multiline
      w={300}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Group gap={4} data-testid="board-warnings" tabIndex={0}>
        {warnings.map((w) => (
          <Badge
            key={w}
            color="orange"
            variant="light"
            tt="none"
            leftSection={<IconAlertTriangle size={12} aria-hidden />}
          >
            {t(`supervision.boards.warnings.${w}`)}
          </Badge>
        ))}
      </Group>
    </Tooltip>
  );
}
