import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInVietnam } from '@phoihop/shared/dates';
import { createBoxOpeningBodySchema, type BoxOpening } from '@phoihop/shared/suggestions';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateOpening, useUpdateOpening } from '../api/save-opening';
import { FormError } from '../../../components/ui/form-error';
import { DateField } from '../../../components/ui/date-field';

type FormValues = z.input<typeof createBoxOpeningBodySchema>;
type FormOutput = z.output<typeof createBoxOpeningBodySchema>;
const fields = ['openedOn', 'openedBy', 'witnesses', 'note'] as const;

/** "Mở hòm thư": who opened the box, when, before which witnesses; or edits that record. */
export function OpeningFormModal(props: {
  box: { id: string; name: string };
  opening?: BoxOpening;
  onClose: () => void;
  onSaved?: (opening: BoxOpening) => void;
}) {
  const { t } = useTranslation();
  const { opening } = props;
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(createBoxOpeningBodySchema),
    defaultValues: {
      openedOn: opening?.openedOn ?? todayInVietnam(),
      openedBy: opening?.openedBy ?? '',
      witnesses: opening?.witnesses ?? '',
      note: opening?.note ?? '',
    },
  });
  const create = useCreateOpening();
  const update = useUpdateOpening();
  const [problem, setProblem] = useState<unknown>(null);
  const { errors } = form.formState;
  const handlers = {
    onSuccess: (saved: BoxOpening) => {
      notifications.show({
        color: 'teal',
        message: t(opening ? 'common.saved' : 'common.created'),
      });
      props.onSaved?.(saved);
      props.onClose();
    },
    onError: (error: unknown) => {
      if (!applyFieldErrors(error, form.setError, fields)) setProblem(error);
    },
  };
  const submit = form.handleSubmit((body) => {
    setProblem(null);
    if (opening) update.mutate({ id: opening.id, version: opening.version, body }, handlers);
    else create.mutate({ boxId: props.box.id, body }, handlers);
  });
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={`${t(opening ? 'suggestions.openings.edit' : 'suggestions.openings.create')} – ${props.box.name}`}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <Controller
            control={form.control}
            name="openedOn"
            render={({ field }) => (
              <DateField
                label={t('suggestions.openings.openedOn')}
                required
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                error={errors.openedOn?.message}
              />
            )}
          />
          <TextInput
            label={t('suggestions.openings.openedBy')}
            description={t('suggestions.openings.openedByHelp')}
            required
            error={errors.openedBy?.message}
            {...form.register('openedBy')}
          />
          <Textarea
            label={t('suggestions.openings.witnesses')}
            description={t('suggestions.openings.witnessesHelp')}
            required
            autosize
            minRows={2}
            error={errors.witnesses?.message}
            {...form.register('witnesses')}
          />
          <Textarea
            label={t('suggestions.openings.note')}
            autosize
            minRows={2}
            error={errors.note?.message}
            {...form.register('note')}
          />
          <FormError error={problem} />
          <FormActions onCancel={props.onClose} saving={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
