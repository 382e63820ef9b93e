import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PlanItem } from '@phoihop/shared/plans';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useAmendPlan } from '../api/amend-plan';
import { useCreateItem } from '../api/create-item';
import { useUpdateItem } from '../api/update-item';
import { itemFormSchema, type ItemFormOutput, type ItemFormValues } from './item-form-schema';
import { ItemTaskFields } from './item-task-fields';
import { FormActions } from '../../../components/ui/form-actions';

const fields = [
  'kind',
  'parentId',
  'title',
  'description',
  'leadOrganisationId',
  'partnerIds',
  'startDate',
  'dueDate',
  'recurrence',
  'expectedOutput',
  'targetValue',
  'targetUnit',
  'weight',
  'reason',
] as const;

/**
 * Adds or edits an area/task. In a draft the change is written directly; in an approved plan
 * (`amend`) it becomes a recorded amendment with a required reason.
 */
export function ItemFormModal(props: {
  planId: string;
  items: PlanItem[];
  item: PlanItem | null;
  kind: 'AREA' | 'TASK';
  amend: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { item, amend } = props;
  const form = useForm<ItemFormValues, unknown, ItemFormOutput>({
    resolver: zodResolver(itemFormSchema(amend, t('plans.amend.reasonRequired'))),
    defaultValues: {
      kind: item?.kind ?? props.kind,
      parentId: item?.parentId ?? null,
      title: item?.title ?? '',
      description: item?.description ?? '',
      leadOrganisationId: item?.lead?.id ?? null,
      partnerIds: item?.partners.map((p) => p.id) ?? [],
      startDate: item?.startDate ?? null,
      dueDate: item?.dueDate ?? null,
      recurrence: item?.recurrence ?? 'NONE',
      expectedOutput: item?.expectedOutput ?? '',
      targetValue: item?.targetValue ?? null,
      targetUnit: item?.targetUnit ?? '',
      weight: item?.weight ?? 1,
      reason: '',
    },
  });
  const create = useCreateItem();
  const update = useUpdateItem();
  const amendPlan = useAmendPlan();
  const kind = useWatch({ control: form.control, name: 'kind' });
  const { errors } = form.formState;
  const handlers = {
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('common.saved') });
      props.onClose();
    },
    onError: (error: unknown) => applyFieldErrors(error, form.setError, fields),
  };
  const submit = form.handleSubmit(({ reason, kind: itemKind, ...rest }) => {
    if (amend && item)
      amendPlan.mutate(
        {
          planId: props.planId,
          body: {
            operation: 'CHANGE',
            reason: reason.trim(),
            itemId: item.id,
            version: item.version,
            changes: rest,
          },
        },
        handlers,
      );
    else if (amend)
      amendPlan.mutate(
        {
          planId: props.planId,
          body: { operation: 'ADD', reason: reason.trim(), item: { kind: itemKind, ...rest } },
        },
        handlers,
      );
    else if (item) update.mutate({ id: item.id, version: item.version, body: rest }, handlers);
    else create.mutate({ planId: props.planId, body: { kind: itemKind, ...rest } }, handlers);
  });
  const parents = props.items
    .filter((i) => i.id !== item?.id && (kind === 'TASK' ? i.status !== 'CANCELLED' : false))
    .map((i) => ({ value: i.id, label: `${i.code} ${i.title}` }));
  const title = amend
    ? item
      ? t('plans.amend.changeTitle', { code: item.code })
      : t('plans.amend.addTitle')
    : item
      ? t('plans.item.editTitle', { code: item.code })
      : kind === 'AREA'
        ? t('plans.item.addArea')
        : t('plans.item.addTask');
  return (
    <Modal opened onClose={props.onClose} title={title} size="lg">
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          {!item && amend && (
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <Select
                  label={t('common.kind')}
                  allowDeselect={false}
                  data={[
                    { value: 'AREA', label: t('plans.item.area') },
                    { value: 'TASK', label: t('plans.item.task') },
                  ]}
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            />
          )}
          {kind === 'TASK' && (
            <Controller
              control={form.control}
              name="parentId"
              render={({ field }) => (
                <Select
                  label={t('plans.item.parent')}
                  searchable
                  clearable
                  data={parents}
                  value={field.value ?? null}
                  onChange={field.onChange}
                  error={errors.parentId?.message}
                />
              )}
            />
          )}
          <TextInput
            label={kind === 'AREA' ? t('plans.item.areaTitle') : t('plans.item.taskTitle')}
            required
            error={errors.title?.message}
            {...form.register('title')}
          />
          {kind === 'TASK' && (
            <>
              <Textarea
                label={t('plans.item.description')}
                autosize
                minRows={2}
                error={errors.description?.message}
                {...form.register('description')}
              />
              <ItemTaskFields form={form} />
              <TextInput
                label={t('plans.item.expectedOutput')}
                error={errors.expectedOutput?.message}
                {...form.register('expectedOutput')}
              />
            </>
          )}
          {amend && (
            <Textarea
              label={t('plans.amend.reason')}
              required
              autosize
              minRows={2}
              error={errors.reason?.message}
              {...form.register('reason')}
            />
          )}
          <FormActions
            onCancel={props.onClose}
            saving={create.isPending || update.isPending || amendPlan.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
