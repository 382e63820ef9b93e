import { Alert, Anchor, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';

/** For an account that may not read any letter: what the list is for, and what it may see. */
export function CasesClosedNotice() {
  const { t } = useTranslation();
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconInfoCircle aria-hidden />}
      title={t('cases.closed.title')}
    >
      <Text size="sm">{t('cases.closed.body')}</Text>
      <Anchor component={Link} to={paths.caseStatistics} size="sm" mt="xs" display="inline-block">
        {t('cases.closed.statistics')}
      </Anchor>
    </Alert>
  );
}
