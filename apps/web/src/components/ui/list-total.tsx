import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * How many items match the list's filters, above the list: the same count as the figure that
 * opened it. Nothing while the list loads or when its endpoint does not count.
 */
export function ListTotal(props: { total: number | null }) {
  const { t, i18n } = useTranslation();
  if (props.total === null) return null;
  const count = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN').format(
    props.total,
  );
  return (
    <Text size="sm" c="dimmed" data-testid="list-total" data-total={props.total} aria-live="polite">
      {t('common.listTotal', { count })}
    </Text>
  );
}
