import { Anchor, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { VoterPetition } from '@phoihop/shared/voter-contact';
import { IconMessageReply, IconSend } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AttachmentLink } from '../../../components/ui/attachment-link';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { addresseeLabel, PetitionStatusBadges } from './voter-badges';

export interface PetitionActions {
  onSend: (petition: VoterPetition) => void;
  onAnswer: (petition: VoterPetition) => void;
}

/** Whether the reader can send or answer this petition now (the only actions on a row). */
const hasActions = (p: VoterPetition) =>
  (p.can.manage && p.status === 'RECORDED') || (p.can.answer && p.status === 'SENT');

function Actions({ petition, actions }: { petition: VoterPetition; actions: PetitionActions }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {petition.can.manage && petition.status === 'RECORDED' && (
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconSend size={14} aria-hidden />}
          onClick={() => actions.onSend(petition)}
        >
          {t('voterContact.send.action')}
        </Button>
      )}
      {petition.can.answer && petition.status === 'SENT' && (
        <Button
          size="compact-sm"
          variant="light"
          color="teal"
          leftSection={<IconMessageReply size={14} aria-hidden />}
          onClick={() => actions.onAnswer(petition)}
        >
          {t('voterContact.answer.action')}
        </Button>
      )}
    </Group>
  );
}

function Due({ petition }: { petition: VoterPetition }) {
  if (!petition.dueOn) return <>—</>;
  return (
    <Text
      size="sm"
      style={{ whiteSpace: 'nowrap' }}
      c={petition.overdue ? 'red' : undefined}
      fw={petition.overdue ? 600 : undefined}
    >
      {formatDate(petition.dueOn)}
    </Text>
  );
}

function Answer({ petition }: { petition: VoterPetition }) {
  const { t } = useTranslation();
  const { answer } = petition;
  if (!answer) return <>—</>;
  return (
    <Stack gap={2}>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {answer.text}
      </Text>
      <Text size="xs" c="dimmed">
        {[
          t('voterContact.petitions.answeredOn', { date: formatDate(answer.answeredOn) }),
          answer.documentNumber
            ? t('voterContact.petitions.documentNumber', { number: answer.documentNumber })
            : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {answer.file && <AttachmentLink file={answer.file} size="xs" />}
      {petition.reportedBackAt && (
        <Text size="xs" c="green">
          {t('voterContact.petitions.reportedBackAt', {
            date: formatDate(petition.reportedBackAt.heldOn),
          })}
        </Text>
      )}
    </Stack>
  );
}

function MeetingLink({ petition }: { petition: VoterPetition }) {
  return (
    <Anchor
      size="sm"
      renderRoot={(rootProps) => (
        <Link {...rootProps} to={paths.voterMeeting} params={{ meetingId: petition.meeting.id }} />
      )}
    >
      {formatDate(petition.meeting.heldOn)}
    </Anchor>
  );
}

/**
 * The petitions as a table on wide screens and as cards on phones (one or the other, so each
 * action exists once on the page).
 */
export function PetitionList(props: {
  petitions: VoterPetition[];
  actions: PetitionActions;
  /** On the all-petitions page each row names its meeting. */
  showMeeting?: boolean;
}) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)');
  const { petitions, actions } = props;
  if (!wide) {
    return (
      <Stack gap="xs">
        {petitions.map((p) => (
          <Card key={p.id} withBorder padding="sm" radius="md" data-testid="petition-row">
            <Stack gap={6}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <Text fw={600}>
                  {p.ordinal}. {t(`voterContact.fields.${p.field}`)}
                </Text>
                <PetitionStatusBadges petition={p} />
              </Group>
              <Text style={{ whiteSpace: 'pre-line' }}>{p.content}</Text>
              <Text size="sm" c="dimmed">
                {[
                  p.voterName,
                  p.addressee
                    ? `${t('voterContact.petitions.addressee')}: ${addresseeLabel(p)}`
                    : null,
                  p.sentOn && p.dueOn
                    ? t('voterContact.petitions.sentOnDue', {
                        sent: formatDate(p.sentOn),
                        due: formatDate(p.dueOn),
                      })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {props.showMeeting && (
                <Text size="sm">
                  {t('voterContact.petitions.meeting')}: <MeetingLink petition={p} />
                </Text>
              )}
              {p.answer && <Answer petition={p} />}
              <Actions petition={p} actions={actions} />
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  // Readers with nothing to do get no empty "actions" column, and the text columns get the room.
  const withActions = petitions.some(hasActions);
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped verticalSpacing="xs" data-testid="petitions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>{t('voterContact.petitions.ordinal')}</Table.Th>
            {props.showMeeting && (
              <Table.Th w={100}>{t('voterContact.petitions.meeting')}</Table.Th>
            )}
            <Table.Th miw={200}>{t('voterContact.petitions.content')}</Table.Th>
            <Table.Th w={90}>{t('voterContact.petitions.field')}</Table.Th>
            <Table.Th w={120}>{t('voterContact.petitions.voterName')}</Table.Th>
            <Table.Th w={100}>{t('voterContact.petitions.addressee')}</Table.Th>
            <Table.Th w={100}>{t('voterContact.petitions.dueOn')}</Table.Th>
            <Table.Th w={120}>{t('voterContact.petitions.status')}</Table.Th>
            <Table.Th miw={200}>{t('voterContact.petitions.answer')}</Table.Th>
            {withActions && <Table.Th w={150}>{t('voterContact.petitions.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {petitions.map((p) => (
            <Table.Tr key={p.id} data-testid="petition-row">
              <Table.Td>{p.ordinal}</Table.Td>
              {props.showMeeting && (
                <Table.Td>
                  <MeetingLink petition={p} />
                </Table.Td>
              )}
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{p.content}</Table.Td>
              <Table.Td>{t(`voterContact.fields.${p.field}`)}</Table.Td>
              <Table.Td>{p.voterName ?? '—'}</Table.Td>
              <Table.Td>{addresseeLabel(p)}</Table.Td>
              <Table.Td>
                <Due petition={p} />
              </Table.Td>
              <Table.Td>
                <PetitionStatusBadges petition={p} />
              </Table.Td>
              <Table.Td>
                <Answer petition={p} />
              </Table.Td>
              {withActions && (
                <Table.Td>
                  <Actions petition={p} actions={actions} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
