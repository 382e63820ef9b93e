import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { VoterMeetingDetail } from '@phoihop/shared/voter-contact';
import { IconFileSpreadsheet, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AttachmentLink } from '../../../components/ui/attachment-link';
import { formatDate } from '../../../lib/dates';
import { petitionsExportUrl } from '../api/export-petitions';
import { MeetingKindBadge } from './voter-badges';
import { useDocumentTitle } from '../../../lib/document-title';

export function MeetingHeader(props: { meeting: VoterMeetingDetail; onEdit?: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('voterContact.title')} ${formatDate(props.meeting.heldOn)}`);
  const { meeting } = props;
  const subject = meeting.theme ?? meeting.councilSession;
  return (
    <Paper withBorder p="md" radius="md" mb="md" data-testid="meeting-header">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text size="sm" c="dimmed">
              {t('voterContact.title')}
            </Text>
            <Title order={1} size="h3">
              {formatDate(meeting.heldOn)} · {meeting.location}
            </Title>
          </div>
          <Group gap="xs">
            <MeetingKindBadge kind={meeting.kind} />
            <Button
              size="xs"
              variant="default"
              component="a"
              href={petitionsExportUrl(meeting.id)}
              download
              leftSection={<IconFileSpreadsheet size={14} aria-hidden />}
            >
              {t('voterContact.export')}
            </Button>
            {props.onEdit && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPencil size={14} aria-hidden />}
                onClick={props.onEdit}
              >
                {t('voterContact.meetings.edit')}
              </Button>
            )}
          </Group>
        </Group>
        {subject && <Text>{subject}</Text>}
        {meeting.delegates.length > 0 && (
          <Text size="sm">
            {t('voterContact.meetings.delegates')}: {meeting.delegates.join('; ')}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {[
            meeting.voterCount !== null
              ? t('voterContact.meetings.voters', { count: meeting.voterCount })
              : null,
            t('voterContact.meetings.petitionCount', { count: meeting.petitions.total }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {meeting.note && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {meeting.note}
          </Text>
        )}
        {meeting.minutesFile && (
          <Group gap={4}>
            <Text size="sm">{t('voterContact.meetings.minutes')}:</Text>
            <AttachmentLink file={meeting.minutesFile} />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
