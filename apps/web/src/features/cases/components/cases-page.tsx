import { Button, Tabs } from '@mantine/core';
import { caseScopes } from '@phoihop/shared/cases';
import { IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { ListTotal } from '../../../components/ui/list-total';
import { flattenPages, listTotalOf } from '../../../lib/pagination';
import { caseFiltersOf, useCases } from '../api/list-cases';
import { ExportMenu } from '../../exports/components/export-menu';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { caseListReach } from '../case-list-reach';
import type { CasesSearch } from '../search-params';
import { CaseFilters } from './case-filters';
import { CaseList } from './case-list';
import { CasesClosedNotice } from './cases-closed-notice';

export function CasesPage(props: {
  search: CasesSearch;
  onSearchChange: (patch: Partial<CasesSearch>) => void;
}) {
  const { t } = useTranslation();
  const { search, onSearchChange } = props;
  const me = useCurrentMe();
  const reach = caseListReach(me);
  const filters = caseFiltersOf(search);
  const query = useCases(filters, reach !== 'none');
  const organisations = useOrganisationOptions().data ?? [];
  const rows = flattenPages(query.data);
  const filtered = Object.entries(search).some(
    ([key, value]) => value !== undefined && key !== 'sort' && key !== 'scope',
  );
  if (reach === 'none') {
    return (
      <>
        <PageHeader title={t('cases.title')} description={t('cases.description')} />
        <CasesClosedNotice />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t('cases.title')}
        description={t('cases.description')}
        actions={
          <>
            {hasPermission(me, 'case:register') && (
              <Button
                component={Link}
                to={paths.caseNew}
                leftSection={<IconPlus size={18} aria-hidden />}
              >
                {t('cases.register')}
              </Button>
            )}
            <ExportMenu list="cases" filters={filters} />
          </>
        }
      />
      <Tabs
        value={search.scope ?? 'all'}
        onChange={(scope) =>
          onSearchChange({ scope: scope === 'all' ? undefined : (scope as CasesSearch['scope']) })
        }
        mb="sm"
      >
        {/* The scopes wrap on a phone rather than hide behind its edge. */}
        <Tabs.List>
          {caseScopes.map((scope) => (
            <Tabs.Tab key={scope} value={scope} style={{ whiteSpace: 'nowrap' }}>
              {t(`cases.scopes.${scope}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <CaseFilters search={search} organisations={organisations} onChange={onSearchChange} />
      <ListTotal total={listTotalOf(query.data)} />
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={rows.length === 0}
        emptyText={
          filtered ? t('common.noResults') : t(reach === 'own' ? 'cases.emptyOwn' : 'cases.empty')
        }
        onRetry={() => void query.refetch()}
      />
      {rows.length > 0 && <CaseList rows={rows} />}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </>
  );
}
