import { Alert, Button, Group, Text } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import { onlineManager } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { probeNow, useIsOnline } from '../../../lib/connection';

const RESTORED_NOTICE_MS = 4000;

/**
 * Says that the connection is lost while it is, and briefly that it came back. The live
 * region is always rendered so that screen readers announce both changes.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const online = useIsOnline();
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Called on each change only: back online shows "connected again" for a few seconds.
    const unsubscribe = onlineManager.subscribe((isOnline) => {
      clearTimeout(timer);
      setRestored(isOnline);
      if (isOnline) timer = setTimeout(() => setRestored(false), RESTORED_NOTICE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);

  return (
    <div role="status" aria-live="polite" data-testid="connection-status">
      {!online && (
        <Alert color="gray" icon={<IconWifiOff />} title={t('connection.lostTitle')} mb="md">
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t('connection.lost')}</Text>
            <Button size="xs" variant="default" onClick={() => void probeNow()}>
              {t('connection.retryNow')}
            </Button>
          </Group>
        </Alert>
      )}
      {online && restored && (
        <Alert color="teal" mb="md">
          <Text size="sm">{t('connection.restored')}</Text>
        </Alert>
      )}
    </div>
  );
}
