import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { taskStatuses, type PlanItem } from '@phoihop/shared/plans';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../../components/ui/filter-bar';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { SearchInput } from '../../../components/ui/search-input';
import { ListTotal } from '../../../components/ui/list-total';
import { flattenPages, listTotalOf } from '../../../lib/pagination';
import { ExportMenu } from '../../exports/components/export-menu';
import { useCurrentMe } from '../../../lib/auth';
import { useTasks } from '../api/list-tasks';
import type { TaskFiltersSearch } from '../search-params';
import { OrganisationFilter, organisationOf } from './organisation-filter';
import { TaskList } from './task-list';
import { DateField } from '../../../components/ui/date-field';

export function TasksTab(props: {
  planId: string;
  items: PlanItem[];
  search: TaskFiltersSearch;
  onSearchChange: (patch: Partial<TaskFiltersSearch>) => void;
  onOpenTask: (taskId: string) => void;
}) {
  const { t } = useTranslation();
  const { search, onSearchChange } = props;
  const own = useCurrentMe().organisation?.id ?? null;
  const org = organisationOf(search.org, own);
  const filters = {
    planId: props.planId,
    areaId: search.area,
    organisationId: org,
    involvement: org ? (search.involvement ?? 'any') : undefined,
    status: search.status,
    timeliness: search.timeliness,
    dueFrom: search.dueFrom,
    dueTo: search.dueTo,
    q: search.q,
  };
  const query = useTasks(filters);
  const tasks = flattenPages(query.data);
  const folded =
    (org !== undefined ? 1 : 0) +
    (['area', 'status', 'timeliness', 'dueFrom', 'dueTo'] as const).filter(
      (key) => search[key] !== undefined,
    ).length;
  const filtered = folded > 0 || search.q !== undefined;
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <ExportMenu list="tasks" filters={filters} />
      </Group>
      <FilterBar
        main={<SearchInput value={search.q} onChange={(q) => onSearchChange({ q })} />}
        activeMore={folded}
        more={
          <>
            <Select
              label={t('plans.item.area')}
              placeholder={t('common.all')}
              clearable
              data={props.items
                .filter((i) => i.kind === 'AREA')
                .map((i) => ({ value: i.id, label: `${i.code} ${i.title}` }))}
              value={search.area ?? null}
              onChange={(area) => onSearchChange({ area: area ?? undefined })}
            />
            <OrganisationFilter
              value={org}
              own={own}
              onChange={(value) => onSearchChange({ org: value })}
            />
            <div>
              <Text size="sm" fw={500} id="involvement-label" mb={4}>
                {t('plans.filters.involvement')}
              </Text>
              <SegmentedControl
                fullWidth
                size="xs"
                aria-labelledby="involvement-label"
                disabled={!org}
                value={search.involvement ?? 'any'}
                data={(['any', 'lead', 'partner'] as const).map((v) => ({
                  value: v,
                  label: t(`plans.filters.involvements.${v}`),
                }))}
                onChange={(v) => onSearchChange({ involvement: v === 'any' ? undefined : v })}
              />
            </div>
            <Select
              label={t('common.status')}
              placeholder={t('common.all')}
              clearable
              data={taskStatuses.map((s) => ({ value: s, label: t(`plans.taskStatus.${s}`) }))}
              value={search.status ?? null}
              onChange={(s) =>
                onSearchChange({ status: (s as TaskFiltersSearch['status']) ?? undefined })
              }
            />
            <Select
              label={t('plans.filters.timeliness')}
              placeholder={t('common.all')}
              clearable
              data={[
                { value: 'overdue', label: t('plans.timeliness.overdue') },
                { value: 'due-soon', label: t('plans.timeliness.dueSoon') },
              ]}
              value={search.timeliness ?? null}
              onChange={(v) =>
                onSearchChange({ timeliness: (v as TaskFiltersSearch['timeliness']) ?? undefined })
              }
            />
            <DateField
              label={t('plans.filters.dueFrom')}
              clearable
              value={search.dueFrom ?? null}
              onChange={(v) => onSearchChange({ dueFrom: v ?? undefined })}
            />
            <DateField
              label={t('plans.filters.dueTo')}
              clearable
              value={search.dueTo ?? null}
              onChange={(v) => onSearchChange({ dueTo: v ?? undefined })}
            />
          </>
        }
      />
      <ListTotal total={listTotalOf(query.data)} />
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={tasks.length === 0}
        emptyText={filtered ? t('common.noResults') : t('plans.tasks.empty')}
        onRetry={() => void query.refetch()}
      />
      {tasks.length > 0 && <TaskList tasks={tasks} onOpen={(task) => props.onOpenTask(task.id)} />}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </Stack>
  );
}
