import { Badge, Button, Checkbox, FileInput, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { caseAttachmentKinds, type Case, type CaseIdentity } from '@phoihop/shared/cases';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentLink } from '../../../components/ui/attachment-link';
import { isApiError } from '../../../lib/api-client';
import { useAddCaseAttachment } from '../api/add-case-attachment';
import { attachmentAccept, MAX_ATTACHMENT_BYTES, uploadAttachment } from '../api/upload-attachment';
import { Section } from './section';

type Attachment = Case['attachments'][number];
type Kind = Attachment['kind'];

function AddAttachment(props: { kase: Case }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<Kind>('DOCUMENT');
  const [isProtected, setProtected] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const add = useAddCaseAttachment();
  const submit = async () => {
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setError(t('cases.attachments.tooBig', { name: file.name }));
      return;
    }
    setUploading(true);
    try {
      const uploaded = await uploadAttachment(file);
      await add.mutateAsync({
        id: props.kase.id,
        version: props.kase.version,
        body: { attachmentId: uploaded.id, kind, protected: isProtected },
      });
      notifications.show({ color: 'teal', message: t('cases.attachments.added') });
      setFile(null);
      setProtected(false);
    } catch (e) {
      setError(isApiError(e) ? (e.detail ?? e.title) : t('errors.unexpected'));
    } finally {
      setUploading(false);
    }
  };
  return (
    <Stack gap="xs" mt="sm">
      <Group align="flex-end" gap="sm">
        <FileInput
          label={t('cases.attachments.add')}
          placeholder={t('cases.attachments.choose')}
          accept={attachmentAccept}
          clearable
          value={file}
          error={error}
          onChange={(value) => {
            setFile(value);
            setError(null);
          }}
          w={{ base: '100%', sm: 280 }}
        />
        <Select
          label={t('cases.attachments.kind')}
          allowDeselect={false}
          w={180}
          data={caseAttachmentKinds.map((k) => ({
            value: k,
            label: t(`cases.attachmentKinds.${k}`),
          }))}
          value={kind}
          onChange={(v) => setKind(v ?? 'DOCUMENT')}
        />
      </Group>
      <Checkbox
        label={t('cases.attachments.protected')}
        checked={isProtected}
        onChange={(event) => setProtected(event.currentTarget.checked)}
      />
      <Button
        size="xs"
        variant="light"
        style={{ alignSelf: 'flex-start' }}
        disabled={!file}
        loading={uploading}
        onClick={() => void submit()}
      >
        {t('cases.attachments.upload')}
      </Button>
    </Stack>
  );
}

/** Scanned letters and documents; a denouncer's handwriting stays hidden from everyone else. */
export function CaseAttachments(props: { kase: Case; identity: CaseIdentity | null }) {
  const { t } = useTranslation();
  // The identity view lists the protected files the case view withholds.
  const attachments: Attachment[] = props.identity
    ? [
        ...props.kase.attachments.filter((a) => a.file && !a.protected),
        ...props.identity.attachments,
      ]
    : props.kase.attachments;
  return (
    <Section id="case-attachments" title={t('cases.detail.attachments')}>
      {attachments.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('cases.attachments.none')}
        </Text>
      )}
      <Stack gap={6}>
        {attachments.map((a, index) =>
          a.file ? (
            <Group key={a.file.id} gap={6} wrap="nowrap">
              <AttachmentLink file={a.file} />
              <Text size="xs" c="dimmed">
                {t(`cases.attachmentKinds.${a.kind}`)}
              </Text>
              {a.protected && (
                <Badge size="xs" color="red" variant="outline" tt="none">
                  {t('cases.attachments.protectedBadge')}
                </Badge>
              )}
            </Group>
          ) : (
            <Group key={`hidden-${index}`} gap={6} wrap="nowrap">
              <IconLock size={16} aria-hidden />
              <Text size="sm" c="dimmed" fs="italic">
                {t('cases.attachments.hidden')}
              </Text>
            </Group>
          ),
        )}
      </Stack>
      {props.kase.can.attach && <AddAttachment kase={props.kase} />}
    </Section>
  );
}
