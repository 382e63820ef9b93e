import { Anchor, Button, Group, Stack, Title } from '@mantine/core';
import type { VoterPetition } from '@phoihop/shared/voter-contact';
import { IconArrowLeft, IconPlus, IconSpeakerphone } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryFallback, QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { useMeeting } from '../api/get-meeting';
import { AnswerPetitionModal } from './answer-petition-modal';
import { MeetingFormModal } from './meeting-form-modal';
import { MeetingHeader } from './meeting-header';
import { PetitionFormModal } from './petition-form-modal';
import { PetitionList } from './petition-list';
import { ReportBackModal } from './report-back-modal';
import { SendPetitionModal } from './send-petition-modal';

type Dialog =
  | { kind: 'meeting' }
  | { kind: 'petition' }
  | { kind: 'reportBack' }
  | { kind: 'send'; petition: VoterPetition }
  | { kind: 'answer'; petition: VoterPetition };

/** /voter-contact/$meetingId: the meeting, its petitions and those reported back at it. */
export function MeetingPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const meeting = useMeeting(meetingId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const canManage = meeting.data?.can.manage ?? false;
  // A dialog follows the petition as refetched (after a conflict it then holds the new version).
  const fresh = (petition: VoterPetition) =>
    meeting.data?.petitionList.find((p) => p.id === petition.id) ?? petition;
  const actions = {
    onSend: (petition: VoterPetition) => setDialog({ kind: 'send', petition }),
    onAnswer: (petition: VoterPetition) => setDialog({ kind: 'answer', petition }),
  };
  return (
    <>
      <Anchor component={Link} to={paths.voterMeetings} size="sm" mb="sm" display="inline-flex">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('voterContact.meetings.back')}
        </Group>
      </Anchor>
      <QueryFallback query={meeting} />
      {meeting.data && (
        <>
          <MeetingHeader
            meeting={meeting.data}
            onEdit={canManage ? () => setDialog({ kind: 'meeting' }) : undefined}
          />
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('voterContact.petitions.title')}
              </Title>
              {canManage && (
                <Group gap="xs">
                  <Button
                    variant="default"
                    leftSection={<IconSpeakerphone size={18} aria-hidden />}
                    onClick={() => setDialog({ kind: 'reportBack' })}
                  >
                    {t('voterContact.reportBack.action')}
                  </Button>
                  <Button
                    leftSection={<IconPlus size={18} aria-hidden />}
                    onClick={() => setDialog({ kind: 'petition' })}
                  >
                    {t('voterContact.petitions.add')}
                  </Button>
                </Group>
              )}
            </Group>
            <QueryState
              isPending={false}
              error={null}
              isEmpty={meeting.data.petitionList.length === 0}
              emptyText={t('voterContact.petitions.empty')}
            />
            {meeting.data.petitionList.length > 0 && (
              <PetitionList petitions={meeting.data.petitionList} actions={actions} />
            )}
            {meeting.data.reportedBack.length > 0 && (
              <>
                <Title order={2} size="h4" mt="md">
                  {t('voterContact.reportBack.listTitle')}
                </Title>
                <PetitionList petitions={meeting.data.reportedBack} actions={actions} showMeeting />
              </>
            )}
          </Stack>
          {dialog?.kind === 'meeting' && (
            <MeetingFormModal meeting={meeting.data} onClose={() => setDialog(null)} />
          )}
          {dialog?.kind === 'petition' && (
            <PetitionFormModal meetingId={meetingId} onClose={() => setDialog(null)} />
          )}
          {dialog?.kind === 'reportBack' && (
            <ReportBackModal meeting={meeting.data} onClose={() => setDialog(null)} />
          )}
          {dialog?.kind === 'send' && (
            <SendPetitionModal petition={fresh(dialog.petition)} onClose={() => setDialog(null)} />
          )}
          {dialog?.kind === 'answer' && (
            <AnswerPetitionModal
              petition={fresh(dialog.petition)}
              onClose={() => setDialog(null)}
            />
          )}
        </>
      )}
    </>
  );
}
