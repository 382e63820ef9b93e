import { Checkbox, Fieldset, NumberInput, Stack } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaseFormValues } from '../case-form-schema';
import { PetitionerFields } from './petitioner-fields';

/** Who sent the letter: named senders, or an anonymous letter; how many people for a group. */
export function IntakeSenders() {
  const { t } = useTranslation();
  const form = useFormContext<CaseFormValues>();
  const anonymous = useWatch({ control: form.control, name: 'anonymous' });
  const { errors } = form.formState;
  return (
    <Fieldset legend={t('cases.form.petitioners')}>
      <Stack gap="sm">
        <Checkbox
          label={t('cases.form.anonymous')}
          description={t('cases.form.anonymousHelp')}
          {...form.register('anonymous')}
        />
        {!anonymous && <PetitionerFields />}
        <Controller
          control={form.control}
          name="peopleCount"
          render={({ field }) => (
            <NumberInput
              label={t('cases.form.peopleCount')}
              description={t('cases.form.peopleCountHelp')}
              min={1}
              max={100000}
              allowDecimal={false}
              w={{ base: '100%', sm: 280 }}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
              error={errors.peopleCount?.message}
            />
          )}
        />
      </Stack>
    </Fieldset>
  );
}
