import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInVietnam } from '@phoihop/shared/dates';
import { boardKinds, createBoardBodySchema, type BoardDetail } from '@phoihop/shared/supervision';
import { useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { isApiError } from '../../../lib/api-client';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateBoard, useUpdateBoard } from '../api/boards';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { memberRowsOf, MembersFields } from './members-fields';
import { DateField } from '../../../components/ui/date-field';

const boardFormSchema = createBoardBodySchema.safeExtend({ active: z.boolean() });
type FormValues = z.input<typeof boardFormSchema>;
type FormOutput = z.output<typeof boardFormSchema>;
const fields = [
  'kind',
  'name',
  'projectName',
  'decisionNumber',
  'decisionDate',
  'termStart',
  'termEnd',
  'note',
  'members',
  'active',
] as const;

/** A standing board (Ban TTND, Ban GSĐTCCĐ) with its term, decision and members. */
export function BoardFormModal(props: {
  board?: BoardDetail;
  onClose: () => void;
  onSaved?: (board: BoardDetail) => void;
}) {
  const { t } = useTranslation();
  const { board } = props;
  const orgs = useOrganisationOptions();
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(boardFormSchema),
    defaultValues: {
      kind: board?.kind ?? 'PEOPLES_INSPECTION',
      name: board?.name ?? '',
      projectName: board?.projectName ?? '',
      decisionNumber: board?.decisionNumber ?? '',
      decisionDate: board?.decisionDate ?? null,
      termStart: board?.termStart ?? todayInVietnam(),
      termEnd: board?.termEnd ?? null,
      note: board?.note ?? '',
      members: board ? memberRowsOf(board.members) : [],
      active: board?.active ?? true,
    },
  });
  const create = useCreateBoard();
  const update = useUpdateBoard();
  const [conflict, setConflict] = useState(false);
  const { errors } = form.formState;
  const onSuccess = (saved: BoardDetail) => {
    notifications.show({ color: 'teal', message: t(board ? 'common.saved' : 'common.created') });
    props.onSaved?.(saved);
    props.onClose();
  };
  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === 'VERSION_CONFLICT') setConflict(true);
    else applyFieldErrors(error, form.setError, fields);
  };
  const submit = form.handleSubmit(({ active, kind, ...body }) =>
    board
      ? update.mutate(
          { id: board.id, version: board.version, body: { ...body, active } },
          { onSuccess, onError },
        )
      : create.mutate({ ...body, kind }, { onSuccess, onError }),
  );
  const title = t(board ? 'supervision.boards.edit' : 'supervision.boards.create');
  const date = (
    name: 'decisionDate' | 'termStart' | 'termEnd',
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
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={form.control}
                name="kind"
                render={({ field }) => (
                  <Select
                    label={t('supervision.boards.kind')}
                    required
                    disabled={Boolean(board)}
                    allowDeselect={false}
                    data={boardKinds.map((k) => ({
                      value: k,
                      label: t(`supervision.boardKinds.${k}`),
                    }))}
                    value={field.value}
                    onChange={field.onChange}
                  />
                )}
              />
              <TextInput
                label={t('supervision.boards.name')}
                required
                error={errors.name?.message}
                {...form.register('name')}
              />
            </SimpleGrid>
            <TextInput
              label={t('supervision.boards.projectName')}
              description={t('supervision.boards.projectNameHelp')}
              error={errors.projectName?.message}
              {...form.register('projectName')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('supervision.fields.decisionNumber')}
                error={errors.decisionNumber?.message}
                {...form.register('decisionNumber')}
              />
              {date('decisionDate', t('supervision.fields.decisionDate'))}
              {date('termStart', t('supervision.boards.termStart'), true)}
              {date('termEnd', t('supervision.boards.termEnd'))}
            </SimpleGrid>
            <Textarea
              label={t('supervision.boards.note')}
              autosize
              minRows={2}
              error={errors.note?.message}
              {...form.register('note')}
            />
            <MembersFields
              roles="boardRoles"
              organisations={orgs.data ?? []}
              error={errors.members?.message ?? errors.members?.root?.message}
            />
            {board && (
              <Switch label={t('supervision.boards.active')} {...form.register('active')} />
            )}
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
