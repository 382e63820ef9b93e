import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../lib/i18n';

export function LanguageSwitch(props: { onChange?: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={i18n.language}
      data={languages.map((lang) => ({ value: lang, label: t(`languages.${lang}`) }))}
      onChange={(value) => {
        void i18n.changeLanguage(value);
        props.onChange?.(value as Language);
      }}
    />
  );
}
