import { Checkbox, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { caseFields } from '@phoihop/shared/cases';
import {
  mediationOutcomes,
  type MediationCase,
  type MediationTeam,
} from '@phoihop/shared/mediation';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { SearchInput } from '../../../components/ui/search-input';
import { ListTotal } from '../../../components/ui/list-total';
import { flattenPages, listTotalOf } from '../../../lib/pagination';
import { ExportMenu } from '../../exports/components/export-menu';
import type { Period } from '../api/get-statistics';
import { useMediationCases } from '../api/list-cases';
import type { MediationSearch } from '../search-params';
import { CaseList } from './case-list';

/** The mediation cases of the period, filtered by team, outcome, field and words. */
export function CasesTab(props: {
  period: Period;
  teams: MediationTeam[];
  search: MediationSearch;
  onSearchChange: (patch: Partial<MediationSearch>) => void;
  onEdit?: (found: MediationCase) => void;
}) {
  const { t } = useTranslation();
  const { search, onSearchChange } = props;
  const filters = {
    ...props.period,
    teamId: search.team,
    outcome: search.outcome,
    field: search.field,
    q: search.q,
    concluded: search.concluded,
  };
  const query = useMediationCases(filters);
  const cases = flattenPages(query.data);
  const filtered = (['team', 'outcome', 'field', 'q', 'concluded'] as const).some(
    (k) => search[k] !== undefined,
  );
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <ExportMenu list="mediation-cases" filters={filters} />
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <SearchInput value={search.q} onChange={(q) => onSearchChange({ q })} />
        <Select
          label={t('mediation.cases.team')}
          placeholder={t('common.all')}
          clearable
          searchable
          data={props.teams.map((team) => ({ value: team.id, label: team.name }))}
          value={search.team ?? null}
          onChange={(team) => onSearchChange({ team: team ?? undefined })}
        />
        <Select
          label={t('mediation.cases.outcome')}
          placeholder={t('common.all')}
          clearable
          data={mediationOutcomes.map((o) => ({
            value: o,
            label: t(`mediation.cases.outcomes.${o}`),
          }))}
          value={search.outcome ?? null}
          onChange={(v) =>
            onSearchChange({ outcome: (v as MediationSearch['outcome']) ?? undefined })
          }
        />
        <Select
          label={t('mediation.cases.field')}
          placeholder={t('common.all')}
          clearable
          data={caseFields.map((f) => ({ value: f, label: t(`mediation.fields.${f}`) }))}
          value={search.field ?? null}
          onChange={(v) => onSearchChange({ field: (v as MediationSearch['field']) ?? undefined })}
        />
      </SimpleGrid>
      <Checkbox
        label={t('mediation.cases.onlyConcluded')}
        checked={search.concluded === true}
        onChange={(e) => onSearchChange({ concluded: e.currentTarget.checked || undefined })}
      />
      <ListTotal total={listTotalOf(query.data)} />
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={cases.length === 0}
        emptyText={filtered ? t('common.noResults') : t('mediation.cases.empty')}
        onRetry={() => void query.refetch()}
      />
      {cases.length > 0 && <CaseList cases={cases} showTeam onEdit={props.onEdit} />}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </Stack>
  );
}
