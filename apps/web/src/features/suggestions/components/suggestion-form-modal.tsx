import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createSuggestionBodySchema, suggestionFields } from '@phoihop/shared/suggestions';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateSuggestion } from '../api/create-suggestion';
import { FormError } from '../../../components/ui/form-error';

type FormValues = z.input<typeof createSuggestionBodySchema>;
type FormOutput = z.output<typeof createSuggestionBodySchema>;
const fields = [
  'summary',
  'field',
  'anonymous',
  'authorName',
  'authorAddress',
  'authorPhone',
] as const;

/** A suggestion found at an opening; an anonymous author's details stay with the Front. */
export function SuggestionFormModal(props: { openingId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(createSuggestionBodySchema),
    defaultValues: {
      openingId: props.openingId,
      summary: '',
      field: 'GOVERNMENT',
      anonymous: false,
      authorName: '',
      authorAddress: '',
      authorPhone: '',
    },
  });
  const create = useCreateSuggestion();
  const [problem, setProblem] = useState<unknown>(null);
  const { errors } = form.formState;
  const submit = form.handleSubmit((body) => {
    setProblem(null);
    create.mutate(body, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('common.created') });
        props.onClose();
      },
      onError: (error) => {
        if (!applyFieldErrors(error, form.setError, fields)) setProblem(error);
      },
    });
  });
  return (
    <Modal opened onClose={props.onClose} size="lg" title={t('suggestions.items.add')}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <Textarea
            label={t('suggestions.items.summary')}
            required
            autosize
            minRows={3}
            error={errors.summary?.message}
            {...form.register('summary')}
          />
          <Controller
            control={form.control}
            name="field"
            render={({ field }) => (
              <Select
                label={t('suggestions.items.field')}
                required
                allowDeselect={false}
                data={suggestionFields.map((f) => ({
                  value: f,
                  label: t(`suggestions.fields.${f}`),
                }))}
                value={field.value}
                onChange={field.onChange}
                error={errors.field?.message}
              />
            )}
          />
          <Checkbox
            label={t('suggestions.items.anonymousLabel')}
            description={t('suggestions.items.anonymousHelp')}
            {...form.register('anonymous')}
          />
          <TextInput
            label={t('suggestions.items.authorName')}
            error={errors.authorName?.message}
            {...form.register('authorName')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('suggestions.items.authorAddress')}
              error={errors.authorAddress?.message}
              {...form.register('authorAddress')}
            />
            <TextInput
              label={t('suggestions.items.authorPhone')}
              type="tel"
              error={errors.authorPhone?.message}
              {...form.register('authorPhone')}
            />
          </SimpleGrid>
          <FormError error={problem} />
          <FormActions onCancel={props.onClose} saving={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
