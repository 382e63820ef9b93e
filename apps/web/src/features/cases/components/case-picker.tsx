import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCases } from '../api/list-cases';

/** Finds an earlier case by its number, a name or words of its content (accent-insensitive). */
export function CasePicker(props: {
  label: string;
  value: string | null;
  onChange: (caseId: string | null) => void;
  error?: string | undefined;
  required?: boolean;
  excludeId?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const query = useQuery({
    queryKey: ['cases', 'picker', q],
    queryFn: () => listCases({ q: q || undefined }, undefined, 10),
    enabled: q.length >= 2,
    select: (page) =>
      page.items
        .filter((c) => c.id !== props.excludeId)
        .map((c) => ({ value: c.id, label: `${c.number} — ${c.summary.slice(0, 80)}` })),
  });
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const data = query.data ?? [];
  const options = chosen && !data.some((o) => o.value === chosen.value) ? [chosen, ...data] : data;
  return (
    <Select
      label={props.label}
      required={props.required}
      placeholder={t('cases.picker.placeholder')}
      searchable
      clearable
      filter={({ options: all }) => all}
      nothingFoundMessage={q.length >= 2 && !query.isFetching ? t('common.noResults') : undefined}
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      value={props.value}
      error={props.error}
      onChange={(value, option) => {
        setChosen(value ? option : null);
        props.onChange(value);
      }}
    />
  );
}
