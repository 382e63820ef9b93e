import { Alert, SegmentedControl, Stack } from '@mantine/core';
import type { Me } from '@phoihop/shared/auth';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { flattenPages } from '../../../lib/pagination';
import { ExportMenu } from '../../exports/components/export-menu';
import { useTasks } from '../api/list-tasks';
import type { MyTasksSearch } from '../search-params';
import { TaskList } from './task-list';

const order = { overdue: 0, 'due-soon': 1, 'on-track': 2, none: 3 } as const;

/** "Việc của tổ chức tôi": what the user's organisation leads or partners, overdue first. */
export function MyTasksPage(props: {
  me: Me;
  search: MyTasksSearch;
  onSearchChange: (patch: Partial<MyTasksSearch>) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const org = props.me.organisation;
  const filters = {
    organisationId: org?.id,
    involvement: 'any' as const,
    timeliness: props.search.timeliness,
  };
  const query = useTasks(filters, org !== null);
  // Overdue first, then due soon; the API's due-date order is kept within each group.
  const tasks = flattenPages(query.data).sort((a, b) => order[a.timeliness] - order[b.timeliness]);
  return (
    <>
      <PageHeader
        title={t('plans.myTasks.title')}
        description={org ? org.name : undefined}
        actions={org && <ExportMenu list="tasks" filters={filters} />}
      />
      {!org ? (
        <Alert color="gray">{t('plans.myTasks.noOrganisation')}</Alert>
      ) : (
        <Stack gap="sm">
          <SegmentedControl
            style={{ alignSelf: 'flex-start' }}
            aria-label={t('plans.filters.timeliness')}
            value={props.search.timeliness ?? 'all'}
            data={[
              { value: 'all', label: t('common.all') },
              { value: 'overdue', label: t('plans.timeliness.overdue') },
              { value: 'due-soon', label: t('plans.timeliness.dueSoon') },
            ]}
            onChange={(v) =>
              props.onSearchChange({
                timeliness: v === 'all' ? undefined : v,
              })
            }
          />
          <QueryState
            isPending={query.isPending}
            error={query.error}
            isEmpty={tasks.length === 0}
            emptyText={t('plans.myTasks.empty')}
            onRetry={() => void query.refetch()}
          />
          {tasks.length > 0 && (
            <TaskList
              tasks={tasks}
              showPlan
              onOpen={(task) =>
                void navigate({
                  to: paths.plan,
                  params: { planId: task.planId },
                  search: { task: task.id },
                })
              }
            />
          )}
          <LoadMore
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            onLoadMore={() => void query.fetchNextPage()}
          />
        </Stack>
      )}
    </>
  );
}
