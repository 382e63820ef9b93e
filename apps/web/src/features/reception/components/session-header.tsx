import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReceptionSession } from '@phoihop/shared/reception';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { HostBadges, organisationNames, SessionKindBadge } from './reception-badges';
import { useDocumentTitle } from '../../../lib/document-title';

export function SessionHeader(props: { session: ReceptionSession; onEdit?: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('reception.title')} ${formatDate(props.session.heldOn)}`);
  const { session } = props;
  const orgs = organisationNames(session);
  return (
    <Paper withBorder p="md" radius="md" mb="md" data-testid="session-header">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text size="sm" c="dimmed">
              {t('reception.title')}
            </Text>
            <Title order={1} size="h3">
              {formatDate(session.heldOn)}
              {session.location ? ` · ${session.location}` : ''}
            </Title>
          </div>
          <Group gap="xs">
            <SessionKindBadge kind={session.kind} />
            {props.onEdit && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPencil size={14} aria-hidden />}
                onClick={props.onEdit}
              >
                {t('reception.session.edit')}
              </Button>
            )}
          </Group>
        </Group>
        <Text>{session.hostNames}</Text>
        <HostBadges hosts={session.hosts} />
        {orgs && (
          <Text size="sm">
            {t('reception.session.organisations')}: {orgs}
          </Text>
        )}
        {session.note && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {session.note}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('reception.session.citizenCount', { count: session.visitCount })}
        </Text>
      </Stack>
    </Paper>
  );
}
