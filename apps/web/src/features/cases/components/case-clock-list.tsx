import { Stack, Text } from '@mantine/core';
import type { CaseClockView } from '@phoihop/shared/cases';
import { useTranslation } from 'react-i18next';
import { ClockLine } from './clock-line';
import { Section } from './section';

/**
 * Every legal deadline the case has met or still runs, with its basis; `actor` is someone who
 * takes the case's steps, so must know when a deadline rests on an unconfirmed default.
 */
export function CaseClockList({ clocks, actor }: { clocks: CaseClockView[]; actor: boolean }) {
  const { t } = useTranslation();
  return (
    <Section id="case-clocks" title={t('cases.detail.clocks')}>
      {clocks.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('cases.detail.noClocks')}
        </Text>
      ) : (
        <Stack gap="sm">
          {clocks.map((clock) => (
            <ClockLine key={clock.key} clock={clock} flagUnconfirmed={actor} />
          ))}
        </Stack>
      )}
    </Section>
  );
}
