import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-client';

/** What the server refused that no single field explains: a version conflict, a denial. */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
    return (
      <Alert color="orange" role="alert" title={t('errors.conflictTitle')}>
        <Text size="sm">{t('errors.conflict')}</Text>
      </Alert>
    );
  }
  const message = isApiError(error)
    ? (error.detail ?? error.title)
    : error instanceof Error
      ? error.message
      : t('errors.unexpected');
  return (
    <Alert color="red" role="alert" title={t('errors.title')}>
      <Text size="sm">{message}</Text>
    </Alert>
  );
}
