import { Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { CaseStatistics } from '@phoihop/shared/cases';
import { rateBaseText, rateOf } from '@phoihop/shared/percent';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryFallback } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/dates';
import { useCaseStatistics } from '../api/get-case-statistics';
import { StatisticsTable } from './statistics-table';
import { DateField } from '../../../components/ui/date-field';

function Total(props: {
  label: string;
  value: string | number;
  color?: string;
  testId: string;
  /** What a rate is of: "40/43 đơn đã xử lý". */
  note?: string;
}) {
  return (
    <Card withBorder padding="sm" data-testid={props.testId}>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text fw={700} size="xl" c={props.color}>
        {props.value}
      </Text>
      {props.note && (
        <Text size="xs" c="dimmed">
          {props.note}
        </Text>
      )}
    </Card>
  );
}

function Totals({ stats }: { stats: CaseStatistics }) {
  const { t, i18n } = useTranslation();
  const { totals } = stats;
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const onTime = rateOf(totals.handledOnTime, totals.handled, 'letters-handled');
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
      <Total
        testId="total-received"
        label={t('cases.statistics.received')}
        value={totals.received}
      />
      <Total
        testId="total-handled"
        label={t('cases.statistics.handled')}
        value={totals.handled}
        color="teal"
      />
      <Total
        testId="total-in-progress"
        label={t('cases.statistics.inProgress')}
        value={totals.inProgress}
        color="blue"
      />
      <Total
        testId="total-overdue"
        label={t('cases.statistics.overdue')}
        value={totals.overdue}
        color={totals.overdue > 0 ? 'red' : undefined}
      />
      <Total
        testId="total-on-time"
        label={t('cases.statistics.onTimeRate')}
        value={onTime.value === null ? '—' : `${onTime.value.toLocaleString(lang)}%`}
        note={rateBaseText(onTime, lang)}
      />
      <Total
        testId="total-duplicates"
        label={t('cases.statistics.duplicates')}
        value={totals.duplicates}
      />
    </SimpleGrid>
  );
}

/** Letters received in a period, by where they stand now: totals and breakdowns. */
export function CaseStatisticsPage(props: {
  period: { from: string; to: string };
  onPeriodChange: (period: { from?: string; to?: string }) => void;
}) {
  const { t } = useTranslation();
  const query = useCaseStatistics(props.period);
  const stats = query.data;
  const org = (o: { name: string; shortName: string | null } | null) =>
    o ? (o.shortName ?? o.name) : t('cases.notAssigned');
  return (
    <>
      <PageHeader
        title={t('cases.statistics.title')}
        description={t('cases.statistics.period', {
          from: formatDate(props.period.from),
          to: formatDate(props.period.to),
        })}
      />
      <Group mb="md" align="flex-end">
        <DateField
          label={t('cases.statistics.from')}
          value={props.period.from}
          maxDate={props.period.to}
          onChange={(from) => from && props.onPeriodChange({ from })}
          w={180}
        />
        <DateField
          label={t('cases.statistics.to')}
          value={props.period.to}
          minDate={props.period.from}
          onChange={(to) => to && props.onPeriodChange({ to })}
          w={180}
        />
      </Group>
      <QueryFallback query={query} />
      {stats && (
        <Stack gap="lg">
          <Totals stats={stats} />
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
            <StatisticsTable
              id="by-kind"
              title={t('cases.statistics.byKind')}
              rows={stats.byKind.map((r) => ({
                ...r,
                label: r.key ? t(`cases.kinds.${r.key}`) : t('cases.kinds.none'),
              }))}
            />
            <StatisticsTable
              id="by-field"
              title={t('cases.statistics.byField')}
              rows={stats.byField.map((r) => ({ ...r, label: t(`cases.fields.${r.key}`) }))}
            />
            <StatisticsTable
              id="by-channel"
              title={t('cases.statistics.byChannel')}
              rows={stats.byChannel.map((r) => ({ ...r, label: t(`cases.channels.${r.key}`) }))}
            />
            <StatisticsTable
              id="by-organisation"
              title={t('cases.statistics.byOrganisation')}
              rows={stats.byOrganisation.map((r) => ({ ...r, label: org(r.key) }))}
            />
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}
