import { SimpleGrid, Text } from '@mantine/core';
import type { MyWork } from '@phoihop/shared/dashboard';
import { useTranslation } from 'react-i18next';
import { FigureTile } from './figure-tile';
import { SectionCard } from './section-card';
import { UpcomingList } from './upcoming-list';

/** "Việc của tổ chức tôi": what is late or due, what awaits our answer, what comes next. */
export function MyWorkCard({ mine }: { mine: MyWork }) {
  const { t } = useTranslation();
  const hasOrganisation = mine.organisation !== null;
  return (
    <SectionCard id="mine" order={2} title={t('dashboard.mine.title')}>
      <Text c="dimmed" size="sm">
        {mine.organisation?.name ?? t('dashboard.mine.noOrganisation')}
      </Text>
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
