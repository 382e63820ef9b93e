import { Box, Card, Stack, Table, Text } from '@mantine/core';
import type { Member } from '@phoihop/shared/supervision';
import { useTranslation } from 'react-i18next';

/** A team's or a board's members: a table on wide screens, cards on phones. */
export function MembersTable({
  members,
  roles = 'roles',
}: {
  members: Member[];
  roles?: 'roles' | 'boardRoles';
}) {
  const { t } = useTranslation();
  if (members.length === 0) return <Text c="dimmed">{t('supervision.members.none')}</Text>;
  const org = (m: Member) => m.organisation?.shortName ?? m.organisation?.name ?? '—';
  return (
    <>
      <Box visibleFrom="sm">
        <Table striped verticalSpacing="xs" data-testid="members-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('supervision.members.fullName')}</Table.Th>
              <Table.Th>{t('supervision.members.role')}</Table.Th>
              <Table.Th>{t('supervision.members.position')}</Table.Th>
              <Table.Th>{t('supervision.members.organisation')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => (
              <Table.Tr key={m.id} data-testid="member">
                <Table.Td>{m.fullName}</Table.Td>
                <Table.Td>{t(`supervision.${roles}.${m.role}`)}</Table.Td>
                <Table.Td>{m.position ?? '—'}</Table.Td>
                <Table.Td>{org(m)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="xs">
        {members.map((m) => (
          <Card key={m.id} withBorder padding="xs">
            <Text fw={500}>{m.fullName}</Text>
            <Text size="sm" c="dimmed">
              {[
                t(`supervision.${roles}.${m.role}`),
                m.position,
                m.organisation?.shortName ?? m.organisation?.name,
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
