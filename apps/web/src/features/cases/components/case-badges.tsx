import { Badge, Text } from '@mantine/core';
import type { CaseKind, CaseStatus } from '@phoihop/shared/case-clocks';
import type { CaseSummary } from '@phoihop/shared/cases';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';

// A badge in a table cell otherwise shrinks to an ellipsis: its words are the point.
const fullWidth = { minWidth: 'max-content' };

const statusColors: Record<CaseStatus, string> = {
  RECEIVED: 'blue',
  ACCEPTED: 'indigo',
  VERIFYING: 'violet',
  DIALOGUE: 'grape',
  DECIDED: 'teal',
  CLOSED: 'dark',
  DECLINED: 'gray',
  FORWARDED: 'cyan',
  GUIDED: 'cyan',
  FILED: 'gray',
  DUPLICATE: 'gray',
  WITHDRAWN: 'gray',
};

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light" tt="none" style={fullWidth}>
      {t(`cases.statuses.${status}`)}
    </Badge>
  );
}

const kindColors: Record<CaseKind, string> = {
  COMPLAINT: 'orange',
  DENUNCIATION: 'red',
  PETITION: 'blue',
  FEEDBACK: 'teal',
};

export function CaseKindBadge({ kind }: { kind: CaseKind | null }) {
  const { t } = useTranslation();
  return (
    <Badge color={kind ? kindColors[kind] : 'gray'} variant="outline" tt="none" style={fullWidth}>
      {kind ? t(`cases.kinds.${kind}`) : t('cases.kinds.none')}
    </Badge>
  );
}

const timelinessColors: Partial<Record<CaseSummary['timeliness'], string>> = {
  overdue: 'red',
  'due-soon': 'orange',
  paused: 'gray',
};

/** The due date of the running clock, red when overdue and orange when due soon, with the words too. */
export function DueDate(props: Pick<CaseSummary, 'dueOn' | 'dueClock' | 'timeliness'>) {
  const { t } = useTranslation();
  const color = timelinessColors[props.timeliness];
  if (props.timeliness === 'paused') {
    return (
      <Badge color="gray" variant="light" tt="none">
        {t('cases.timeliness.paused')}
      </Badge>
    );
  }
  if (!props.dueOn)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Text size="sm" c={color} fw={color ? 600 : undefined} data-timeliness={props.timeliness}>
      {formatDate(props.dueOn)}
      {props.dueClock && (
        <Text span size="xs" c="dimmed" fw={400}>
          {' '}
          ({t(`cases.clockKeys.${props.dueClock}`)})
        </Text>
      )}
      {color && (
        <Text span size="xs" c={color} fw={600} display="block">
          {t(`cases.timeliness.${props.timeliness}`)}
        </Text>
      )}
    </Text>
  );
}
