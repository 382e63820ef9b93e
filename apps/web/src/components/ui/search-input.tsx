import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A search box that reports its value after the user pauses typing. */
export function SearchInput(props: {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.value ?? '');
  const report = useDebouncedCallback(
    (value: string) => props.onChange(value.trim() || undefined),
    350,
  );
  return (
    <TextInput
      label={t('common.search')}
      placeholder={t('common.searchPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        report(event.currentTarget.value);
      }}
      type="search"
      maxLength={100}
    />
  );
}
