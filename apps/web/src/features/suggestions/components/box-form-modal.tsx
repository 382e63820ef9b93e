import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  updateSuggestionBoxBodySchema,
  createSuggestionBoxBodySchema,
  type SuggestionBox,
} from '@phoihop/shared/suggestions';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { useCreateBox, useUpdateBox } from '../api/save-box';
import { FormError } from '../../../components/ui/form-error';
import { DateField } from '../../../components/ui/date-field';

// Creating needs a name and a location; editing may also retire the box.
const formSchema = createSuggestionBoxBodySchema.extend({
  active: updateSuggestionBoxBodySchema.shape.active,
});
type FormValues = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;
const fields = ['name', 'location', 'placedOn', 'keeperOrganisationId', 'active'] as const;

/** Adds a suggestion box, or edits one with the version it was read at. */
export function BoxFormModal(props: { box?: SuggestionBox; onClose: () => void }) {
  const { t } = useTranslation();
  const { box } = props;
  const orgs = useOrganisationOptions();
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      name: box?.name ?? '',
      location: box?.location ?? '',
      placedOn: box?.placedOn ?? null,
      keeperOrganisationId: box?.keeper?.id ?? null,
      active: box?.active ?? true,
    },
  });
  const create = useCreateBox();
  const update = useUpdateBox();
  const [problem, setProblem] = useState<unknown>(null);
  const { errors } = form.formState;
  const handlers = {
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t(box ? 'common.saved' : 'common.created') });
      props.onClose();
    },
    onError: (error: unknown) => {
      if (!applyFieldErrors(error, form.setError, fields)) setProblem(error);
    },
  };
  const submit = form.handleSubmit(({ active, ...body }) => {
    setProblem(null);
    if (box)
      update.mutate({ id: box.id, version: box.version, body: { ...body, active } }, handlers);
    else create.mutate(body, handlers);
  });
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t(box ? 'suggestions.boxes.edit' : 'suggestions.boxes.create')}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <TextInput
            label={t('suggestions.boxes.name')}
            required
            error={errors.name?.message}
            {...form.register('name')}
          />
          <TextInput
            label={t('suggestions.boxes.location')}
            required
            error={errors.location?.message}
            {...form.register('location')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="placedOn"
              render={({ field }) => (
                <DateField
                  label={t('suggestions.boxes.placedOn')}
                  clearable
                  value={field.value ?? null}
                  onChange={(value) => field.onChange(value ?? null)}
                  error={errors.placedOn?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="keeperOrganisationId"
              render={({ field }) => (
                <Select
                  label={t('suggestions.boxes.keeper')}
                  clearable
                  searchable
                  data={(orgs.data ?? []).map(({ value, label }) => ({ value, label }))}
                  value={field.value ?? null}
                  onChange={(value) => field.onChange(value ?? null)}
                  error={errors.keeperOrganisationId?.message}
                />
              )}
            />
          </SimpleGrid>
          {box && <Switch label={t('suggestions.boxes.active')} {...form.register('active')} />}
          <FormError error={problem} />
          <FormActions onCancel={props.onClose} saving={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
