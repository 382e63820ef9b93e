import { zodResolver } from '@hookform/resolvers/zod';
import {
  Modal,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { caseFields as fieldKeys } from '@phoihop/shared/cases';
import { mediationOutcomes, type MediationCase } from '@phoihop/shared/mediation';
import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../lib/form-errors';
import { flattenPages } from '../../../lib/pagination';
import { useCreateCase } from '../api/create-case';
import { useTeam } from '../api/get-team';
import { useTeams } from '../api/list-teams';
import { useUpdateCase } from '../api/update-case';
import {
  caseFields,
  caseFormSchema,
  caseValuesOf,
  type CaseFormOutput,
  type CaseFormValues,
} from './case-form-schema';
import { LetterPicker } from './letter-picker';
import { PartiesFields } from './parties-fields';
import { FormActions } from '../../../components/ui/form-actions';
import { DateField } from '../../../components/ui/date-field';

/** "Thêm vụ việc hòa giải", or records the progress and outcome of one. */
export function CaseFormModal(props: {
  found?: MediationCase;
  teamId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { found } = props;
  const schema = useMemo(() => caseFormSchema(t('mediation.cases.teamRequired')), [t]);
  const form = useForm<CaseFormValues, unknown, CaseFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: caseValuesOf(found, props.teamId),
  });
  const teamId = useWatch({ control: form.control, name: 'teamId' });
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  const teams = flattenPages(useTeams().data);
  const team = useTeam(teamId || null);
  const create = useCreateCase();
  const update = useUpdateCase();
  const { errors } = form.formState;
  const mediatorOptions = (team.data?.mediators ?? [])
    .filter((m) => m.active || found?.mediators.some((f) => f.id === m.id))
    .map((m) => ({ value: m.id, label: m.fullName }));
  const onSuccess = () => {
    notifications.show({ color: 'teal', message: t(found ? 'common.saved' : 'common.created') });
    props.onClose();
  };
  const onError = (error: unknown) => applyFieldErrors(error, form.setError, caseFields);
  const submit = form.handleSubmit((values) => {
    // What the chosen outcome hides is not sent: an agreement only for a successful mediation.
    const body = {
      ...values,
      agreement: values.outcome === 'SUCCESSFUL' ? values.agreement : null,
      referral: values.outcome === 'UNSUCCESSFUL' ? values.referral : null,
    };
    if (found) {
      // Parties read masked (the letter is a denunciation) are never sent back as the masked label.
      const { parties: _parties, ...rest } = body;
      const changes = found.identityProtected ? rest : body;
      update.mutate(
        { id: found.id, version: found.version, body: changes },
        { onSuccess, onError },
      );
    } else create.mutate(body, { onSuccess, onError });
  });
  return (
    <Modal
      opened
      onClose={props.onClose}
      size="xl"
      title={t(found ? 'mediation.cases.edit' : 'mediation.cases.create')}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <Controller
            control={form.control}
            name="teamId"
            render={({ field }) => (
              <Select
                label={t('mediation.cases.team')}
                required
                searchable
                data={teams.map((x) => ({ value: x.id, label: x.name }))}
                value={field.value || null}
                onChange={(value) => {
                  field.onChange(value ?? '');
                  // Mediators belong to a team: another team, another choice.
                  form.setValue('mediatorIds', []);
                }}
                error={errors.teamId?.message}
              />
            )}
          />
          <TextInput
            label={t('mediation.cases.title')}
            required
            error={errors.title?.message}
            {...form.register('title')}
          />
          {found?.identityProtected ? (
            <Text size="sm" c="dimmed" data-testid="parties-protected">
              {t('mediation.cases.partiesProtected')}
            </Text>
          ) : (
            <PartiesFields form={form} />
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Controller
              control={form.control}
              name="field"
              render={({ field }) => (
                <Select
                  label={t('mediation.cases.field')}
                  required
                  allowDeselect={false}
                  data={fieldKeys.map((f) => ({ value: f, label: t(`mediation.fields.${f}`) }))}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.field?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="receivedOn"
              render={({ field }) => (
                <DateField
                  label={t('mediation.cases.receivedOn')}
                  required
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  error={errors.receivedOn?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="mediatedOn"
              render={({ field }) => (
                <DateField
                  label={t('mediation.cases.mediatedOn')}
                  clearable
                  value={field.value ?? null}
                  onChange={(value) => field.onChange(value ?? null)}
                  error={errors.mediatedOn?.message}
                />
              )}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="outcome"
            render={({ field }) => (
              <div>
                <Text size="sm" fw={500} mb={4} id="mediation-outcome-label">
                  {t('mediation.cases.outcome')}
                </Text>
                <SegmentedControl
                  fullWidth
                  aria-labelledby="mediation-outcome-label"
                  data={mediationOutcomes.map((o) => ({
                    value: o,
                    label: t(`mediation.cases.outcomes.${o}`),
                  }))}
                  value={field.value ?? 'IN_PROGRESS'}
                  onChange={field.onChange}
                />
              </div>
            )}
          />
          {outcome === 'SUCCESSFUL' && (
            <Textarea
              label={t('mediation.cases.agreement')}
              autosize
              minRows={2}
              error={errors.agreement?.message}
              {...form.register('agreement')}
            />
          )}
          {outcome === 'UNSUCCESSFUL' && (
            <TextInput
              label={t('mediation.cases.referral')}
              error={errors.referral?.message}
              {...form.register('referral')}
            />
          )}
          <Textarea
            label={t('mediation.cases.followUp')}
            autosize
            minRows={2}
            error={errors.followUp?.message}
            {...form.register('followUp')}
          />
          <Controller
            control={form.control}
            name="mediatorIds"
            render={({ field }) => (
              <MultiSelect
                label={t('mediation.cases.mediators')}
                description={teamId ? undefined : t('mediation.cases.mediatorsHelp')}
                disabled={!teamId}
                searchable
                data={mediatorOptions}
                value={field.value ?? []}
                onChange={field.onChange}
                error={errors.mediatorIds?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="caseId"
            render={({ field }) => (
              <LetterPicker
                value={field.value ?? null}
                initial={found?.case ?? null}
                onChange={field.onChange}
                error={errors.caseId?.message}
              />
            )}
          />
          <FormActions onCancel={props.onClose} saving={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
