import { Stack, Table, Text } from '@mantine/core';
import type { ScorecardRow } from '@phoihop/shared/plans';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { useScorecard } from '../api/get-scorecard';
import { ProgressBar } from './plan-badges';
import { PlanLink } from './plan-link';

/** Per organisation of the plan; each name opens the task list on that organisation. */
export function ScorecardTab({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const query = useScorecard(planId);
  const rows = query.data ?? [];
  return (
    <>
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={rows.length === 0}
        emptyText={t('plans.scorecard.empty')}
        onRetry={() => void query.refetch()}
      />
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs" data-testid="scorecard-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.filters.organisation')}</Table.Th>
                <Table.Th ta="right">{t('plans.scorecard.led')}</Table.Th>
                <Table.Th ta="right">{t('plans.scorecard.partnered')}</Table.Th>
                <Table.Th ta="right">{t('plans.scorecard.done')}</Table.Th>
                <Table.Th ta="right">{t('plans.scorecard.doneOnTime')}</Table.Th>
                <Table.Th ta="right">{t('plans.scorecard.overdue')}</Table.Th>
                <Table.Th>{t('plans.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.organisation.id}>
                  <Table.Td>
                    <PlanLink
                      planId={planId}
                      search={{ tab: 'tasks', org: row.organisation.id }}
                      aria-label={t('plans.scorecard.openTasks', { name: row.organisation.name })}
                    >
                      {row.organisation.name}
                    </PlanLink>
                  </Table.Td>
                  <Table.Td ta="right">{row.led}</Table.Td>
                  <Table.Td ta="right">{row.partnered}</Table.Td>
                  <Table.Td ta="right">{row.done}</Table.Td>
                  <Table.Td ta="right">{row.doneOnTime}</Table.Td>
                  <Table.Td ta="right" c={row.overdue > 0 ? 'red' : undefined}>
                    {row.overdue}
                  </Table.Td>
                  <Table.Td>
                    <ProgressCell row={row} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

/** What it leads, as a bar; what it did as a partner, as its contributions. */
function ProgressCell({ row }: { row: ScorecardRow }) {
  const { t } = useTranslation();
  const contributions =
    row.contributions > 0
      ? t('plans.scorecard.contributions', {
          count: row.contributions,
          tasks: row.contributedTasks,
        })
      : t('plans.scorecard.noContributions');
  if (row.progress === null) return <Text size="sm">{contributions}</Text>;
  return (
    <Stack gap={2}>
      <ProgressBar value={row.progress} label={`${t('plans.progress')} ${row.organisation.name}`} />
      {row.contributions > 0 && <Text size="xs">{contributions}</Text>}
    </Stack>
  );
}
