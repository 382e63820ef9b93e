import { zodResolver } from '@hookform/resolvers/zod';
import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { todayInVietnam } from '@phoihop/shared/dates';
import {
  answerSuggestionBodySchema,
  fileSuggestionBodySchema,
  forwardSuggestionBodySchema,
} from '@phoihop/shared/suggestions';
import { Controller, useForm, type FieldValues, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import type { SuggestionStep } from '../api/handle-suggestion';
import { FormError } from '../../../components/ui/form-error';
import { DateField } from '../../../components/ui/date-field';

export interface StepFormProps {
  saving: boolean;
  problem: unknown;
  onCancel: () => void;
  /** Sends the step with the version read; field errors land on the form's fields. */
  onSubmit: <T extends FieldValues>(
    step: SuggestionStep,
    setError: UseFormSetError<T>,
    fields: readonly string[],
  ) => void;
}

const forwardFields = ['addresseeOrganisationId', 'addresseeName', 'forwardedOn'] as const;

/** To a body of the unit (its staff then answer) or one named outside it. */
export function ForwardForm(props: StepFormProps) {
  const { t } = useTranslation();
  const orgs = useOrganisationOptions();
  const form = useForm<
    z.input<typeof forwardSuggestionBodySchema>,
    unknown,
    z.output<typeof forwardSuggestionBodySchema>
  >({
    resolver: zodResolver(forwardSuggestionBodySchema),
    defaultValues: {
      addresseeOrganisationId: null,
      addresseeName: '',
      forwardedOn: todayInVietnam(),
    },
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit((body) =>
    props.onSubmit({ kind: 'forward', body }, form.setError, forwardFields),
  );
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack>
        <Controller
          control={form.control}
          name="addresseeOrganisationId"
          render={({ field }) => (
            <Select
              label={t('suggestions.forward.organisation')}
              searchable
              clearable
              data={(orgs.data ?? []).map(({ value, label }) => ({ value, label }))}
              value={field.value ?? null}
              onChange={(value) => field.onChange(value ?? null)}
              error={errors.addresseeOrganisationId?.message}
            />
          )}
        />
        <TextInput
          label={t('suggestions.forward.outsideName')}
          description={t('suggestions.forward.outsideNameHelp')}
          error={errors.addresseeName?.message}
          {...form.register('addresseeName')}
        />
        <Controller
          control={form.control}
          name="forwardedOn"
          render={({ field }) => (
            <DateField
              label={t('suggestions.forward.forwardedOn')}
              required
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              error={errors.forwardedOn?.message}
            />
          )}
        />
        <FormError error={props.problem} />
        <FormActions
          onCancel={props.onCancel}
          saving={props.saving}
          submitLabel={t('suggestions.forward.action')}
        />
      </Stack>
    </form>
  );
}

const answerFields = ['text', 'answeredOn'] as const;

export function AnswerForm(props: StepFormProps) {
  const { t } = useTranslation();
  const form = useForm<
    z.input<typeof answerSuggestionBodySchema>,
    unknown,
    z.output<typeof answerSuggestionBodySchema>
  >({
    resolver: zodResolver(answerSuggestionBodySchema),
    defaultValues: { text: '', answeredOn: todayInVietnam() },
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit((body) =>
    props.onSubmit({ kind: 'answer', body }, form.setError, answerFields),
  );
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack>
        <Textarea
          label={t('suggestions.answer.text')}
          required
          autosize
          minRows={3}
          error={errors.text?.message}
          {...form.register('text')}
        />
        <Controller
          control={form.control}
          name="answeredOn"
          render={({ field }) => (
            <DateField
              label={t('suggestions.answer.answeredOn')}
              required
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              error={errors.answeredOn?.message}
            />
          )}
        />
        <FormError error={props.problem} />
        <FormActions onCancel={props.onCancel} saving={props.saving} />
      </Stack>
    </form>
  );
}

const fileFields = ['note'] as const;

/** Kept without forwarding (nothing to answer), with the reason. */
export function FileForm(props: StepFormProps) {
  const { t } = useTranslation();
  const form = useForm<
    z.input<typeof fileSuggestionBodySchema>,
    unknown,
    z.output<typeof fileSuggestionBodySchema>
  >({
    resolver: zodResolver(fileSuggestionBodySchema),
    defaultValues: { note: '' },
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit((body) =>
    props.onSubmit({ kind: 'file', body }, form.setError, fileFields),
  );
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack>
        <Textarea
          label={t('suggestions.file.note')}
          required
          autosize
          minRows={2}
          error={errors.note?.message}
          {...form.register('note')}
        />
        <FormError error={props.problem} />
        <FormActions
          onCancel={props.onCancel}
          saving={props.saving}
          submitLabel={t('suggestions.file.action')}
        />
      </Stack>
    </form>
  );
}
