import { Badge } from '@mantine/core';
import type { SuggestionStatus } from '@phoihop/shared/suggestions';
import { useTranslation } from 'react-i18next';

const statusColors: Record<SuggestionStatus, string> = {
  RECEIVED: 'gray',
  FORWARDED: 'blue',
  ANSWERED: 'teal',
  FILED: 'dark',
  CASE_OPENED: 'grape',
};

export function SuggestionStatusBadge({ status }: { status: SuggestionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light" tt="none" miw="max-content">
      {t(`suggestions.statuses.${status}`)}
    </Badge>
  );
}
