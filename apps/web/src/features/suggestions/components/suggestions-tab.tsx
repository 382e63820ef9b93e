import { Checkbox, Select, SimpleGrid, Stack } from '@mantine/core';
import { suggestionFields, suggestionStatuses } from '@phoihop/shared/suggestions';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { SearchInput } from '../../../components/ui/search-input';
import { flattenPages } from '../../../lib/pagination';
import { useBoxes } from '../api/list-boxes';
import { useSuggestions } from '../api/list-suggestions';
import type { SuggestionsSearch } from '../search-params';
import { SuggestionList } from './suggestion-list';

/** Every suggestion received, newest first, with its filters in the URL. */
export function SuggestionsTab(props: {
  search: SuggestionsSearch;
  onSearchChange: (patch: Partial<SuggestionsSearch>) => void;
}) {
  const { t } = useTranslation();
  const { search, onSearchChange } = props;
  const boxes = flattenPages(useBoxes().data);
  const query = useSuggestions({
    q: search.q,
    status: search.status,
    field: search.field,
    boxId: search.box,
    mine: search.mine,
  });
  const suggestions = flattenPages(query.data);
  const filtered = [search.q, search.status, search.field, search.box, search.mine].some(
    (v) => v !== undefined,
  );
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <SearchInput value={search.q} onChange={(q) => onSearchChange({ q })} />
        <Select
          label={t('suggestions.items.status')}
          placeholder={t('common.all')}
          clearable
          data={suggestionStatuses.map((s) => ({
            value: s,
            label: t(`suggestions.statuses.${s}`),
          }))}
          value={search.status ?? null}
          onChange={(v) =>
            onSearchChange({ status: (v as SuggestionsSearch['status']) ?? undefined })
          }
        />
        <Select
          label={t('suggestions.items.field')}
          placeholder={t('common.all')}
          clearable
          data={suggestionFields.map((f) => ({ value: f, label: t(`suggestions.fields.${f}`) }))}
          value={search.field ?? null}
          onChange={(v) =>
            onSearchChange({ field: (v as SuggestionsSearch['field']) ?? undefined })
          }
        />
        <Select
          label={t('suggestions.openings.box')}
          placeholder={t('suggestions.openings.allBoxes')}
          clearable
          data={boxes.map((box) => ({ value: box.id, label: box.name }))}
          value={search.box ?? null}
          onChange={(v) => onSearchChange({ box: v ?? undefined })}
        />
      </SimpleGrid>
      <Checkbox
        label={t('suggestions.items.mine')}
        checked={search.mine === true}
        onChange={(e) => onSearchChange({ mine: e.currentTarget.checked || undefined })}
      />
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={suggestions.length === 0}
        emptyText={filtered ? t('common.noResults') : t('suggestions.items.emptyAll')}
        onRetry={() => void query.refetch()}
      />
      {suggestions.length > 0 && <SuggestionList suggestions={suggestions} showOpening />}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </Stack>
  );
}
