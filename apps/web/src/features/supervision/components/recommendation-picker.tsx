import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Recommendation } from '@phoihop/shared/supervision';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flattenPages } from '../../../lib/pagination';
import { useRecommendations } from '../api/recommendations';

export const recommendationLabel = (r: {
  ordinal: number;
  content: string;
  supervision: { title: string };
}) => `${r.supervision.title} – ${r.ordinal}. ${r.content}`;

/**
 * Earlier recommendations a follow-up supervision checks, found by searching all of them.
 * `known` labels the ones already chosen (from the supervision being edited).
 */
export function RecommendationPicker(props: {
  value: string[];
  onChange: (ids: string[]) => void;
  known?: { id: string; label: string }[];
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const query = useRecommendations({ q: q || undefined });
  // Labels of chosen items survive a new search that no longer returns them.
  const [labels, setLabels] = useState<Record<string, string>>(() =>
    Object.fromEntries((props.known ?? []).map((k) => [k.id, k.label])),
  );
  const found = flattenPages(query.data);
  const options = new Map<string, string>();
  for (const id of props.value) options.set(id, labels[id] ?? id);
  for (const r of found) options.set(r.id, recommendationLabel(r));
  const remember = (ids: string[]) => {
    const byId = new Map<string, Recommendation>(found.map((r) => [r.id, r]));
    setLabels((prev) => {
      const next = { ...prev };
      for (const id of ids) {
        const r = byId.get(id);
        if (r) next[id] = recommendationLabel(r);
      }
      return next;
    });
    props.onChange(ids);
  };
  return (
    <MultiSelect
      label={t('supervision.fields.checks')}
      description={t('supervision.fields.checksHelp')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={query.isPending ? t('common.loading') : t('common.noResults')}
      data={[...options].map(([value, label]) => ({ value, label }))}
      value={props.value}
      onChange={remember}
      maxDropdownHeight={280}
    />
  );
}
