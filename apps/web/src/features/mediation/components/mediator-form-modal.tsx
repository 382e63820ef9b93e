import { zodResolver } from '@hookform/resolvers/zod';
import {
  Checkbox,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  createMediatorBodySchema,
  genders,
  mediatorRoles,
  type Mediator,
} from '@phoihop/shared/mediation';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateMediator } from '../api/create-mediator';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { useUpdateMediator } from '../api/update-mediator';
import { FormActions } from '../../../components/ui/form-actions';

const mediatorFormSchema = createMediatorBodySchema.extend({ active: z.boolean() });
type FormValues = z.input<typeof mediatorFormSchema>;
type FormOutput = z.output<typeof mediatorFormSchema>;
const fields = Object.keys(mediatorFormSchema.shape);

/** Adds a mediator to a team, or edits one (including leaving the team) with If-Match. */
export function MediatorFormModal(props: {
  teamId: string;
  mediator?: Mediator;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { mediator } = props;
  const orgs = useOrganisationOptions();
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(mediatorFormSchema),
    defaultValues: {
      fullName: mediator?.fullName ?? '',
      gender: mediator?.gender ?? 'FEMALE',
      birthYear: mediator?.birthYear ?? null,
      role: mediator?.role ?? 'MEMBER',
      organisationId: mediator?.organisation?.id ?? null,
      ethnicMinority: mediator?.ethnicMinority ?? false,
      phone: mediator?.phone ?? '',
      active: mediator?.active ?? true,
    },
  });
  const create = useCreateMediator();
  const update = useUpdateMediator();
  const { errors } = form.formState;
  const onSuccess = () => {
    notifications.show({ color: 'teal', message: t(mediator ? 'common.saved' : 'common.created') });
    props.onClose();
  };
  const onError = (error: unknown) => applyFieldErrors(error, form.setError, fields);
  const submit = form.handleSubmit(({ active, ...body }) =>
    mediator
      ? update.mutate(
          { id: mediator.id, version: mediator.version, body: { ...body, active } },
          { onSuccess, onError },
        )
      : create.mutate({ teamId: props.teamId, body }, { onSuccess, onError }),
  );
  const choice = <N extends 'gender' | 'role'>(
    name: N,
    values: readonly string[],
    labels: string,
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={t(`mediation.mediators.${name}`)}
          required
          allowDeselect={false}
          data={values.map((v) => ({ value: v, label: t(`${labels}.${v}`) }))}
          value={field.value ?? null}
          onChange={field.onChange}
          error={errors[name]?.message}
        />
      )}
    />
  );
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t(mediator ? 'mediation.mediators.edit' : 'mediation.mediators.add')}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <TextInput
            label={t('mediation.mediators.fullName')}
            required
            error={errors.fullName?.message}
            {...form.register('fullName')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {choice('gender', genders, 'mediation.mediators.genders')}
            {choice('role', mediatorRoles, 'mediation.mediators.roles')}
            <Controller
              control={form.control}
              name="birthYear"
              render={({ field }) => (
                <NumberInput
                  label={t('mediation.mediators.birthYear')}
                  min={1900}
                  max={2100}
                  allowDecimal={false}
                  value={field.value ?? ''}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                  onBlur={field.onBlur}
                  error={errors.birthYear?.message}
                />
              )}
            />
            <TextInput
              label={t('mediation.mediators.phone')}
              type="tel"
              error={errors.phone?.message}
              {...form.register('phone')}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="organisationId"
            render={({ field }) => (
              <Select
                label={t('mediation.mediators.organisation')}
                placeholder={t('common.none')}
                clearable
                searchable
                data={orgs.data ?? []}
                value={field.value ?? null}
                onChange={field.onChange}
                error={errors.organisationId?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="ethnicMinority"
            render={({ field }) => (
              <Checkbox
                label={t('mediation.mediators.ethnicMinority')}
                checked={field.value ?? false}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
              />
            )}
          />
          {mediator && (
            <Controller
              control={form.control}
              name="active"
              render={({ field }) => (
                <Switch
                  label={t('mediation.mediators.active')}
                  checked={field.value}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                />
              )}
            />
          )}
          <FormActions onCancel={props.onClose} saving={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
