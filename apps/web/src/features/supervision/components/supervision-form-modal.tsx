import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  createSupervisionBodySchema,
  supervisionKinds,
  type SupervisionDetail,
} from '@phoihop/shared/supervision';
import { useState } from 'react';
import { Controller, FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { isApiError } from '../../../lib/api-client';
import { useCurrentMe } from '../../../lib/auth';
import { applyFieldErrors } from '../../../lib/form-errors';
import { flattenPages } from '../../../lib/pagination';
import { useBoards } from '../api/boards';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { useCreateSupervision, useUpdateSupervision } from '../api/supervisions';
import { FileField } from './file-field';
import { memberRowsOf, MembersFields } from './members-fields';
import { RecommendationPicker, recommendationLabel } from './recommendation-picker';
import { DateField } from '../../../components/ui/date-field';

type FormValues = z.input<typeof createSupervisionBodySchema>;
type FormOutput = z.output<typeof createSupervisionBodySchema>;
const fields = [
  'title',
  'kind',
  'content',
  'decisionNumber',
  'decisionDate',
  'decisionSigner',
  'decisionFileId',
  'leadOrganisationId',
  'coOrganiserIds',
  'supervisedBodies',
  'periodFrom',
  'periodTo',
  'boardId',
  'members',
  'checksRecommendationIds',
] as const;

function valuesOf(s: SupervisionDetail | undefined, leadId: string): FormValues {
  if (!s)
    return {
      title: '',
      kind: 'THEMATIC',
      content: '',
      decisionNumber: '',
      decisionDate: null,
      decisionSigner: '',
      decisionFileId: null,
      leadOrganisationId: leadId,
      coOrganiserIds: [],
      supervisedBodies: [],
      periodFrom: '',
      periodTo: '',
      boardId: null,
      members: [],
      checksRecommendationIds: [],
    };
  return {
    title: s.title,
    kind: s.kind,
    content: s.content ?? '',
    decisionNumber: s.decisionNumber ?? '',
    decisionDate: s.decisionDate,
    decisionSigner: s.decisionSigner ?? '',
    decisionFileId: s.decisionFile?.id ?? null,
    leadOrganisationId: s.lead.id,
    coOrganiserIds: s.coOrganisers.map((o) => o.id),
    supervisedBodies: s.supervisedBodies,
    periodFrom: s.periodFrom,
    periodTo: s.periodTo,
    boardId: s.board?.id ?? null,
    members: memberRowsOf(s.members),
    checksRecommendationIds: s.checks.map((c) => c.id),
  };
}

/**
 * "Thành lập đoàn giám sát" from the decision that sets the team up, or edits a supervision with
 * the version it was read at.
 */
export function SupervisionFormModal(props: {
  supervision?: SupervisionDetail;
  onClose: () => void;
  onSaved?: (saved: SupervisionDetail) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const { supervision } = props;
  const orgs = useOrganisationOptions();
  const boards = useBoards({});
  const orgOptions = orgs.data ?? [];
  // The Front leads its supervisions: the creator's own organisation (Front staff) by default.
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(createSupervisionBodySchema),
    defaultValues: valuesOf(supervision, me.organisation?.id ?? ''),
  });
  const create = useCreateSupervision();
  const update = useUpdateSupervision();
  const [conflict, setConflict] = useState(false);
  const { errors } = form.formState;
  const onSuccess = (saved: SupervisionDetail) => {
    notifications.show({
      color: 'teal',
      message: t(supervision ? 'common.saved' : 'common.created'),
    });
    props.onSaved?.(saved);
    props.onClose();
  };
  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === 'VERSION_CONFLICT') setConflict(true);
    else applyFieldErrors(error, form.setError, fields);
  };
  const submit = form.handleSubmit((body) =>
    supervision
      ? update.mutate(
          { id: supervision.id, version: supervision.version, body },
          { onSuccess, onError },
        )
      : create.mutate(body, { onSuccess, onError }),
  );
  const title = t(supervision ? 'supervision.edit' : 'supervision.create');
  const periodFrom = useWatch({ control: form.control, name: 'periodFrom' });
  const date = (
    name: 'decisionDate' | 'periodFrom' | 'periodTo',
    label: string,
    required = false,
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <DateField
          label={label}
          required={required}
          clearable={!required}
          // The period ends on or after its first day.
          minDate={name === 'periodTo' ? periodFrom || undefined : undefined}
          value={field.value || null}
          onChange={(v) => field.onChange(v ?? (required ? '' : null))}
          error={errors[name]?.message}
        />
      )}
    />
  );
  return (
    <Modal opened onClose={props.onClose} size="xl" title={title}>
      <FormProvider {...form}>
        <form noValidate onSubmit={(event) => void submit(event)} aria-label={title}>
          <Stack gap="sm">
            <Title order={3} size="h5">
              {t('supervision.form.decision')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('supervision.fields.decisionNumber')}
                error={errors.decisionNumber?.message}
                {...form.register('decisionNumber')}
              />
              {date('decisionDate', t('supervision.fields.decisionDate'))}
              <TextInput
                label={t('supervision.fields.decisionSigner')}
                error={errors.decisionSigner?.message}
                {...form.register('decisionSigner')}
              />
            </SimpleGrid>
            <Controller
              control={form.control}
              name="decisionFileId"
              render={({ field }) => (
                <FileField
                  label={t('supervision.fields.decisionFile')}
                  value={field.value}
                  current={supervision?.decisionFile ?? null}
                  onChange={field.onChange}
                  error={errors.decisionFileId?.message}
                />
              )}
            />
            <Title order={3} size="h5" mt="xs">
              {t('supervision.form.subject')}
            </Title>
            <Textarea
              label={t('supervision.fields.title')}
              required
              autosize
              minRows={1}
              error={errors.title?.message}
              {...form.register('title')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={form.control}
                name="kind"
                render={({ field }) => (
                  <Select
                    label={t('supervision.fields.kind')}
                    required
                    allowDeselect={false}
                    data={supervisionKinds.map((k) => ({
                      value: k,
                      label: t(`supervision.kinds.${k}`),
                    }))}
                    value={field.value}
                    onChange={field.onChange}
                    error={errors.kind?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="boardId"
                render={({ field }) => (
                  <Select
                    label={t('supervision.fields.board')}
                    description={t('supervision.fields.boardHelp')}
                    clearable
                    data={flattenPages(boards.data).map((b) => ({ value: b.id, label: b.name }))}
                    value={field.value ?? null}
                    onChange={(v) => field.onChange(v ?? null)}
                    error={errors.boardId?.message}
                  />
                )}
              />
            </SimpleGrid>
            <Textarea
              label={t('supervision.fields.content')}
              autosize
              minRows={2}
              error={errors.content?.message}
              {...form.register('content')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={form.control}
                name="leadOrganisationId"
                render={({ field }) => (
                  <Select
                    label={t('supervision.fields.lead')}
                    required
                    searchable
                    allowDeselect={false}
                    data={orgOptions}
                    value={field.value || null}
                    onChange={(v) => field.onChange(v ?? '')}
                    error={errors.leadOrganisationId?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="coOrganiserIds"
                render={({ field }) => (
                  <MultiSelect
                    label={t('supervision.fields.coOrganisers')}
                    searchable
                    data={orgOptions}
                    value={field.value ?? []}
                    onChange={field.onChange}
                    error={errors.coOrganiserIds?.message}
                  />
                )}
              />
            </SimpleGrid>
            <Controller
              control={form.control}
              name="supervisedBodies"
              render={({ field }) => (
                <TagsInput
                  label={t('supervision.fields.supervisedBodies')}
                  description={t('supervision.fields.supervisedBodiesHelp')}
                  required
                  splitChars={[';']}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.supervisedBodies?.message ?? errors.supervisedBodies?.[0]?.message}
                />
              )}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {date('periodFrom', t('supervision.fields.periodFrom'), true)}
              {date('periodTo', t('supervision.fields.periodTo'), true)}
            </SimpleGrid>
            <MembersFields
              organisations={orgOptions}
              error={errors.members?.message ?? errors.members?.root?.message}
            />
            <Controller
              control={form.control}
              name="checksRecommendationIds"
              render={({ field }) => (
                <RecommendationPicker
                  value={field.value ?? []}
                  onChange={field.onChange}
                  known={supervision?.checks.map((c) => ({
                    id: c.id,
                    label: recommendationLabel(c),
                  }))}
                />
              )}
            />
            {conflict && (
              <Alert color="orange" role="alert" title={t('supervision.conflict.title')}>
                <Text size="sm">{t('supervision.conflict.body')}</Text>
              </Alert>
            )}
            <FormActions onCancel={props.onClose} saving={create.isPending || update.isPending} />
          </Stack>
        </form>
      </FormProvider>
    </Modal>
  );
}
