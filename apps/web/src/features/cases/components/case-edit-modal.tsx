import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { caseFields, updateCaseBodySchema, type Case } from '@phoihop/shared/cases';
import { useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiError } from '../../../lib/api-client';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useUpdateCase } from '../api/update-case';
import { petitionerFormSchema } from '../case-form-schema';
import { PetitionerFields } from './petitioner-fields';
import { FormActions } from '../../../components/ui/form-actions';

const editSchema = updateCaseBodySchema.extend({
  petitioners: z.array(petitionerFormSchema).max(50).optional(),
});
type EditValues = z.input<typeof editSchema>;
const fields = [
  'field',
  'summary',
  'subject',
  'location',
  'sourceReference',
  'peopleCount',
  'petitioners',
] as const;

/**
 * Corrects what was written at intake. Senders are edited here only when none is masked: a
 * protected identity is never sent back blank by someone who cannot see it.
 */
export function CaseEditModal(props: { kase: Case; onClose: () => void }) {
  const { t } = useTranslation();
  const c = props.kase;
  const withPetitioners = !c.anonymous && c.petitioners.every((p) => !p.masked);
  const form = useForm<EditValues, unknown, z.output<typeof editSchema>>({
    resolver: zodResolver(editSchema),
    defaultValues: {
      field: c.field,
      summary: c.summary,
      subject: c.subject ?? '',
      location: c.location ?? '',
      sourceReference: c.sourceReference ?? '',
      peopleCount: c.peopleCount,
      ...(withPetitioners
        ? {
            petitioners: c.petitioners.map((p) => ({
              fullName: p.fullName ?? '',
              address: p.address ?? '',
              idNumber: p.idNumber ?? '',
              phone: p.phone ?? '',
              representative: p.representative,
            })),
          }
        : {}),
    },
  });
  const update = useUpdateCase();
  const [conflict, setConflict] = useState(false);
  const { errors } = form.formState;
  const submit = form.handleSubmit((body) =>
    update.mutate(
      { id: c.id, version: c.version, body },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('common.saved') });
          props.onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'VERSION_CONFLICT') setConflict(true);
          else if (!applyFieldErrors(error, form.setError, fields))
            notifications.show({
              color: 'red',
              message: isApiError(error) ? (error.detail ?? error.title) : t('errors.unexpected'),
            });
        },
      },
    ),
  );
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('cases.edit.title', { number: c.number })}
      size="xl"
    >
      <FormProvider {...form}>
        <form
          noValidate
          onSubmit={(event) => void submit(event)}
          aria-label={t('cases.edit.title', { number: c.number })}
        >
          <Stack gap="sm">
            <Controller
              control={form.control}
              name="field"
              render={({ field }) => (
                <Select
                  label={t('cases.form.field')}
                  required
                  allowDeselect={false}
                  data={caseFields.map((f) => ({ value: f, label: t(`cases.fields.${f}`) }))}
                  value={field.value ?? null}
                  onChange={(v) => field.onChange(v ?? undefined)}
                />
              )}
            />
            <Textarea
              label={t('cases.form.summary')}
              required
              autosize
              minRows={3}
              error={errors.summary?.message}
              {...form.register('summary')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('cases.form.subject')}
                error={errors.subject?.message}
                {...form.register('subject')}
              />
              <TextInput
                label={t('cases.form.location')}
                error={errors.location?.message}
                {...form.register('location')}
              />
              <TextInput
                label={t('cases.form.sourceReference')}
                error={errors.sourceReference?.message}
                {...form.register('sourceReference')}
              />
              <Controller
                control={form.control}
                name="peopleCount"
                render={({ field }) => (
                  <NumberInput
                    label={t('cases.form.peopleCount')}
                    min={1}
                    allowDecimal={false}
                    value={field.value ?? ''}
                    onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
                    error={errors.peopleCount?.message}
                  />
                )}
              />
            </SimpleGrid>
            {withPetitioners ? (
              <PetitionerFields />
            ) : (
              <Text size="sm" c="dimmed">
                {t('cases.edit.petitionersLocked')}
              </Text>
            )}
            {conflict && (
              <Alert color="orange" role="alert" title={t('cases.actionForm.conflictTitle')}>
                <Text size="sm">{t('cases.actionForm.conflict')}</Text>
                <Button mt="xs" size="xs" variant="light" color="orange" onClick={props.onClose}>
                  {t('cases.actionForm.reload')}
                </Button>
              </Alert>
            )}
            <FormActions onCancel={props.onClose} saving={update.isPending} />
          </Stack>
        </form>
      </FormProvider>
    </Modal>
  );
}
