import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { unitKinds } from '@phoihop/shared/roles';
import { createUnitBodySchema, type Unit } from '@phoihop/shared/units';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateUnit } from '../api/create-unit';
import { useParentUnitOptions } from '../api/list-units';
import { useUpdateUnit } from '../api/update-unit';
import { FormActions } from '../../../components/ui/form-actions';

// The code is fixed once created (other records refer to it).
const editSchema = createUnitBodySchema.extend({ code: z.string() });
type FormValues = z.input<typeof createUnitBodySchema>;
const fields = ['code', 'name', 'kind', 'parentId'] as const;

export function UnitFormModal(props: { unit: Unit | null; onClose: () => void }) {
  const { t } = useTranslation();
  const unit = props.unit;
  const form = useForm<FormValues, unknown, z.output<typeof createUnitBodySchema>>({
    resolver: zodResolver(unit ? editSchema : createUnitBodySchema),
    defaultValues: {
      code: unit?.code ?? '',
      name: unit?.name ?? '',
      kind: unit?.kind ?? 'WARD',
      parentId: unit?.parentId ?? null,
    },
  });
  const parents = (useParentUnitOptions().data ?? []).filter((option) => option.value !== unit?.id);
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const { errors } = form.formState;
  const handlers = {
    onSuccess: () => {
      notifications.show({
        color: 'teal',
        message: unit ? t('common.saved') : t('common.created'),
      });
      props.onClose();
    },
    onError: (error: unknown) => applyFieldErrors(error, form.setError, fields),
  };

  const submit = form.handleSubmit(({ code, parentId, ...rest }) => {
    if (unit)
      update.mutate(
        { id: unit.id, version: unit.version, body: { ...rest, parentId: parentId ?? null } },
        handlers,
      );
    else create.mutate({ code, parentId: parentId ?? null, ...rest }, handlers);
  });

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={unit ? t('units.editTitle') : t('units.createTitle')}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <TextInput
            label={t('units.code')}
            required
            disabled={!!unit}
            error={errors.code?.message}
            {...form.register('code')}
          />
          <TextInput
            label={t('units.name')}
            required
            error={errors.name?.message}
            {...form.register('name')}
          />
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <Select
                label={t('units.kind')}
                required
                allowDeselect={false}
                data={unitKinds.map((kind) => ({ value: kind, label: t(`unitKinds.${kind}`) }))}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                error={errors.kind?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="parentId"
            render={({ field }) => (
              <Select
                label={t('units.parent')}
                placeholder={t('common.none')}
                clearable
                searchable
                data={parents}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                error={errors.parentId?.message}
              />
            )}
          />
          <FormActions onCancel={props.onClose} saving={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
