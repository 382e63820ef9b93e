import { zodResolver } from '@hookform/resolvers/zod';
import { FileInput, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInVietnam } from '@phoihop/shared/dates';
import { answerBodySchema } from '@phoihop/shared/follow-ups';
import type { VoterPetition } from '@phoihop/shared/voter-contact';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useAnswerPetition } from '../api/answer-petition';
import { attachmentAccept, uploadAttachment } from '../api/upload-attachment';
import { FormError } from '../../../components/ui/form-error';
import { DateField } from '../../../components/ui/date-field';

type FormValues = z.input<typeof answerBodySchema>;
type FormOutput = z.output<typeof answerBodySchema>;
const fields = ['text', 'answeredOn', 'documentNumber', 'fileId'] as const;

/** The answering body's reply to a petition sent to it, with its document if any. */
export function AnswerPetitionModal(props: { petition: VoterPetition; onClose: () => void }) {
  const { t } = useTranslation();
  const { petition } = props;
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(answerBodySchema),
    defaultValues: { text: '', answeredOn: todayInVietnam(), documentNumber: '', fileId: null },
  });
  const answer = useAnswerPetition();
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
    answer.mutate(
      { id: petition.id, version: petition.version, body },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('voterContact.answer.saved') });
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
      title={t('voterContact.answer.title', { ordinal: petition.ordinal })}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {petition.content}
          </Text>
          <Textarea
            label={t('voterContact.answer.text')}
            required
            autosize
            minRows={3}
            error={errors.text?.message}
            {...form.register('text')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="answeredOn"
              render={({ field }) => (
                <DateField
                  label={t('voterContact.answer.answeredOn')}
                  required
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  error={errors.answeredOn?.message}
                />
              )}
            />
            <TextInput
              label={t('voterContact.answer.documentNumber')}
              error={errors.documentNumber?.message}
              {...form.register('documentNumber')}
            />
          </SimpleGrid>
          <FileInput
            label={t('voterContact.answer.file')}
            accept={attachmentAccept}
            clearable
            value={file}
            onChange={setFile}
          />
          <FormError error={problem} />
          <FormActions onCancel={props.onClose} saving={uploading || answer.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
