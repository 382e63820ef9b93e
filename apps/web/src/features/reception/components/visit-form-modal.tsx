import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { caseKinds } from '@phoihop/shared/case-clocks';
import { caseFields } from '@phoihop/shared/cases';
import { visitHandlings, type ReceptionVisit } from '@phoihop/shared/reception';
import { IconLock } from '@tabler/icons-react';
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCurrentMe } from '../../../lib/auth';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateVisit } from '../api/create-visit';
import { useUpdateVisit } from '../api/update-visit';
import {
  maskedVisitFormSchema,
  visitFields,
  visitFormSchema,
  visitValuesOf,
  type VisitFormOutput,
  type VisitFormValues,
} from './visit-form-schema';
import { FormActions } from '../../../components/ui/form-actions';

/** "Ghi nhận công dân": records a citizen received at a session, or corrects one. */
export function VisitFormModal(props: {
  sessionId: string;
  visit?: ReceptionVisit;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const masked = props.visit?.masked ?? false;
  const form = useForm<VisitFormValues, unknown, VisitFormOutput>({
    // The masked schema yields a subset of the fields: still a valid partial update.
    resolver: (masked
      ? zodResolver(maskedVisitFormSchema)
      : zodResolver(visitFormSchema)) as unknown as Resolver<
      VisitFormValues,
      unknown,
      VisitFormOutput
    >,
    defaultValues: visitValuesOf(props.visit, me.user.fullName),
  });
  const create = useCreateVisit();
  const update = useUpdateVisit();
  const { errors } = form.formState;
  const kind = useWatch({ control: form.control, name: 'kind' });
  const onSuccess = () => {
    notifications.show({
      color: 'teal',
      message: t(props.visit ? 'common.saved' : 'common.created'),
    });
    props.onClose();
  };
  const onError = (error: unknown) => applyFieldErrors(error, form.setError, visitFields);
  const submit = form.handleSubmit((body) =>
    props.visit
      ? update.mutate(
          { id: props.visit.id, version: props.visit.version, body },
          { onSuccess, onError },
        )
      : create.mutate({ sessionId: props.sessionId, body }, { onSuccess, onError }),
  );
  const select = (
    name: 'kind' | 'field' | 'handling',
    values: readonly string[],
    labels: string,
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={t(`reception.visit.${name}`)}
          clearable
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
      size="xl"
      title={t(props.visit ? 'reception.visits.edit' : 'reception.visits.record')}
    >
      <form
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-label={t('reception.visits.record')}
      >
        <Stack>
          {masked ? (
            <Alert color="gray" icon={<IconLock aria-hidden />}>
              {t('reception.visits.masked')}
            </Alert>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('reception.visit.citizenName')}
                required
                error={errors.citizenName?.message}
                {...form.register('citizenName')}
              />
              <TextInput
                label={t('reception.visit.address')}
                error={errors.address?.message}
                {...form.register('address')}
              />
              <TextInput
                label={t('reception.visit.idNumber')}
                inputMode="numeric"
                error={errors.idNumber?.message}
                {...form.register('idNumber')}
              />
              <TextInput
                label={t('reception.visit.phone')}
                type="tel"
                error={errors.phone?.message}
                {...form.register('phone')}
              />
              <Controller
                control={form.control}
                name="groupSize"
                render={({ field }) => (
                  <NumberInput
                    label={t('reception.visit.groupSize')}
                    min={1}
                    max={10000}
                    allowDecimal={false}
                    value={field.value ?? 1}
                    onChange={(v) => field.onChange(typeof v === 'number' ? v : 1)}
                    onBlur={field.onBlur}
                    error={errors.groupSize?.message}
                  />
                )}
              />
              <TextInput
                label={t('reception.visit.representative')}
                error={errors.representative?.message}
                {...form.register('representative')}
              />
            </SimpleGrid>
          )}
          <Textarea
            label={t('reception.visit.content')}
            required
            autosize
            minRows={3}
            error={errors.content?.message}
            {...form.register('content')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {select('kind', caseKinds, 'reception.caseKinds')}
            {select('field', caseFields, 'reception.fields')}
          </SimpleGrid>
          {kind === 'DENUNCIATION' && !masked && (
            <Alert color="blue" icon={<IconLock aria-hidden />}>
              {t('reception.visit.identityHelp')}
            </Alert>
          )}
          <TextInput
            label={t('reception.visit.documents')}
            error={errors.documents?.message}
            {...form.register('documents')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {select('handling', visitHandlings, 'reception.handlings')}
            <TextInput
              label={t('reception.visit.officer')}
              error={errors.officerName?.message}
              {...form.register('officerName')}
            />
          </SimpleGrid>
          <Textarea
            label={t('reception.visit.result')}
            autosize
            minRows={2}
            error={errors.result?.message}
            {...form.register('result')}
          />
          <FormActions onCancel={props.onClose} saving={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
