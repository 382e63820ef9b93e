import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInVietnam } from '@phoihop/shared/dates';
import {
  petitionFields,
  sendPetitionBodySchema,
  type VoterPetition,
} from '@phoihop/shared/voter-contact';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { useSendPetition } from '../api/send-petition';
import { FormError } from '../../../components/ui/form-error';
import { DateField } from '../../../components/ui/date-field';

type FormValues = z.input<typeof sendPetitionBodySchema>;
type FormOutput = z.output<typeof sendPetitionBodySchema>;
const fields = ['addresseeOrganisationId', 'addresseeName', 'field', 'sentOn', 'dueOn'] as const;

/**
 * "Chuyển cơ quan giải quyết": classify the petition and send it to a body of the unit (whose
 * staff then answer it) or one outside. The due date defaults to the legal answer limit.
 */
export function SendPetitionModal(props: { petition: VoterPetition; onClose: () => void }) {
  const { t } = useTranslation();
  const { petition } = props;
  const orgs = useOrganisationOptions();
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(sendPetitionBodySchema),
    defaultValues: {
      field: petition.field,
      addresseeOrganisationId: null,
      addresseeName: '',
      sentOn: todayInVietnam(),
    },
  });
  const send = useSendPetition();
  const [problem, setProblem] = useState<unknown>(null);
  const { errors } = form.formState;
  const submit = form.handleSubmit((body) => {
    setProblem(null);
    send.mutate(
      { id: petition.id, version: petition.version, body },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('voterContact.send.sent') });
          props.onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(error, form.setError, fields)) setProblem(error);
        },
      },
    );
  });
  return (
    <Modal opened onClose={props.onClose} size="lg" title={t('voterContact.send.title')}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {petition.ordinal}. {petition.content}
          </Text>
          <Controller
            control={form.control}
            name="field"
            render={({ field }) => (
              <Select
                label={t('voterContact.send.field')}
                allowDeselect={false}
                data={petitionFields.map((f) => ({
                  value: f,
                  label: t(`voterContact.fields.${f}`),
                }))}
                value={field.value ?? null}
                onChange={field.onChange}
                error={errors.field?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="addresseeOrganisationId"
            render={({ field }) => (
              <Select
                label={t('voterContact.send.organisation')}
                searchable
                clearable
                data={orgs.data ?? []}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value ?? null)}
                error={errors.addresseeOrganisationId?.message}
              />
            )}
          />
          <TextInput
            label={t('voterContact.send.outsideName')}
            description={t('voterContact.send.outsideNameHelp')}
            error={errors.addresseeName?.message}
            {...form.register('addresseeName')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="sentOn"
              render={({ field }) => (
                <DateField
                  label={t('voterContact.send.sentOn')}
                  required
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  error={errors.sentOn?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="dueOn"
              render={({ field }) => (
                <DateField
                  label={t('voterContact.send.dueOn')}
                  description={t('voterContact.send.dueOnHelp')}
                  clearable
                  value={field.value ?? null}
                  onChange={(value) => field.onChange(value ?? undefined)}
                  error={errors.dueOn?.message}
                />
              )}
            />
          </SimpleGrid>
          <FormError error={problem} />
          <FormActions
            onCancel={props.onClose}
            saving={send.isPending}
            submitLabel={t('voterContact.send.submit')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
