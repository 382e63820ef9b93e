import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { CaseClockView } from '@phoihop/shared/cases';
import { useTranslation } from 'react-i18next';
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

/**
 * "Hạn thụ lý: 23/02/2026 (10 ngày, căn cứ Luật Khiếu nại 2011, Điều 27)", its state, and a
 * "chưa xác nhận" mark when the law's number is an unconfirmed default.
 */
export function ClockLine({
  clock,
  showState = true,
}: {
  clock: CaseClockView;
  showState?: boolean;
}) {
  const { t } = useTranslation();
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
        {clock.unconfirmed && (
          <Tooltip label={t('cases.clock.unconfirmedHelp')} multiline w={280}>
            <Badge color="yellow" variant="outline" tt="none" tabIndex={0}>
              {t('cases.clock.unconfirmed')}
            </Badge>
          </Tooltip>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('cases.clock.length', {
          days,
          unit: t(`cases.dayKinds.${clock.dayKind}`),
          basis: clock.basis,
          from: formatDate(clock.from),
        })}
        {clock.extensionDays > 0 &&
          ` · ${t('cases.clock.extended', { days: clock.extensionDays })}`}
        {clock.metOn && ` · ${t('cases.clock.metOn', { date: formatDate(clock.metOn) })}`}
      </Text>
    </Stack>
  );
}
