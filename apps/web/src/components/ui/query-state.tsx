import { Alert, Button, Center, Loader, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useIsOnline } from '../../lib/connection';

/** Loading, error and empty states shared by every list. */
export function QueryState(props: {
  isPending: boolean;
  error: unknown;
  isEmpty: boolean;
  emptyText: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const online = useIsOnline();
  // Offline, a query waits (paused) rather than fails: say so instead of spinning for ever.
  if (props.isPending && !online) {
    return (
      <Text c="dimmed" py="lg" ta="center">
        {t('connection.waiting')}
      </Text>
    );
  }
  if (props.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (props.error) {
    const message = props.error instanceof Error ? props.error.message : t('errors.unexpected');
    return (
      <Alert color="red" icon={<IconAlertCircle />} title={t('errors.title')} role="alert">
        <Text size="sm">{message}</Text>
        {props.onRetry && (
          <Button mt="sm" size="xs" variant="light" color="red" onClick={props.onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Alert>
    );
  }
  if (props.isEmpty) {
    return (
      <Text c="dimmed" py="lg" ta="center">
        {props.emptyText}
      </Text>
    );
  }
  return null;
}

/** A page's one record until it has arrived: the loader, or why it did not come and a retry. */
export function QueryFallback(props: {
  query: { isPending: boolean; error: unknown; refetch: () => unknown };
}) {
  const { query } = props;
  return (
    <QueryState
      isPending={query.isPending}
      error={query.error}
      isEmpty={false}
      emptyText=""
      onRetry={() => void query.refetch()}
    />
  );
}
