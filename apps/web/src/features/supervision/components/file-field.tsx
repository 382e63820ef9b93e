import { ActionIcon, FileInput, Group, Paper, Text } from '@mantine/core';
import type { FileRef } from '@phoihop/shared/follow-ups';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentLink } from '../../../components/ui/attachment-link';
import { isApiError } from '../../../lib/api-client';
import { attachmentAccept, MAX_ATTACHMENT_BYTES, uploadAttachment } from '../api/attachments';

/** A link to an attached file (decision, report, answer). */
export function FileLink({ file }: { file: FileRef }) {
  return <AttachmentLink file={file} />;
}

/**
 * One file, uploaded as soon as it is chosen (POST /attachments); the form then carries its id.
 * `current` is the file already linked when editing.
 */
export function FileField(props: {
  label: string;
  value: string | null | undefined;
  current?: FileRef | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(props.current?.fileName ?? null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const upload = async (file: File | null) => {
    setError(null);
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setError(t('supervision.file.tooBig', { name: file.name }));
      return;
    }
    setUploading(true);
    try {
      const uploaded = await uploadAttachment(file);
      setName(uploaded.fileName);
      props.onChange(uploaded.id);
    } catch (e) {
      setError(isApiError(e) ? (e.detail ?? e.title) : t('errors.unexpected'));
    } finally {
      setUploading(false);
    }
  };
  if (props.value)
    return (
      <div>
        <Text size="sm" fw={500} mb={4}>
          {props.label}
        </Text>
        <Paper withBorder p="xs">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
              <IconPaperclip size={16} aria-hidden />
              <Text size="sm" truncate data-testid="attached-file">
                {name ?? props.value}
              </Text>
            </Group>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('supervision.file.remove', { name: name ?? '' })}
              onClick={() => props.onChange(null)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Paper>
      </div>
    );
  return (
    <FileInput
      label={props.label}
      description={t('supervision.file.help')}
      placeholder={uploading ? t('supervision.file.uploading') : t('supervision.file.choose')}
      accept={attachmentAccept}
      value={null}
      clearable={false}
      disabled={uploading}
      error={error ?? props.error}
      onChange={(file) => void upload(file)}
      leftSection={<IconPaperclip size={16} aria-hidden />}
    />
  );
}
