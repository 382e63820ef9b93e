import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createPlanBodySchema, reviewPeriods } from '@phoihop/shared/plans';
import { useNavigate } from '@tanstack/react-router';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { paths } from '../../../config/paths';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreatePlan } from '../api/create-plan';
import { useRegulations } from '../api/list-regulations';
import { FormActions } from '../../../components/ui/form-actions';

type FormValues = z.input<typeof createPlanBodySchema>;
const fields = ['year', 'title', 'regulationId', 'reviewPeriods'] as const;

export function CreatePlanModal(props: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const year = new Date().getFullYear() + 1;
  const regulations = useRegulations();
  const form = useForm<FormValues, unknown, z.output<typeof createPlanBodySchema>>({
    resolver: zodResolver(createPlanBodySchema),
    defaultValues: {
      year,
      title: t('plans.defaultTitle', { year }),
      regulationId: null,
      reviewPeriods: ['Q1', 'Q2', 'Q3', 'YEAR_END'],
    },
  });
  const create = useCreatePlan();
  const { errors } = form.formState;
  const submit = form.handleSubmit((body) =>
    create.mutate(body, {
      onSuccess: (plan) => {
        notifications.show({ color: 'teal', message: t('common.created') });
        props.onClose();
        void navigate({ to: paths.plan, params: { planId: plan.id } });
      },
      onError: (error) => applyFieldErrors(error, form.setError, fields),
    }),
  );
  return (
    <Modal opened onClose={props.onClose} title={t('plans.create')}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <Controller
            control={form.control}
            name="year"
            render={({ field }) => (
              <NumberInput
                label={t('plans.year')}
                required
                min={2000}
                max={2100}
                allowDecimal={false}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : 0)}
                onBlur={field.onBlur}
                error={errors.year?.message}
              />
            )}
          />
          <TextInput
            label={t('plans.planTitle')}
            required
            error={errors.title?.message}
            {...form.register('title')}
          />
          <Controller
            control={form.control}
            name="regulationId"
            render={({ field }) => (
              <Select
                label={t('regulations.one')}
                placeholder={t('common.none')}
                clearable
                data={(regulations.data?.items ?? []).map((r) => ({
                  value: r.id,
                  label: `${r.number} – ${r.title}`,
                }))}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="reviewPeriods"
            render={({ field }) => (
              <Checkbox.Group
                label={t('plans.reviewPeriods')}
                value={field.value ?? []}
                onChange={field.onChange}
                error={errors.reviewPeriods?.message}
              >
                <Group mt={6} gap="sm">
                  {reviewPeriods.map((p) => (
                    <Checkbox key={p} value={p} label={t(`plans.periods.${p}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
          <FormActions onCancel={props.onClose} saving={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
