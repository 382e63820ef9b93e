import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack p="md" align="flex-start">
      <Text>{t('errors.notFound')}</Text>
      <Anchor href={paths.home}>{t('errors.goHome')}</Anchor>
    </Stack>
  );
}

/** Each route section fails on its own; the shell stays usable. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <Alert color="red" icon={<IconAlertCircle />} title={t('errors.pageError')} role="alert" m="md">
      <Text size="sm">{error instanceof Error ? error.message : t('errors.unexpected')}</Text>
      <Button
        mt="sm"
        size="xs"
        variant="light"
        color="red"
        onClick={() => {
          reset();
          void router.invalidate();
        }}
      >
        {t('common.retry')}
      </Button>
    </Alert>
  );
}
