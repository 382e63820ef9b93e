import { Button, Card, Group, Stack, Text } from '@mantine/core';
import type { DraftComment } from '@phoihop/shared/criticism';
import { IconMessageReply } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { ResponseBadge } from './criticism-badges';

const authorOf = (c: DraftComment) =>
  [c.organisation?.shortName ?? c.organisation?.name, c.personName].filter(Boolean).join(' – ');

/** Each comment with the point it is about and the drafting body's response to it. */
export function CommentList(props: {
  comments: DraftComment[];
  onRespond: (comment: DraftComment) => void;
}) {
  const { t } = useTranslation();
  if (props.comments.length === 0) {
    return (
      <Text c="dimmed" ta="center" py="md">
        {t('criticism.comments.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {props.comments.map((c) => (
        <Card key={c.id} withBorder padding="sm" radius="md" data-testid="comment-card">
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" gap="xs">
              <div>
                <Text fw={600}>{authorOf(c)}</Text>
                {c.point && (
                  <Text size="sm" c="dimmed">
                    {c.point}
                  </Text>
                )}
              </div>
              <ResponseBadge response={c.response} />
            </Group>
            <Text style={{ whiteSpace: 'pre-line' }}>{c.content}</Text>
            <Text size="xs" c="dimmed">
              {t('criticism.comments.by', { name: c.createdBy.fullName })} ·{' '}
              {formatDateTime(c.createdAt)}
            </Text>
            {c.response !== 'PENDING' && (
              <Stack
                gap={2}
                pl="sm"
                style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}
              >
                {c.responseText && (
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {c.responseText}
                  </Text>
                )}
                {c.respondedOn && (
                  <Text size="xs" c="dimmed">
                    {t('criticism.responses.on', {
                      name: c.respondedBy?.fullName ?? '',
                      date: formatDate(c.respondedOn),
                    })}
                  </Text>
                )}
              </Stack>
            )}
            {c.can.respond && (
              <Group>
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconMessageReply size={14} aria-hidden />}
                  onClick={() => props.onRespond(c)}
                >
                  {t('criticism.responses.respond')}
                </Button>
              </Group>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
