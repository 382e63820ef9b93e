import { Button, Select, SimpleGrid } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { unitKinds } from '@phoihop/shared/roles';
import type { Unit } from '@phoihop/shared/units';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActiveFilter } from '../../../components/ui/active-filter';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { SearchInput } from '../../../components/ui/search-input';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { flattenPages } from '../../../lib/pagination';
import { useUnits } from '../api/list-units';
import { useUpdateUnit } from '../api/update-unit';
import type { UnitsSearch } from '../search-params';
import { UnitFormModal } from './unit-form-modal';
import { UnitsTable } from './units-table';

export function UnitsPage(props: {
  search: UnitsSearch;
  onSearchChange: (patch: Partial<UnitsSearch>) => void;
}) {
  const { t } = useTranslation();
  const { search, onSearchChange } = props;
  const canManage = hasPermission(useCurrentMe(), 'unit:manage');
  const query = useUnits(search);
  const update = useUpdateUnit();
  const [dialog, setDialog] = useState<{ id: string | null } | null>(null);
  const units = flattenPages(query.data);
  const editing = dialog?.id ? (units.find((u) => u.id === dialog.id) ?? null) : null;

  const setActive = (unit: Unit, active: boolean) =>
    update.mutate(
      { id: unit.id, version: unit.version, body: { active } },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('common.saved') }) },
    );

  return (
    <>
      <PageHeader
        title={t('units.title')}
        actions={
          canManage && (
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setDialog({ id: null })}
            >
              {t('units.add')}
            </Button>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }} mb="md">
        <SearchInput value={search.q} onChange={(q) => onSearchChange({ q })} />
        <Select
          label={t('units.kind')}
          placeholder={t('common.all')}
          clearable
          data={unitKinds.map((kind) => ({ value: kind, label: t(`unitKinds.${kind}`) }))}
          value={search.kind ?? null}
          onChange={(value) =>
            onSearchChange({ kind: (value as UnitsSearch['kind']) ?? undefined })
          }
        />
        <ActiveFilter value={search.active} onChange={(active) => onSearchChange({ active })} />
      </SimpleGrid>
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={units.length === 0}
        emptyText={search.q || search.kind ? t('common.noResults') : t('units.empty')}
        onRetry={() => void query.refetch()}
      />
      {units.length > 0 && (
        <UnitsTable
          units={units}
          canManage={canManage}
          onEdit={(u) => setDialog({ id: u.id })}
          onSetActive={setActive}
        />
      )}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
      {dialog && (dialog.id === null || editing) && (
        <UnitFormModal unit={editing} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
