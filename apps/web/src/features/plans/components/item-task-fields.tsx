import { MultiSelect, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { recurrences } from '@phoihop/shared/plans';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import type { ItemFormOutput, ItemFormValues } from './item-form-schema';
import { DateField } from '../../../components/ui/date-field';

/** Who, when and how much: the task-only fields of the item form. */
export function ItemTaskFields({
  form,
}: {
  form: UseFormReturn<ItemFormValues, unknown, ItemFormOutput>;
}) {
  const { t } = useTranslation();
  const orgData = useOrganisationOptions().data ?? [];
  const { errors } = form.formState;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Controller
        control={form.control}
        name="leadOrganisationId"
        render={({ field }) => (
          <Select
            label={t('plans.item.lead')}
            searchable
            clearable
            data={orgData}
            value={field.value ?? null}
            onChange={field.onChange}
            error={errors.leadOrganisationId?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="partnerIds"
        render={({ field }) => (
          <MultiSelect
            label={t('plans.item.partners')}
            searchable
            data={orgData}
            value={field.value ?? []}
            onChange={field.onChange}
            error={errors.partnerIds?.message}
          />
        )}
      />
      {(['startDate', 'dueDate'] as const).map((name) => (
        <Controller
          key={name}
          control={form.control}
          name={name}
          render={({ field }) => (
            <DateField
              label={t(`plans.item.${name}`)}
              clearable
              value={field.value ?? null}
              onChange={(value) => field.onChange(value ?? null)}
              error={errors[name]?.message}
            />
          )}
        />
      ))}
      <Controller
        control={form.control}
        name="recurrence"
        render={({ field }) => (
          <Select
            label={t('plans.item.recurrence')}
            allowDeselect={false}
            data={recurrences.map((r) => ({
              value: r,
              label: t(`plans.recurrence.${r}`),
            }))}
            value={field.value ?? 'NONE'}
            onChange={field.onChange}
          />
        )}
      />
      <Controller
        control={form.control}
        name="weight"
        render={({ field }) => (
          <NumberInput
            label={t('plans.item.weight')}
            min={0}
            max={100}
            allowDecimal={false}
            value={field.value ?? 1}
            onChange={(v) => field.onChange(typeof v === 'number' ? v : 1)}
            error={errors.weight?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="targetValue"
        render={({ field }) => (
          <NumberInput
            label={t('plans.item.targetValue')}
            min={0}
            value={field.value ?? ''}
            onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
            error={errors.targetValue?.message}
          />
        )}
      />
      <TextInput
        label={t('plans.item.targetUnit')}
        error={errors.targetUnit?.message}
        {...form.register('targetUnit')}
      />
    </SimpleGrid>
  );
}
