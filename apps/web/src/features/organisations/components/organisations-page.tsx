import { Button, Select, SimpleGrid } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Organisation } from '@phoihop/shared/organisations';
import { organisationKinds } from '@phoihop/shared/roles';
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
import { useOrganisations } from '../api/list-organisations';
import { useUpdateOrganisation } from '../api/update-organisation';
import type { OrganisationsSearch } from '../search-params';
import { OrganisationFormModal } from './organisation-form-modal';
import { OrganisationsTable } from './organisations-table';

export function OrganisationsPage(props: {
  search: OrganisationsSearch;
  onSearchChange: (patch: Partial<OrganisationsSearch>) => void;
}) {
  const { t } = useTranslation();
  const { search, onSearchChange } = props;
  const canManage = hasPermission(useCurrentMe(), 'organisation:manage');
  const query = useOrganisations(search);
  const update = useUpdateOrganisation();
  const [dialog, setDialog] = useState<{ id: string | null } | null>(null);
  const organisations = flattenPages(query.data);
  const editing = dialog?.id ? (organisations.find((o) => o.id === dialog.id) ?? null) : null;

  const setActive = (org: Organisation, active: boolean) =>
    update.mutate(
      { id: org.id, version: org.version, body: { active } },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('common.saved') }) },
    );

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        actions={
          canManage && (
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setDialog({ id: null })}
            >
              {t('organisations.add')}
            </Button>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }} mb="md">
        <SearchInput value={search.q} onChange={(q) => onSearchChange({ q })} />
        <Select
          label={t('organisations.kind')}
          placeholder={t('common.all')}
          clearable
          data={organisationKinds.map((kind) => ({
            value: kind,
            label: t(`organisationKinds.${kind}`),
          }))}
          value={search.kind ?? null}
          onChange={(value) =>
            onSearchChange({ kind: (value as OrganisationsSearch['kind']) ?? undefined })
          }
        />
        <ActiveFilter value={search.active} onChange={(active) => onSearchChange({ active })} />
      </SimpleGrid>
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={organisations.length === 0}
        emptyText={search.q || search.kind ? t('common.noResults') : t('organisations.empty')}
        onRetry={() => void query.refetch()}
      />
      {organisations.length > 0 && (
        <OrganisationsTable
          organisations={organisations}
          canManage={canManage}
          onEdit={(org) => setDialog({ id: org.id })}
          onSetActive={setActive}
        />
      )}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
      {dialog && (dialog.id === null || editing) && (
        <OrganisationFormModal organisation={editing} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
