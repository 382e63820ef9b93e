import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createOrganisationBodySchema, type Organisation } from '@phoihop/shared/organisations';
import { organisationKinds } from '@phoihop/shared/roles';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateOrganisation } from '../api/create-organisation';
import { useUpdateOrganisation } from '../api/update-organisation';
import { FormActions } from '../../../components/ui/form-actions';

const schema = createOrganisationBodySchema.omit({ unitId: true });
type FormValues = z.input<typeof schema>;
const fields = ['kind', 'name', 'shortName', 'sortOrder'] as const;

/** Create (organisation = null) or edit. Mounted only while open. */
export function OrganisationFormModal(props: {
  organisation: Organisation | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const org = props.organisation;
  const form = useForm<FormValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      kind: org?.kind ?? 'OTHER',
      name: org?.name ?? '',
      shortName: org?.shortName ?? '',
      sortOrder: org?.sortOrder ?? 0,
    },
  });
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const { errors } = form.formState;
  const handlers = {
    onSuccess: () => {
      notifications.show({ color: 'teal', message: org ? t('common.saved') : t('common.created') });
      props.onClose();
    },
    onError: (error: unknown) => applyFieldErrors(error, form.setError, fields),
  };

  const submit = form.handleSubmit((body) => {
    if (org) update.mutate({ id: org.id, version: org.version, body }, handlers);
    else create.mutate(body, handlers);
  });

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={org ? t('organisations.editTitle') : t('organisations.createTitle')}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <TextInput
            label={t('organisations.name')}
            required
            error={errors.name?.message}
            {...form.register('name')}
          />
          <TextInput
            label={t('organisations.shortName')}
            error={errors.shortName?.message}
            {...form.register('shortName')}
          />
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <Select
                label={t('organisations.kind')}
                required
                allowDeselect={false}
                data={organisationKinds.map((kind) => ({
                  value: kind,
                  label: t(`organisationKinds.${kind}`),
                }))}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                error={errors.kind?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="sortOrder"
            render={({ field }) => (
              <NumberInput
                label={t('organisations.sortOrder')}
                min={0}
                max={10000}
                allowDecimal={false}
                value={field.value ?? 0}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : 0)}
                onBlur={field.onBlur}
                error={errors.sortOrder?.message}
              />
            )}
          />
          <FormActions onCancel={props.onClose} saving={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
