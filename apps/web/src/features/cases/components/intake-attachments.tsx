import { ActionIcon, Checkbox, FileInput, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { caseAttachmentKinds } from '@phoihop/shared/cases';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { attachmentAccept, MAX_ATTACHMENT_BYTES, uploadAttachment } from '../api/upload-attachment';
import type { CaseFormValues } from '../case-form-schema';

/**
 * Scanned letters go up as soon as they are chosen; the case then carries their ids, each with
 * its kind and whether it is a denouncer's handwriting or identity paper (kept protected).
 */
export function IntakeAttachments() {
  const { t } = useTranslation();
  const form = useFormContext<CaseFormValues>();
  const list = useFieldArray({ control: form.control, name: 'attachments' });
  const [names, setNames] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  const upload = async (files: File[]) => {
    setError(null);
    const tooBig = files.find((f) => f.size > MAX_ATTACHMENT_BYTES);
    if (tooBig) {
      setError(t('cases.attachments.tooBig', { name: tooBig.name }));
      return;
    }
    setUploading(true);
    try {
      for (const file of files.slice(0, 20 - list.fields.length)) {
        const uploaded = await uploadAttachment(file);
        setNames((prev) => ({ ...prev, [uploaded.id]: uploaded.fileName }));
        list.append({ attachmentId: uploaded.id, kind: 'LETTER', protected: false });
      }
    } catch (e) {
      setError(isApiError(e) ? (e.detail ?? e.title) : t('errors.unexpected'));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Stack gap="xs">
      <FileInput
        label={t('cases.attachments.add')}
        description={t('cases.attachments.help')}
        placeholder={uploading ? t('cases.attachments.uploading') : t('cases.attachments.choose')}
        multiple
        accept={attachmentAccept}
        value={[]}
        error={error}
        disabled={uploading || list.fields.length >= 20}
        onChange={(files) => void upload(files)}
      />
      {list.fields.map((row, index) => (
        <Paper key={row.id} withBorder p="xs" data-testid={`intake-attachment-${index}`}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
              <IconPaperclip size={16} aria-hidden />
              <Text size="sm" truncate>
                {names[row.attachmentId] ?? row.attachmentId}
              </Text>
            </Group>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('cases.attachments.remove', { name: names[row.attachmentId] ?? '' })}
              onClick={() => list.remove(index)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
          <Group gap="md" mt={6} align="flex-end">
            <Controller
              control={form.control}
              name={`attachments.${index}.kind`}
              render={({ field }) => (
                <Select
                  size="xs"
                  w={200}
                  label={t('cases.attachments.kind')}
                  allowDeselect={false}
                  data={caseAttachmentKinds.map((k) => ({
                    value: k,
                    label: t(`cases.attachmentKinds.${k}`),
                  }))}
                  value={field.value ?? 'LETTER'}
                  onChange={(v) => field.onChange(v ?? 'LETTER')}
                />
              )}
            />
            <Checkbox
              label={t('cases.attachments.protected')}
              {...form.register(`attachments.${index}.protected`)}
            />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
