import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emptyParty, type CaseFormOutput, type CaseFormValues } from './case-form-schema';

const MIN_PARTIES = 2;

/** The parties of a dispute: at least two, each with a name and an optional address. */
export function PartiesFields({
  form,
}: {
  form: UseFormReturn<CaseFormValues, unknown, CaseFormOutput>;
}) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'parties' });
  const errors = form.formState.errors.parties;
  const listError = errors?.message ?? errors?.root?.message;
  return (
    <Fieldset legend={t('mediation.cases.parties')}>
      <Stack gap="xs">
        {fields.map((party, index) => (
          <Group key={party.id} align="flex-start" wrap="nowrap" gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ flex: 1 }}>
              <TextInput
                label={t('mediation.cases.partyName', { index: index + 1 })}
                required
                error={errors?.[index]?.name?.message}
                {...form.register(`parties.${index}.name`)}
              />
              <TextInput
                label={t('mediation.cases.partyAddress', { index: index + 1 })}
                error={errors?.[index]?.address?.message}
                {...form.register(`parties.${index}.address`)}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              disabled={fields.length <= MIN_PARTIES}
              onClick={() => remove(index)}
              aria-label={t('mediation.cases.removeParty', { index: index + 1 })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {listError && (
          <Text size="sm" c="red" role="alert">
            {listError}
          </Text>
        )}
        <Button
          variant="subtle"
          size="xs"
          style={{ alignSelf: 'flex-start' }}
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => append(emptyParty)}
        >
          {t('mediation.cases.addParty')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
