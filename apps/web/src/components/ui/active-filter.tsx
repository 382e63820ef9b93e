import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Active / deactivated / all, as a URL-friendly boolean. */
export function ActiveFilter(props: {
  value: boolean | undefined;
  onChange: (value: boolean | undefined) => void;
}) {
  const { t } = useTranslation();
  const value = props.value === undefined ? 'all' : String(props.value);
  return (
    <Select
      label={t('common.status')}
      data={[
        { value: 'all', label: t('common.all') },
        { value: 'true', label: t('common.active') },
        { value: 'false', label: t('common.inactive') },
      ]}
      value={value}
      allowDeselect={false}
      onChange={(next) =>
        props.onChange(next === 'true' ? true : next === 'false' ? false : undefined)
      }
    />
  );
}
