import { Anchor, Box, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { ReceptionSession } from '@phoihop/shared/reception';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { HostBadges, organisationNames, SessionKindBadge } from './reception-badges';

/** A table on wide screens and cards on phones, so nothing needs sideways scrolling. */
export function SessionList({ sessions }: { sessions: ReceptionSession[] }) {
  const { t } = useTranslation();
  const dateLink = (session: ReceptionSession) => (
    <Anchor
      renderRoot={(rootProps) => (
        <Link {...rootProps} to={paths.receptionSession} params={{ sessionId: session.id }} />
      )}
      aria-label={t('reception.session.open', { date: formatDate(session.heldOn) })}
      fw={500}
    >
      {formatDate(session.heldOn)}
    </Anchor>
  );
  return (
    <>
      <Box visibleFrom="sm">
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="sessions-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reception.session.heldOn')}</Table.Th>
              <Table.Th>{t('reception.session.kind')}</Table.Th>
              <Table.Th>{t('reception.session.hostNames')}</Table.Th>
              <Table.Th>{t('reception.session.organisations')}</Table.Th>
              <Table.Th ta="right">{t('reception.session.citizens')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((session) => (
              <Table.Tr key={session.id} data-testid={`session-${session.id}`}>
                <Table.Td>{dateLink(session)}</Table.Td>
                <Table.Td>
                  <SessionKindBadge kind={session.kind} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{session.hostNames}</Text>
                  <HostBadges hosts={session.hosts} />
                </Table.Td>
                <Table.Td>{organisationNames(session) || '—'}</Table.Td>
                <Table.Td ta="right">{session.visitCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="xs">
        {sessions.map((session) => (
          <Card key={session.id} withBorder padding="sm">
            <Group justify="space-between" gap="xs">
              {dateLink(session)}
              <SessionKindBadge kind={session.kind} />
            </Group>
            <Text size="sm" mt={4}>
              {session.hostNames}
            </Text>
            <Text size="xs" c="dimmed">
              {[
                organisationNames(session),
                t('reception.session.citizenCount', { count: session.visitCount }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Card>
        ))}
      </Stack>
    </>
  );
}
