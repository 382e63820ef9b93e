import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { caseKinds } from '@phoihop/shared/case-clocks';
import { caseChannels, caseFields, caseRelations, type ClockSettings } from '@phoihop/shared/cases';
import { Controller, FormProvider, useForm, useWatch, type DefaultValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateCase } from '../api/create-case';
import type { OrganisationOption } from '../../organisations/api/list-organisation-options';
import { caseFormSchema, type CaseFormOutput, type CaseFormValues } from '../case-form-schema';
import { CasePicker } from './case-picker';
import { IntakeAttachments } from './intake-attachments';
import { LiveDeadlines } from './live-deadlines';
import { IntakeSenders } from './intake-senders';
import { DateField } from '../../../components/ui/date-field';

const serverFields = [
  'receivedOn',
  'channel',
  'sourceOrganisationId',
  'sourceReference',
  'kind',
  'field',
  'summary',
  'subject',
  'location',
  'petitioners',
  'peopleCount',
  'relatedCaseId',
  'attachments',
] as const;

/** "Tiếp nhận đơn": the letter as received, with its deadlines shown live. */
export function CaseIntakeForm(props: {
  defaults: DefaultValues<CaseFormValues>;
  /** A Front or mass-organisation user registers what their organisation forwards. */
  fixedChannel: boolean;
  organisations: OrganisationOption[];
  settings: ClockSettings | undefined;
  onCreated: (caseId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<CaseFormValues, unknown, CaseFormOutput>({
    resolver: zodResolver(caseFormSchema),
    defaultValues: props.defaults,
  });
  const create = useCreateCase();
  const { errors } = form.formState;
  const [receivedOn, kind, relation, severalLocations, channel] = useWatch({
    control: form.control,
    name: ['receivedOn', 'kind', 'relation', 'severalLocations', 'channel'],
  });
  const forwarded = channel === 'FRONT_FORWARDED' || channel === 'ORGANISATION_FORWARDED';
  // The Front forwards as the Front; mass organisations as themselves (never the committee).
  const sourceOptions = props.organisations
    .filter((o) =>
      channel === 'FRONT_FORWARDED'
        ? o.kind === 'FATHERLAND_FRONT'
        : o.kind !== 'FATHERLAND_FRONT' && o.kind !== 'PEOPLES_COMMITTEE',
    )
    .map(({ value, label }) => ({ value, label }));

  const submit = form.handleSubmit((body) => {
    const forwardedBody =
      body.channel === 'FRONT_FORWARDED' || body.channel === 'ORGANISATION_FORWARDED';
    create.mutate(
      {
        ...body,
        petitioners: body.anonymous ? [] : body.petitioners,
        sourceOrganisationId: forwardedBody ? body.sourceOrganisationId : null,
        relatedCaseId: body.relation ? body.relatedCaseId : null,
      },
      {
        onSuccess: (created) => {
          notifications.show({
            color: 'teal',
            message: t('cases.form.created', { number: created.number }),
          });
          props.onCreated(created.id);
        },
        onError: (error) => applyFieldErrors(error, form.setError, serverFields),
      },
    );
  });

  const enumSelect = (
    name: 'channel' | 'kind' | 'field' | 'relation',
    values: readonly string[],
    prefix: string,
    options: {
      required?: boolean;
      clearable?: boolean;
      placeholder?: string;
      disabled?: boolean;
    } = {},
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={t(`cases.form.${name}`)}
          required={options.required}
          clearable={options.clearable}
          disabled={options.disabled}
          placeholder={options.placeholder}
          allowDeselect={!!options.clearable}
          data={values.map((value) => ({ value, label: t(`${prefix}.${value}`) }))}
          value={field.value ?? null}
          onChange={(value) => {
            field.onChange(value ?? null);
            // Another channel means another kind of forwarding organisation, if any.
            if (name === 'channel') form.setValue('sourceOrganisationId', null);
          }}
          onBlur={field.onBlur}
          error={errors[name] && t(`cases.form.choose.${name}`)}
        />
      )}
    />
  );

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(event) => void submit(event)} aria-label={t('cases.form.title')}>
        <Stack gap="md">
          <Fieldset legend={t('cases.form.receipt')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={form.control}
                name="receivedOn"
                render={({ field }) => (
                  <DateField
                    label={t('cases.form.receivedOn')}
                    required
                    maxDate={props.settings?.today}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    error={errors.receivedOn?.message}
                  />
                )}
              />
              {props.fixedChannel ? (
                <TextInput
                  label={t('cases.form.channel')}
                  readOnly
                  value={t(`cases.channels.${channel}`)}
                  description={t(
                    channel === 'SUGGESTION_BOX'
                      ? 'cases.form.fixedChannelSuggestion'
                      : 'cases.form.fixedChannel',
                  )}
                />
              ) : (
                enumSelect('channel', caseChannels, 'cases.channels', { required: true })
              )}
              {forwarded && (
                <Controller
                  control={form.control}
                  name="sourceOrganisationId"
                  render={({ field }) => (
                    <Select
                      label={t('cases.form.sourceOrganisationId')}
                      required
                      searchable
                      disabled={props.fixedChannel}
                      data={sourceOptions}
                      value={field.value ?? null}
                      onChange={(value) => field.onChange(value ?? null)}
                      error={errors.sourceOrganisationId?.message}
                    />
                  )}
                />
              )}
              <TextInput
                label={t('cases.form.sourceReference')}
                description={t('cases.form.sourceReferenceHelp')}
                error={errors.sourceReference?.message}
                {...form.register('sourceReference')}
              />
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend={t('cases.form.content')}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {enumSelect('kind', caseKinds, 'cases.kinds', {
                  clearable: true,
                  placeholder: t('cases.kinds.none'),
                })}
                {enumSelect('field', caseFields, 'cases.fields', { required: true })}
              </SimpleGrid>
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
                  description={t('cases.form.subjectHelp')}
                  error={errors.subject?.message}
                  {...form.register('subject')}
                />
                <TextInput
                  label={t('cases.form.location')}
                  error={errors.location?.message}
                  {...form.register('location')}
                />
              </SimpleGrid>
              <Checkbox
                label={t('cases.form.severalLocations')}
                description={t('cases.form.severalLocationsHelp')}
                {...form.register('severalLocations')}
              />
            </Stack>
          </Fieldset>

          <LiveDeadlines
            settings={props.settings}
            receivedOn={receivedOn ?? ''}
            kind={kind ?? null}
            secondInstance={relation === 'SECOND_INSTANCE'}
            severalLocations={!!severalLocations}
          />

          <IntakeSenders />

          <Fieldset legend={t('cases.form.related')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {enumSelect('relation', caseRelations, 'cases.relations', {
                clearable: true,
                placeholder: t('cases.relations.none'),
              })}
              {relation && (
                <Controller
                  control={form.control}
                  name="relatedCaseId"
                  render={({ field }) => (
                    <CasePicker
                      label={t('cases.form.relatedCaseId')}
                      required
                      value={field.value ?? null}
                      onChange={field.onChange}
                      error={errors.relatedCaseId?.message}
                    />
                  )}
                />
              )}
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend={t('cases.form.attachments')}>
            <IntakeAttachments />
          </Fieldset>

          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('cases.form.submit')}
            </Button>
            <Button variant="default" onClick={props.onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
