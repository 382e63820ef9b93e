import { zodResolver } from '@hookform/resolvers/zod';
import { FileInput, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInVietnam } from '@phoihop/shared/dates';
import { consolidateBodySchema, type DraftDetail } from '@phoihop/shared/criticism';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useConsolidateDraft } from '../api/consolidate-draft';
import { attachmentAccept, uploadAttachment } from '../api/upload-attachment';
import { FormError } from '../../../components/ui/form-error';
import { DateField } from '../../../components/ui/date-field';

type FormValues = z.input<typeof consolidateBodySchema>;
type FormOutput = z.output<typeof consolidateBodySchema>;
const fields = ['text', 'on', 'fileId'] as const;

/** The Front's consolidated opinion on the draft, with its signed document if any. */
export function ConsolidatedFormModal(props: { draft: DraftDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { draft } = props;
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(consolidateBodySchema),
    defaultValues: {
      text: draft.consolidated?.text ?? '',
      on: draft.consolidated?.on ?? todayInVietnam(),
      fileId: draft.consolidated?.file?.id ?? null,
    },
  });
  const consolidate = useConsolidateDraft();
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (body) => {
    setProblem(null);
    if (file) {
      setUploading(true);
      try {
        body.fileId = (await uploadAttachment(file)).id;
      } catch (error) {
        setProblem(error);
        return;
      } finally {
        setUploading(false);
      }
    }
    consolidate.mutate(
      { id: draft.id, version: draft.version, body },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('criticism.consolidated.saved') });
          props.onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(error, form.setError, fields)) setProblem(error);
        },
      },
    );
  });
  return (
    <Modal
      opened
      onClose={props.onClose}
      size="lg"
      title={t(
        draft.consolidated ? 'criticism.consolidated.edit' : 'criticism.consolidated.record',
      )}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <Textarea
            label={t('criticism.consolidated.text')}
            required
            autosize
            minRows={6}
            error={errors.text?.message}
            {...form.register('text')}
          />
          <Controller
            control={form.control}
            name="on"
            render={({ field }) => (
              <DateField
                label={t('criticism.consolidated.on')}
                required
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                error={errors.on?.message}
              />
            )}
          />
          <FileInput
            label={t('criticism.consolidated.file')}
            description={draft.consolidated?.file?.fileName}
            accept={attachmentAccept}
            clearable
            value={file}
            onChange={setFile}
          />
          <FormError error={problem} />
          <FormActions onCancel={props.onClose} saving={uploading || consolidate.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
