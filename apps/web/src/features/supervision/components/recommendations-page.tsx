import { Checkbox, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { recommendationStatuses, type Recommendation } from '@phoihop/shared/supervision';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { SearchInput } from '../../../components/ui/search-input';
import { useCurrentMe } from '../../../lib/auth';
import { flattenPages, listTotalOf } from '../../../lib/pagination';
import { ListTotal } from '../../../components/ui/list-total';
import { ExportMenu } from '../../exports/components/export-menu';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { useRecommendations } from '../api/recommendations';
import type { RecommendationSearch } from '../search-params';
import { AnswerModal } from './answer-modal';
import { yearOptions } from './supervisions-page';
import { RecommendationCard } from './recommendation-card';
import { RecommendationFormModal } from './recommendation-form-modal';

type Dialog =
  | { kind: 'answer'; recommendation: Recommendation }
  | { kind: 'edit'; recommendation: Recommendation };

/** /supervision/recommendations: every recommendation, the overdue ones first to catch the eye. */
export function RecommendationsPage(props: {
  search: RecommendationSearch;
  onSearchChange: (patch: Partial<RecommendationSearch>) => void;
}) {
  const { t } = useTranslation();
  const { search, onSearchChange } = props;
  const me = useCurrentMe();
  const orgs = useOrganisationOptions();
  // Open ones by default, so long-closed items do not come first; a chosen status says it all.
  // "Answered only" and "open only" exclude each other: the first one ticked wins.
  const onlyOpen = search.open !== false && !search.status && search.answered !== true;
  const filters = {
    q: search.q,
    status: search.status,
    overdue: search.overdue,
    mine: search.mine,
    addresseeOrganisationId: search.addressee,
    open: onlyOpen || undefined,
    year: search.year,
    answered: search.answered,
  };
  const query = useRecommendations(filters);
  const items = flattenPages(query.data);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const filtered = Object.values(search).some((v) => v !== undefined);
  return (
    <>
      <PageHeader
        title={t('supervision.recommendations.title')}
        description={t('supervision.recommendations.description')}
        actions={<ExportMenu list="recommendations" filters={filters} />}
      />
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <SearchInput value={search.q} onChange={(q) => onSearchChange({ q })} />
          <Select
            label={t('common.status')}
            placeholder={t('common.all')}
            clearable
            data={recommendationStatuses.map((s) => ({
              value: s,
              label: t(`supervision.recommendationStatuses.${s}`),
            }))}
            value={search.status ?? null}
            onChange={(v) =>
              onSearchChange({ status: (v as RecommendationSearch['status']) ?? undefined })
            }
          />
          <Select
            label={t('supervision.recommendations.addressee')}
            placeholder={t('common.all')}
            clearable
            searchable
            data={orgs.data ?? []}
            value={search.addressee ?? null}
            onChange={(v) => onSearchChange({ addressee: v ?? undefined })}
          />
          <Select
            label={t('supervision.recommendations.year')}
            placeholder={t('common.all')}
            clearable
            data={yearOptions()}
            value={search.year ? String(search.year) : null}
            onChange={(v) => onSearchChange({ year: v ? Number(v) : undefined })}
          />
        </SimpleGrid>
        <Group gap="lg">
          <Checkbox
            label={t('supervision.recommendations.onlyOpen')}
            checked={onlyOpen}
            disabled={search.status !== undefined || search.answered === true}
            onChange={(e) => onSearchChange({ open: e.currentTarget.checked ? undefined : false })}
          />
          <Checkbox
            label={t('supervision.recommendations.onlyAnswered')}
            checked={search.answered === true}
            onChange={(e) => onSearchChange({ answered: e.currentTarget.checked || undefined })}
          />
          <Checkbox
            label={t('supervision.recommendations.onlyOverdue')}
            checked={search.overdue === true}
            onChange={(e) => onSearchChange({ overdue: e.currentTarget.checked || undefined })}
          />
          {me.organisation && (
            <Checkbox
              label={t('supervision.recommendations.onlyMine')}
              checked={search.mine === true}
              onChange={(e) => onSearchChange({ mine: e.currentTarget.checked || undefined })}
            />
          )}
        </Group>
        <ListTotal total={listTotalOf(query.data)} />
        <QueryState
          isPending={query.isPending}
          error={query.error}
          isEmpty={items.length === 0}
          emptyText={
            filtered
              ? t('common.noResults')
              : onlyOpen
                ? t('supervision.recommendations.emptyOpen')
                : t('supervision.recommendations.empty')
          }
          onRetry={() => void query.refetch()}
        />
        {items.map((r) => (
          <RecommendationCard
            key={r.id}
            recommendation={r}
            showSupervision
            onAnswer={() => setDialog({ kind: 'answer', recommendation: r })}
            onEdit={() => setDialog({ kind: 'edit', recommendation: r })}
          />
        ))}
        <LoadMore
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      </Stack>
      {dialog?.kind === 'answer' && (
        <AnswerModal recommendation={dialog.recommendation} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'edit' && (
        <RecommendationFormModal
          supervisionId={dialog.recommendation.supervision.id}
          recommendation={dialog.recommendation}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
