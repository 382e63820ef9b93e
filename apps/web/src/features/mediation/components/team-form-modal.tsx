import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createMediationTeamBodySchema, type MediationTeam } from '@phoihop/shared/mediation';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateTeam } from '../api/create-team';
import { useUpdateTeam } from '../api/update-team';
import { FormActions } from '../../../components/ui/form-actions';
import { DateField } from '../../../components/ui/date-field';

const teamFormSchema = createMediationTeamBodySchema.extend({ active: z.boolean() });
type FormValues = z.input<typeof teamFormSchema>;
type FormOutput = z.output<typeof teamFormSchema>;
const fields = ['name', 'area', 'decisionNumber', 'establishedOn', 'note', 'active'] as const;

/** "Thêm tổ hòa giải", or edits a team with the version it was read at. */
export function TeamFormModal(props: {
  team?: MediationTeam;
  onClose: () => void;
  onSaved?: (team: MediationTeam) => void;
}) {
  const { t } = useTranslation();
  const { team } = props;
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(teamFormSchema),
    defaultValues: {
      name: team?.name ?? '',
      area: team?.area ?? '',
      decisionNumber: team?.decisionNumber ?? '',
      establishedOn: team?.establishedOn ?? null,
      note: team?.note ?? '',
      active: team?.active ?? true,
    },
  });
  const create = useCreateTeam();
  const update = useUpdateTeam();
  const { errors } = form.formState;
  const onSuccess = (saved: MediationTeam) => {
    notifications.show({ color: 'teal', message: t(team ? 'common.saved' : 'common.created') });
    props.onSaved?.(saved);
    props.onClose();
  };
  const onError = (error: unknown) => applyFieldErrors(error, form.setError, fields);
  const submit = form.handleSubmit(({ active, ...body }) =>
    team
      ? update.mutate(
          { id: team.id, version: team.version, body: { ...body, active } },
          { onSuccess, onError },
        )
      : create.mutate(body, { onSuccess, onError }),
  );
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t(team ? 'mediation.teams.edit' : 'mediation.teams.create')}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <TextInput
            label={t('mediation.teams.name')}
            required
            error={errors.name?.message}
            {...form.register('name')}
          />
          <TextInput
            label={t('mediation.teams.area')}
            required
            error={errors.area?.message}
            {...form.register('area')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('mediation.teams.decisionNumber')}
              error={errors.decisionNumber?.message}
              {...form.register('decisionNumber')}
            />
            <Controller
              control={form.control}
              name="establishedOn"
              render={({ field }) => (
                <DateField
                  label={t('mediation.teams.establishedOn')}
                  clearable
                  value={field.value ?? null}
                  onChange={(value) => field.onChange(value ?? null)}
                  error={errors.establishedOn?.message}
                />
              )}
            />
          </SimpleGrid>
          <Textarea
            label={t('mediation.teams.note')}
            autosize
            minRows={2}
            error={errors.note?.message}
            {...form.register('note')}
          />
          {team && (
            <Controller
              control={form.control}
              name="active"
              render={({ field }) => (
                <Switch
                  label={t('mediation.teams.active')}
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
