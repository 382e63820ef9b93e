import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createPetitionBodySchema, petitionFields } from '@phoihop/shared/voter-contact';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreatePetition } from '../api/create-petition';
import { FormError } from '../../../components/ui/form-error';

type FormValues = z.input<typeof createPetitionBodySchema>;
type FormOutput = z.output<typeof createPetitionBodySchema>;
const fields = ['content', 'field', 'voterName'] as const;

/** "Thêm kiến nghị": a petition raised at the meeting, numbered by the server. */
export function PetitionFormModal(props: { meetingId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(createPetitionBodySchema),
    defaultValues: { content: '', field: 'OTHER', voterName: '' },
  });
  const create = useCreatePetition();
  const [problem, setProblem] = useState<unknown>(null);
  const { errors } = form.formState;
  const submit = form.handleSubmit((body) => {
    setProblem(null);
    create.mutate(
      { meetingId: props.meetingId, body },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('common.created') });
          props.onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(error, form.setError, fields)) setProblem(error);
        },
      },
    );
  });
  return (
    <Modal opened onClose={props.onClose} size="lg" title={t('voterContact.petitions.add')}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <Textarea
            label={t('voterContact.petitions.content')}
            required
            autosize
            minRows={3}
            error={errors.content?.message}
            {...form.register('content')}
          />
          <Controller
            control={form.control}
            name="field"
            render={({ field }) => (
              <Select
                label={t('voterContact.petitions.field')}
                required
                allowDeselect={false}
                data={petitionFields.map((f) => ({
                  value: f,
                  label: t(`voterContact.fields.${f}`),
                }))}
                value={field.value}
                onChange={field.onChange}
                error={errors.field?.message}
              />
            )}
          />
          <TextInput
            label={t('voterContact.petitions.voterName')}
            description={t('voterContact.petitions.voterNameHelp')}
            error={errors.voterName?.message}
            {...form.register('voterName')}
          />
          <FormError error={problem} />
          <FormActions onCancel={props.onClose} saving={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
