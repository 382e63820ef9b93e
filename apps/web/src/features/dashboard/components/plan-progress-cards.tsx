import { SimpleGrid, Text } from '@mantine/core';
import type { Overview } from '@phoihop/shared/dashboard';
import { listLink, listPaths } from '@phoihop/shared/links';
import { useTranslation } from 'react-i18next';
import { ChartSlot } from './chart-slot';
import { ProgressByAreaChart } from './lazy-charts';
import { ListLinkAnchor } from '../../../components/ui/list-link-anchor';
import { ProgressTable } from './progress-table';
import { SectionCard } from './section-card';

/** The year's plan by area: a bar chart of progress beside the table it draws. */
export function AreaProgressCard({ overview, year }: { overview: Overview; year: number }) {
  const { t } = useTranslation();
  const { plan, progressByArea: rows } = overview;
  return (
    <SectionCard id="progress-area" title={t('dashboard.progress.byArea')}>
      {plan === null ? (
        <Text c="dimmed">{t('dashboard.progress.noPlan', { year })}</Text>
      ) : (
        <>
          <ListLinkAnchor link={listLink(listPaths.plan(plan.id))} size="sm" mt={-8}>
            {t('dashboard.progress.plan', { title: plan.title })}
          </ListLinkAnchor>
          {rows.length === 0 ? (
            <Text c="dimmed">{t('dashboard.progress.noTasks')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              <ChartSlot height={Math.max(160, rows.length * 36)}>
                <ProgressByAreaChart rows={rows} />
              </ChartSlot>
              <ProgressTable
                caption={t('dashboard.progress.byArea')}
                nameHeader={t('dashboard.progress.area')}
                rows={rows.map((row) => ({
                  ...row,
                  key: row.id,
                  name: `${row.code}. ${row.title}`,
                }))}
              />
            </SimpleGrid>
          )}
        </>
      )}
    </SectionCard>
  );
}

/** The same figures per lead organisation. */
export function OrganisationProgressCard({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const rows = overview.progressByOrganisation;
  if (overview.plan === null || rows.length === 0) return null;
  return (
    <SectionCard id="progress-organisation" title={t('dashboard.progress.byOrganisation')}>
      <ProgressTable
        caption={t('dashboard.progress.byOrganisation')}
        nameHeader={t('dashboard.progress.organisation')}
        rows={rows.map((row) => ({
          ...row,
          key: row.organisation.id,
          name: row.organisation.shortName ?? row.organisation.name,
        }))}
      />
    </SectionCard>
  );
}
