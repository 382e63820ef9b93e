import { Alert, Stack, Text } from '@mantine/core';
import type { CaseKind } from '@phoihop/shared/case-clocks';
import type { ClockSettings } from '@phoihop/shared/cases';
import { createWorkCalendar } from '@phoihop/shared/deadlines';
import { IconClockHour4 } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { clockView, intakeClocks } from '../live-clocks';
import { ClockLine } from './clock-line';

/** The deadlines the letter will get, recomputed as the date and the kind change. */
export function LiveDeadlines(props: {
  settings: ClockSettings | undefined;
  receivedOn: string;
  kind: CaseKind | null;
  secondInstance: boolean;
  severalLocations: boolean;
}) {
  const { t } = useTranslation();
  const { settings } = props;
  const calendar = useMemo(() => createWorkCalendar(settings?.holidays ?? {}), [settings]);
  if (!settings) return null;
  const clocks = intakeClocks(props, settings, calendar).map(clockView);
  return (
    <Alert
      variant="light"
      color="blue"
      icon={<IconClockHour4 aria-hidden />}
      title={t('cases.form.deadlinesTitle')}
      aria-live="polite"
      data-testid="live-deadlines"
    >
      {clocks.length === 0 ? (
        <Text size="sm">{t('cases.form.deadlinesNeedDate')}</Text>
      ) : (
        <Stack gap="xs">
          {clocks.map((clock) => (
            <ClockLine key={clock.key} clock={clock} showState={false} />
          ))}
          {!props.kind && <Text size="xs">{t('cases.form.deadlinesUnclassified')}</Text>}
        </Stack>
      )}
    </Alert>
  );
}
