import { Box, Group, Indicator, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { Notification } from '@phoihop/shared/notifications';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';

export function NotificationList(props: {
  items: Notification[];
  onOpen: (item: Notification) => void;
}) {
  const { t } = useTranslation();
  if (props.items.length === 0) {
    return (
      <Text c="dimmed" size="sm" p="sm">
        {t('notifications.empty')}
      </Text>
    );
  }
  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {props.items.map((item) => (
        <Box component="li" key={item.id}>
          <UnstyledButton
            w="100%"
            p="sm"
            onClick={() => props.onOpen(item)}
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            bg={item.readAt ? undefined : 'blue.0'}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm" fw={item.readAt ? 400 : 600}>
                {item.title}
                {!item.readAt && (
                  <VisuallyHidden>{` (${t('notifications.unread')})`}</VisuallyHidden>
                )}
              </Text>
              {!item.readAt && <Indicator inline size={8} processing={false} aria-hidden />}
            </Group>
            {item.body && (
              <Text size="xs" c="dimmed" lineClamp={2}>
                {item.body}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {formatDateTime(item.createdAt)}
            </Text>
          </UnstyledButton>
        </Box>
      ))}
    </Stack>
  );
}
