import { Group, Select, SimpleGrid, Text } from '@mantine/core';
import type { MyWork } from '@phoihop/shared/dashboard';
import { useTranslation } from 'react-i18next';
import { FigureTile } from './figure-tile';
import { SectionCard } from './section-card';
import { UpcomingList } from './upcoming-list';

/** This year, next year's plan and four years back (and the year shown, whatever it is). */
const yearsAround = (thisYear: number, shown: number) =>
  [
    ...new Set([
      thisYear + 1,
      thisYear,
      thisYear - 1,
      thisYear - 2,
      thisYear - 3,
      thisYear - 4,
      shown,
    ]),
  ]
    .sort((a, b) => b - a)
    .map(String);

/**
 * "Việc của tổ chức tôi": what is late or due, what awaits our answer, what comes next; the
 * tasks and dated things of one year (this year unless another is chosen).
 */
export function MyWorkCard(props: {
  mine: MyWork;
  today: string;
  onYearChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  const { mine } = props;
  const hasOrganisation = mine.organisation !== null;
  return (
    <SectionCard id="mine" order={2} title={t('dashboard.mine.title')}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text c="dimmed" size="sm">
          {mine.organisation?.name ?? t('dashboard.mine.noOrganisation')}
        </Text>
        <Select
          label={t('dashboard.mine.year')}
          data={yearsAround(Number(props.today.slice(0, 4)), mine.year)}
          value={String(mine.year)}
          onChange={(value) => value && props.onYearChange(Number(value))}
          allowDeselect={false}
          w={{ base: '100%', xs: 140 }}
        />
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md" verticalSpacing="sm">
        {hasOrganisation && (
          <>
            <FigureTile label={t('dashboard.mine.tasksOverdue')} count={mine.tasksOverdue} alert />
            <FigureTile label={t('dashboard.mine.tasksDueSoon')} count={mine.tasksDueSoon} />
          </>
        )}
        {mine.casesOverdue && (
          <FigureTile label={t('dashboard.mine.casesOverdue')} count={mine.casesOverdue} alert />
        )}
        {mine.casesDueSoon && (
          <FigureTile label={t('dashboard.mine.casesDueSoon')} count={mine.casesDueSoon} />
        )}
        {hasOrganisation && (
          <>
            <FigureTile
              label={t('dashboard.mine.recommendationsAwaiting')}
              count={mine.recommendationsAwaiting}
            />
            <FigureTile
              label={t('dashboard.mine.petitionsAwaiting')}
              count={mine.petitionsAwaiting}
            />
          </>
        )}
      </SimpleGrid>
      <UpcomingList items={mine.upcoming} />
    </SectionCard>
  );
}
