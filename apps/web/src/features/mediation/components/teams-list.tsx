import { Badge, Box, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { MediationTeam } from '@phoihop/shared/mediation';
import { useTranslation } from 'react-i18next';
import { TeamWarnings } from './mediation-badges';
import { TeamLink } from './team-link';

/** A table on wide screens and cards on phones. */
export function TeamsList({ teams }: { teams: MediationTeam[] }) {
  const { t } = useTranslation();
  const inactive = (team: MediationTeam) =>
    !team.active && (
      <Badge color="gray" variant="light" tt="none">
        {t('mediation.teams.inactive')}
      </Badge>
    );
  return (
    <>
      <Box visibleFrom="sm">
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="teams-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('mediation.teams.name')}</Table.Th>
              <Table.Th>{t('mediation.teams.leader')}</Table.Th>
              <Table.Th ta="right">{t('mediation.teams.mediators')}</Table.Th>
              <Table.Th ta="right">{t('mediation.teams.women')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {teams.map((team) => (
              <Table.Tr key={team.id} data-testid={`team-row-${team.id}`}>
                <Table.Td>
                  <TeamLink teamId={team.id} fw={500}>
                    {team.name}
                  </TeamLink>
                  <Text size="xs" c="dimmed">
                    {team.area}
                  </Text>
                </Table.Td>
                <Table.Td>{team.leader?.fullName ?? t('mediation.teams.noLeader')}</Table.Td>
                <Table.Td ta="right">{team.mediatorCount}</Table.Td>
                <Table.Td ta="right">{team.womenCount}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {inactive(team)}
                    <TeamWarnings warnings={team.warnings} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="xs">
        {teams.map((team) => (
          <Card key={team.id} withBorder padding="sm">
            <TeamLink teamId={team.id} fw={500}>
              {team.name}
            </TeamLink>
            <Text size="xs" c="dimmed">
              {[
                team.area,
                team.leader?.fullName,
                t('mediation.teams.counts', {
                  mediators: team.mediatorCount,
                  women: team.womenCount,
                }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Group gap={4} mt={4}>
              {inactive(team)}
              <TeamWarnings warnings={team.warnings} />
            </Group>
          </Card>
        ))}
      </Stack>
    </>
  );
}
