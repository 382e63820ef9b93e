import { Badge, Group } from '@mantine/core';
import type {
  PetitionStatus,
  VoterMeetingKind,
  VoterPetition,
} from '@phoihop/shared/voter-contact';
import { useTranslation } from 'react-i18next';

const kindColors: Record<VoterMeetingKind, string> = {
  BEFORE_SESSION: 'blue',
  AFTER_SESSION: 'grape',
  THEMATIC: 'orange',
};

const statusColors: Record<PetitionStatus, string> = {
  RECORDED: 'gray',
  SENT: 'blue',
  ANSWERED: 'teal',
  REPORTED_BACK: 'green',
};

export function MeetingKindBadge({ kind }: { kind: VoterMeetingKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={kindColors[kind]} variant="light" tt="none" miw="max-content">
      {t(`voterContact.kinds.${kind}`)}
    </Badge>
  );
}

/** The status, and whether the answer is (or came) late. */
export function PetitionStatusBadges({ petition }: { petition: VoterPetition }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <Badge color={statusColors[petition.status]} variant="light" tt="none" miw="max-content">
        {t(`voterContact.statuses.${petition.status}`)}
      </Badge>
      {petition.overdue && (
        <Badge color="red" variant="filled" tt="none" miw="max-content">
          {t('voterContact.petitions.overdue')}
        </Badge>
      )}
      {petition.answeredLate && (
        <Badge color="orange" variant="outline" tt="none" miw="max-content">
          {t('voterContact.petitions.answeredLate')}
        </Badge>
      )}
    </Group>
  );
}

export const addresseeLabel = (petition: VoterPetition) =>
  petition.addressee
    ? (petition.addressee.organisation?.shortName ?? petition.addressee.name)
    : '—';
