import { Group, Loader, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import type { Overview } from '@phoihop/shared/dashboard';
import { useTranslation } from 'react-i18next';
import { MediationCard, SupervisionCard, VoterPetitionsCard } from './follow-up-cards';
import { LettersByMonthCard, LettersCard } from './letters-cards';
import { AreaProgressCard, OrganisationProgressCard } from './plan-progress-cards';

/** The years offered: next year's plan, this year and four before it (and any year in the URL). */
function yearOptions(thisYear: number, shown: number): string[] {
  const years = new Set([
    thisYear + 1,
    thisYear,
    thisYear - 1,
    thisYear - 2,
    thisYear - 3,
    thisYear - 4,
  ]);
  years.add(shown);
  return [...years].sort((a, b) => b - a).map(String);
}

/** The ward's overview for those who steer: plan, letters, mediation, supervision, voters. */
export function OverviewSection(props: {
  overview: Overview;
  /** The year the figures are of. */
  year: number;
  /** The year chosen in the URL (it may still be loading). */
  selectedYear: number;
  today: string;
  /** True while another year's figures load (the last year's stay on screen). */
  isLoading: boolean;
  onYearChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  const { overview, year } = props;
  return (
    <Stack gap="md" component="section" aria-labelledby="dashboard-overview">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group gap="sm" align="center">
          <Title order={2} size="h3" id="dashboard-overview">
            {t('dashboard.overview.title', { year })}
          </Title>
          {props.isLoading && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
        <Select
          label={t('dashboard.overview.year')}
          description={t('dashboard.overview.yearHint')}
          data={yearOptions(Number(props.today.slice(0, 4)), props.selectedYear)}
          value={String(props.selectedYear)}
          onChange={(value) => value && props.onYearChange(Number(value))}
          allowDeselect={false}
          w={{ base: '100%', sm: 260 }}
          data-testid="dashboard-year"
        />
      </Group>
      <AreaProgressCard overview={overview} year={year} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <OrganisationProgressCard overview={overview} />
        <LettersCard overview={overview} year={year} />
      </SimpleGrid>
      <LettersByMonthCard overview={overview} year={year} />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <MediationCard mediation={overview.mediation} year={year} />
        <SupervisionCard supervision={overview.supervision} year={year} />
        <VoterPetitionsCard voter={overview.voterPetitions} year={year} />
      </SimpleGrid>
    </Stack>
  );
}
