import { Anchor, Box, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { VoterMeeting } from '@phoihop/shared/voter-contact';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { MeetingKindBadge } from './voter-badges';

const subjectOf = (m: VoterMeeting) => m.theme ?? m.councilSession ?? '';

function PetitionCounts({ meeting }: { meeting: VoterMeeting }) {
  const { t } = useTranslation();
  const { total, awaiting, overdue } = meeting.petitions;
  return (
    <Text size="sm">
      {t('voterContact.meetings.petitionCount', { count: total })}
      {awaiting > 0 && ` · ${t('voterContact.meetings.awaiting', { count: awaiting })}`}
      {overdue > 0 && (
        <Text span c="red" fw={600} size="sm">
          {` · ${t('voterContact.meetings.overdue', { count: overdue })}`}
        </Text>
      )}
    </Text>
  );
}

/** A table on wide screens and cards on phones. */
export function MeetingList({ meetings }: { meetings: VoterMeeting[] }) {
  const { t } = useTranslation();
  const dateLink = (meeting: VoterMeeting) => (
    <Anchor
      renderRoot={(rootProps) => (
        <Link {...rootProps} to={paths.voterMeeting} params={{ meetingId: meeting.id }} />
      )}
      aria-label={t('voterContact.meetings.open', { date: formatDate(meeting.heldOn) })}
      fw={500}
    >
      {formatDate(meeting.heldOn)}
    </Anchor>
  );
  return (
    <>
      <Box visibleFrom="sm">
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="meetings-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('voterContact.meetings.heldOn')}</Table.Th>
              <Table.Th>{t('voterContact.meetings.kind')}</Table.Th>
              <Table.Th>{t('voterContact.meetings.location')}</Table.Th>
              <Table.Th>{t('voterContact.meetings.voterCount')}</Table.Th>
              <Table.Th>{t('voterContact.meetings.petitions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meetings.map((meeting) => (
              <Table.Tr key={meeting.id}>
                <Table.Td>{dateLink(meeting)}</Table.Td>
                <Table.Td>
                  <MeetingKindBadge kind={meeting.kind} />
                  <Text size="xs" c="dimmed">
                    {subjectOf(meeting)}
                  </Text>
                </Table.Td>
                <Table.Td>{meeting.location}</Table.Td>
                <Table.Td>{meeting.voterCount ?? '—'}</Table.Td>
                <Table.Td>
                  <PetitionCounts meeting={meeting} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="xs">
        {meetings.map((meeting) => (
          <Card key={meeting.id} withBorder padding="sm">
            <Group justify="space-between" gap="xs">
              {dateLink(meeting)}
              <MeetingKindBadge kind={meeting.kind} />
            </Group>
            <Text size="sm" mt={4}>
              {[meeting.location, subjectOf(meeting)].filter(Boolean).join(' · ')}
            </Text>
            <PetitionCounts meeting={meeting} />
          </Card>
        ))}
      </Stack>
    </>
  );
}
