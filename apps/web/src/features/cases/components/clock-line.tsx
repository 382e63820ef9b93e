import { Badge, Group, Stack, Text } from '@mantine/core';
import type { CaseClockView } from '@phoihop/shared/cases';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCitation } from '../../../lib/citations';
import { formatDate } from '../../../lib/dates';

const stateColors: Record<CaseClockView['state'], string> = {
  met: 'teal',
  late: 'orange',
  overdue: 'red',
  'due-soon': 'orange',
  'on-track': 'blue',
  paused: 'gray',
  stopped: 'gray',
};

const running = new Set<CaseClockView['state']>(['overdue', 'due-soon', 'on-track', 'paused']);

/**
 * "Hạn thụ lý: 23/02/2026 (10 ngày, căn cứ Luật Khiếu nại 2011, Điều 27)" and its state. With
 * `flagUnconfirmed` (for someone who must meet the deadline), a running deadline whose number is
 * a default no system admin has confirmed says so, in body text; elsewhere the legal settings
 * carry that flag.
 */
export function ClockLine({
  clock,
  showState = true,
  flagUnconfirmed = false,
}: {
  clock: CaseClockView;
  showState?: boolean;
  flagUnconfirmed?: boolean;
}) {
  const { t } = useTranslation();
  const citation = useCitation();
  const days = clock.days + clock.extensionDays;
  return (
    <Stack gap={2} data-testid={`clock-${clock.key}`}>
      <Group gap={6} wrap="wrap">
        <Text fw={600} size="sm">
          {t(`cases.clockKeys.${clock.key}`)}:{' '}
          {clock.due ? formatDate(clock.due) : t('cases.clock.noDueWhilePaused')}
        </Text>
        {showState && (
          <Badge color={stateColors[clock.state]} variant="light" tt="none">
            {t(`cases.clockStates.${clock.state}`)}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('cases.clock.length', {
          days,
          unit: t(`cases.dayKinds.${clock.dayKind}`),
          basis: citation(clock.basis),
          from: formatDate(clock.from),
        })}
        {clock.extensionDays > 0 &&
          ` · ${t('cases.clock.extended', { days: clock.extensionDays })}`}
        {clock.metOn && ` · ${t('cases.clock.metOn', { date: formatDate(clock.metOn) })}`}
      </Text>
      {flagUnconfirmed && clock.unconfirmed && running.has(clock.state) && (
        <Group gap={6} wrap="nowrap" align="flex-start" data-testid="clock-unconfirmed">
          <IconAlertTriangle size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm">{t('cases.clock.unconfirmedNote')}</Text>
        </Group>
      )}
    </Stack>
  );
}
