import { Card, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { rateBaseText, rateOf } from '@phoihop/shared/percent';
import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/dates';
import { useStatistics, type Period } from '../api/get-statistics';

function Figure(props: { label: string; value: string; testId: string; note?: string }) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid={props.testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {props.label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {props.value}
      </Text>
      {props.note && (
        <Text size="xs" c="dimmed">
          {props.note}
        </Text>
      )}
    </Paper>
  );
}

/** Teams, mediators and the period's cases with the success rate. */
export function StatisticsCard({ period }: { period: Period }) {
  const { t, i18n } = useTranslation();
  const query = useStatistics(period);
  const stats = query.data;
  const rate =
    stats?.successRate == null
      ? t('mediation.stats.noRate')
      : `${stats.successRate.toLocaleString(i18n.language === 'en' ? 'en' : 'vi')}%`;
  // The rate's base: successful of the concluded cases, as on the dashboard and in the report.
  const base = stats
    ? rateBaseText(
        rateOf(stats.successful, stats.successful + stats.unsuccessful, 'mediation-concluded'),
        i18n.language === 'en' ? 'en' : 'vi',
      )
    : undefined;
  return (
    <Card withBorder radius="md" mb="md" data-testid="mediation-statistics">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('mediation.stats.title', { from: formatDate(period.from), to: formatDate(period.to) })}
        </Title>
        <QueryFallback query={query} />
        {stats && (
          <>
            <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }}>
              <Figure
                testId="stat-teams"
                label={t('mediation.stats.teams')}
                value={String(stats.teams)}
              />
              <Figure
                testId="stat-mediators"
                label={t('mediation.stats.mediators')}
                value={String(stats.mediators)}
              />
              <Figure
                testId="stat-women"
                label={t('mediation.stats.women')}
                value={String(stats.women)}
              />
              <Figure
                testId="stat-cases"
                label={t('mediation.stats.cases')}
                value={String(stats.cases)}
              />
              <Figure
                testId="stat-rate"
                label={t('mediation.stats.successRate')}
                value={rate}
                {...(base ? { note: base } : {})}
              />
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {t('mediation.stats.breakdown', {
                successful: stats.successful,
                unsuccessful: stats.unsuccessful,
                inProgress: stats.inProgress,
              })}
            </Text>
          </>
        )}
      </Stack>
    </Card>
  );
}
