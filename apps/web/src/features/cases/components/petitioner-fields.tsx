import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { emptyPetitioner, type petitionerFormSchema } from '../case-form-schema';

interface PetitionerForm {
  petitioners: z.input<typeof petitionerFormSchema>[];
}

/** Repeatable sender rows (name, address, ID number, phone, representative), inside a form. */
export function PetitionerFields() {
  const { t } = useTranslation();
  const form = useFormContext<PetitionerForm>();
  const list = useFieldArray({ control: form.control, name: 'petitioners' });
  const errors = form.formState.errors.petitioners;
  return (
    <Stack gap="sm">
      {list.fields.map((row, index) => {
        const rowErrors = errors?.[index];
        const label = t('cases.petitioners.numbered', { index: index + 1 });
        return (
          <Fieldset key={row.id} legend={label} data-testid={`petitioner-${index}`}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('cases.petitioners.fullName')}
                required
                error={rowErrors?.fullName?.message}
                {...form.register(`petitioners.${index}.fullName`)}
              />
              <TextInput
                label={t('cases.petitioners.address')}
                error={rowErrors?.address?.message}
                {...form.register(`petitioners.${index}.address`)}
              />
              <TextInput
                label={t('cases.petitioners.idNumber')}
                inputMode="numeric"
                error={rowErrors?.idNumber?.message}
                {...form.register(`petitioners.${index}.idNumber`)}
              />
              <TextInput
                label={t('cases.petitioners.phone')}
                type="tel"
                error={rowErrors?.phone?.message}
                {...form.register(`petitioners.${index}.phone`)}
              />
            </SimpleGrid>
            <Group justify="space-between" mt="xs">
              <Checkbox
                label={t('cases.petitioners.representative')}
                {...form.register(`petitioners.${index}.representative`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('cases.petitioners.remove', { index: index + 1 })}
                onClick={() => list.remove(index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </Fieldset>
        );
      })}
      {errors?.root?.message || errors?.message ? (
        <Text c="red" size="sm" role="alert">
          {errors.root?.message ?? errors.message}
        </Text>
      ) : null}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        style={{ alignSelf: 'flex-start' }}
        onClick={() => list.append({ ...emptyPetitioner })}
        disabled={list.fields.length >= 50}
      >
        {t('cases.petitioners.add')}
      </Button>
    </Stack>
  );
}
