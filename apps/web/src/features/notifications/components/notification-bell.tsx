import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Text,
} from '@mantine/core';
import type { Notification } from '@phoihop/shared/notifications';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../api/get-unread-count';
import { useRecentNotifications } from '../api/list-notifications';
import { useMarkRead } from '../api/mark-read';
import { NotificationList } from './notification-list';

/** `onNavigate` follows a notification's in-app link (the router lives at app level). */
export function NotificationBell(props: { onNavigate: (link: string) => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const unread = useUnreadCount().data?.unread ?? 0;
  const recent = useRecentNotifications(opened);
  const markRead = useMarkRead();

  const open = (item: Notification) => {
    if (!item.readAt) markRead.mutate({ ids: [item.id] });
    setOpened(false);
    if (item.link) props.onNavigate(item.link);
  };

  // The popover's target is the button itself: on the indicator's <div> the aria-expanded it
  // adds would be an attribute a div may not carry.
  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      size={18}
      disabled={unread === 0}
      offset={4}
      color="red"
    >
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={340}
        shadow="md"
        trapFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={
              unread > 0
                ? t('notifications.openWithCount', { count: unread })
                : t('notifications.open')
            }
            onClick={() => setOpened((o) => !o)}
            data-testid="notification-bell"
          >
            <IconBell size={22} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0}>
          <Group justify="space-between" p="sm">
            <Text fw={600}>{t('notifications.title')}</Text>
            <Button
              size="compact-xs"
              variant="subtle"
              disabled={unread === 0}
              onClick={() => markRead.mutate({})}
            >
              {t('notifications.markAllRead')}
            </Button>
          </Group>
          <Divider />
          <ScrollArea.Autosize mah={400}>
            {recent.isError ? (
              <Text c="red" size="sm" p="sm">
                {t('notifications.loadError')}
              </Text>
            ) : (
              <NotificationList items={recent.data?.items ?? []} onOpen={open} />
            )}
          </ScrollArea.Autosize>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
