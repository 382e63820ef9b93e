import { Button, Select, SimpleGrid, Stack } from '@mantine/core';
import { todayInVietnam } from '@phoihop/shared/dates';
import {
  supervisionKinds,
  supervisionStatuses,
  type SupervisionDetail,
} from '@phoihop/shared/supervision';
import { IconChecklist, IconPlus, IconShieldCheck } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { SearchInput } from '../../../components/ui/search-input';
import { paths } from '../../../config/paths';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { ListTotal } from '../../../components/ui/list-total';
import { flattenPages, listTotalOf } from '../../../lib/pagination';
import { useSupervisions } from '../api/supervisions';
import type { SupervisionSearch } from '../search-params';
import { SupervisionFormModal } from './supervision-form-modal';
import { SupervisionList } from './supervision-list';

/** The years a supervision list is usually filtered by: next year back to five years ago. */
export function yearOptions() {
  const year = Number(todayInVietnam().slice(0, 4));
  return Array.from({ length: 7 }, (_, i) => String(year + 1 - i));
}

/** /supervision: the supervisions (filters in the URL) and "set up a team" for the Front. */
export function SupervisionsPage(props: {
  search: SupervisionSearch;
  onSearchChange: (patch: Partial<SupervisionSearch>) => void;
}) {
  const { t } = useTranslation();
  const { search, onSearchChange } = props;
  const navigate = useNavigate();
  const canManage = hasPermission(useCurrentMe(), 'supervision:manage');
  const [creating, setCreating] = useState(false);
  const query = useSupervisions(search);
  const items = flattenPages(query.data);
  const filtered = Object.values(search).some((v) => v !== undefined);
  const opened = (saved: SupervisionDetail) =>
    void navigate({ to: paths.supervisionDetail, params: { supervisionId: saved.id } });
  return (
    <>
      <PageHeader
        title={t('supervision.title')}
        description={t('supervision.description')}
        actions={
          <>
            {canManage && (
              <Button
                leftSection={<IconPlus size={18} aria-hidden />}
                onClick={() => setCreating(true)}
              >
                {t('supervision.create')}
              </Button>
            )}
            <Button
              variant="default"
              leftSection={<IconChecklist size={18} aria-hidden />}
              renderRoot={(rootProps) => <Link {...rootProps} to={paths.recommendations} />}
            >
              {t('supervision.recommendations.title')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconShieldCheck size={18} aria-hidden />}
              renderRoot={(rootProps) => <Link {...rootProps} to={paths.supervisionBoards} />}
            >
              {t('supervision.boards.title')}
            </Button>
          </>
        }
      />
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <SearchInput value={search.q} onChange={(q) => onSearchChange({ q })} />
          <Select
            label={t('supervision.fields.kind')}
            placeholder={t('common.all')}
            clearable
            data={supervisionKinds.map((k) => ({ value: k, label: t(`supervision.kinds.${k}`) }))}
            value={search.kind ?? null}
            onChange={(v) =>
              onSearchChange({ kind: (v as SupervisionSearch['kind']) ?? undefined })
            }
          />
          <Select
            label={t('common.status')}
            placeholder={t('common.all')}
            clearable
            data={supervisionStatuses.map((s) => ({
              value: s,
              label: t(`supervision.statuses.${s}`),
            }))}
            value={search.status ?? null}
            onChange={(v) =>
              onSearchChange({ status: (v as SupervisionSearch['status']) ?? undefined })
            }
          />
          <Select
            label={t('supervision.list.year')}
            placeholder={t('common.all')}
            clearable
            data={yearOptions()}
            value={search.year ? String(search.year) : null}
            onChange={(v) => onSearchChange({ year: v ? Number(v) : undefined })}
          />
        </SimpleGrid>
        <ListTotal total={listTotalOf(query.data)} />
        <QueryState
          isPending={query.isPending}
          error={query.error}
          isEmpty={items.length === 0}
          emptyText={filtered ? t('common.noResults') : t('supervision.list.empty')}
          onRetry={() => void query.refetch()}
        />
        {items.length > 0 && <SupervisionList supervisions={items} />}
        <LoadMore
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      </Stack>
      {creating && <SupervisionFormModal onClose={() => setCreating(false)} onSaved={opened} />}
    </>
  );
}
