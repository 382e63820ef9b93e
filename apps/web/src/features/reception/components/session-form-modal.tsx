import { zodResolver } from '@hookform/resolvers/zod';
import {
  Checkbox,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInVietnam } from '@phoihop/shared/dates';
import {
  createReceptionSessionBodySchema,
  receptionHosts,
  receptionKinds,
  type ReceptionSession,
} from '@phoihop/shared/reception';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateSession } from '../api/create-session';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { useUpdateSession } from '../api/update-session';
import { FormActions } from '../../../components/ui/form-actions';
import { DateField } from '../../../components/ui/date-field';

type FormValues = z.input<typeof createReceptionSessionBodySchema>;
type FormOutput = z.output<typeof createReceptionSessionBodySchema>;
const fields = [
  'heldOn',
  'kind',
  'location',
  'hosts',
  'hostNames',
  'organisationIds',
  'note',
] as const;

const valuesOf = (session: ReceptionSession | undefined): FormValues =>
  session
    ? {
        heldOn: session.heldOn,
        kind: session.kind,
        location: session.location ?? '',
        hosts: session.hosts,
        hostNames: session.hostNames,
        organisationIds: session.organisations.map((o) => o.id),
        note: session.note ?? '',
      }
    : {
        heldOn: todayInVietnam(),
        kind: 'REGULAR',
        location: '',
        hosts: [],
        hostNames: '',
        organisationIds: [],
        note: '',
      };

/** Creates a reception session, or edits one with the version it was read at. */
export function SessionFormModal(props: {
  session?: ReceptionSession;
  onClose: () => void;
  onSaved?: (session: ReceptionSession) => void;
}) {
  const { t } = useTranslation();
  const orgs = useOrganisationOptions();
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(createReceptionSessionBodySchema),
    defaultValues: valuesOf(props.session),
  });
  const create = useCreateSession();
  const update = useUpdateSession();
  const { errors } = form.formState;
  const onSuccess = (session: ReceptionSession) => {
    notifications.show({
      color: 'teal',
      message: t(props.session ? 'common.saved' : 'common.created'),
    });
    props.onSaved?.(session);
    props.onClose();
  };
  const onError = (error: unknown) => applyFieldErrors(error, form.setError, fields);
  const submit = form.handleSubmit((body) =>
    props.session
      ? update.mutate(
          { id: props.session.id, version: props.session.version, body },
          { onSuccess, onError },
        )
      : create.mutate(body, { onSuccess, onError }),
  );
  return (
    <Modal
      opened
      onClose={props.onClose}
      size="lg"
      title={t(props.session ? 'reception.session.edit' : 'reception.session.create')}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="heldOn"
              render={({ field }) => (
                <DateField
                  label={t('reception.session.heldOn')}
                  required
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  error={errors.heldOn?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <Select
                  label={t('reception.session.kind')}
                  required
                  allowDeselect={false}
                  data={receptionKinds.map((k) => ({ value: k, label: t(`reception.kinds.${k}`) }))}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.kind?.message}
                />
              )}
            />
          </SimpleGrid>
          <TextInput
            label={t('reception.session.location')}
            error={errors.location?.message}
            {...form.register('location')}
          />
          <Controller
            control={form.control}
            name="hosts"
            render={({ field }) => (
              <Checkbox.Group
                label={t('reception.session.hosts')}
                value={field.value ?? []}
                onChange={field.onChange}
                error={errors.hosts?.message}
              >
                <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing="xs">
                  {receptionHosts.map((host) => (
                    <Checkbox key={host} value={host} label={t(`reception.hosts.${host}`)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            )}
          />
          <TextInput
            label={t('reception.session.hostNames')}
            description={t('reception.session.hostNamesHelp')}
            required
            error={errors.hostNames?.message}
            {...form.register('hostNames')}
          />
          <Controller
            control={form.control}
            name="organisationIds"
            render={({ field }) => (
              <MultiSelect
                label={t('reception.session.organisations')}
                searchable
                data={orgs.data ?? []}
                value={field.value ?? []}
                onChange={field.onChange}
                error={errors.organisationIds?.message}
              />
            )}
          />
          <Textarea
            label={t('reception.session.note')}
            autosize
            minRows={2}
            error={errors.note?.message}
            {...form.register('note')}
          />
          <FormActions onCancel={props.onClose} saving={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
