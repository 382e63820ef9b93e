import { Badge, Text } from '@mantine/core';
import { todayInVietnam } from '@phoihop/shared/dates';
import type { CommentResponse, Draft, DraftPhase } from '@phoihop/shared/criticism';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

const phaseColors: Record<DraftPhase, string> = {
  OPEN: 'green',
  CLOSED: 'orange',
  CONSOLIDATED: 'blue',
};

const responseColors: Record<CommentResponse, string> = {
  PENDING: 'gray',
  ACCEPTED: 'teal',
  EXPLAINED: 'indigo',
};

export function PhaseBadge({ phase }: { phase: DraftPhase }) {
  const { t } = useTranslation();
  return (
    <Badge color={phaseColors[phase]} variant="light" tt="none" miw="max-content">
      {t(`criticism.phases.${phase}`)}
    </Badge>
  );
}

export function ResponseBadge({ response }: { response: CommentResponse }) {
  const { t } = useTranslation();
  return (
    <Badge color={responseColors[response]} variant="light" tt="none" miw="max-content">
      {t(`criticism.responses.${response}`)}
    </Badge>
  );
}

/** Days left to comment (the deadline day included), while the draft is open. */
export function DeadlineCountdown({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  if (draft.phase !== 'OPEN') {
    return draft.phase === 'CLOSED' ? (
      <Text size="sm" c="dimmed">
        {t('criticism.countdown.passed')}
      </Text>
    ) : null;
  }
  const days = dayjs(draft.commentDeadline).diff(dayjs(todayInVietnam()), 'day');
  return (
    <Text size="sm" fw={600} c={days <= 2 ? 'red' : 'green'}>
      {days <= 0 ? t('criticism.countdown.today') : t('criticism.countdown.days', { count: days })}
    </Text>
  );
}

export const draftingBodyOf = (draft: Draft) =>
  draft.draftingOrganisation?.shortName ?? draft.draftingOrganisation?.name ?? draft.draftingBody;
