import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLetterSearch } from '../api/search-letters';

type LetterRef = { id: string; number: string };

/** Picks a letter (đơn thư) by searching its number or words on the server. */
export function LetterPicker(props: {
  value: string | null;
  initial: LetterRef | null;
  onChange: (caseId: string | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [chosen, setChosen] = useState<LetterRef | null>(props.initial);
  const found = useLetterSearch(q).data ?? [];
  const options = found.map((c) => ({ value: c.id, label: `${c.number} · ${c.petitionerLabel}` }));
  // Keep the chosen letter listed so its label shows while another search runs.
  if (chosen && !options.some((o) => o.value === chosen.id)) {
    options.unshift({ value: chosen.id, label: chosen.number });
  }
  return (
    <Select
      label={t('mediation.cases.letter')}
      description={t('mediation.cases.letterHelp')}
      searchable
      clearable
      data={options}
      // The server has already matched: show its answers as they are.
      filter={({ options: all }) => all}
      nothingFoundMessage={q.length >= 2 ? t('mediation.cases.letterNone') : undefined}
      searchValue={search}
      onSearchChange={setSearch}
      value={props.value}
      onChange={(id) => {
        const hit = found.find((c) => c.id === id);
        setChosen(hit ? { id: hit.id, number: hit.number } : id ? chosen : null);
        props.onChange(id);
      }}
      error={props.error}
    />
  );
}
