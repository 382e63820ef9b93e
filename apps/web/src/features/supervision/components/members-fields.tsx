import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { memberRoles, type MemberInput } from '@phoihop/shared/supervision';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** The form values this editor needs: a `members` list (team or standing board). */
export interface WithMembers {
  members?: Partial<MemberInput>[] | undefined;
}

/**
 * The members table: full name, role, position and organisation, one row each. Members come from
 * several organisations (or none: an invited expert), so each row picks its own.
 */
export function MembersFields(props: {
  /** A standing board's roles read "head of the board", a team's "head of the team". */
  roles?: 'roles' | 'boardRoles';
  organisations: { value: string; label: string }[];
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const form = useFormContext<WithMembers>();
  const list = useFieldArray({ control: form.control, name: 'members' });
  const rowErrors = form.formState.errors.members;
  return (
    <Stack gap="xs" data-testid="members-fields">
      <Group justify="space-between">
        <Text fw={500} size="sm">
          {t('supervision.members.title')}
        </Text>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconUserPlus size={14} aria-hidden />}
          onClick={() =>
            list.append({ fullName: '', role: 'MEMBER', position: '', organisationId: null })
          }
        >
          {t('supervision.members.add')}
        </Button>
      </Group>
      {list.fields.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('supervision.members.none')}
        </Text>
      )}
      {list.fields.map((row, index) => (
        <Paper key={row.id} withBorder p="xs" data-testid="member-row">
          <Group align="flex-end" wrap="nowrap" gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs" style={{ flex: 1 }}>
              <TextInput
                label={t('supervision.members.fullName')}
                aria-label={t('supervision.members.fullNameOf', { n: index + 1 })}
                required
                error={rowErrors?.[index]?.fullName?.message}
                {...form.register(`members.${index}.fullName`)}
              />
              <Controller
                control={form.control}
                name={`members.${index}.role`}
                render={({ field }) => (
                  <Select
                    label={t('supervision.members.role')}
                    aria-label={t('supervision.members.roleOf', { n: index + 1 })}
                    allowDeselect={false}
                    data={memberRoles.map((r) => ({
                      value: r,
                      label: t(`supervision.${props.roles ?? 'roles'}.${r}`),
                    }))}
                    value={field.value ?? 'MEMBER'}
                    onChange={(v) => field.onChange(v ?? 'MEMBER')}
                  />
                )}
              />
              <TextInput
                label={t('supervision.members.position')}
                aria-label={t('supervision.members.positionOf', { n: index + 1 })}
                error={rowErrors?.[index]?.position?.message}
                {...form.register(`members.${index}.position`)}
              />
              <Controller
                control={form.control}
                name={`members.${index}.organisationId`}
                render={({ field }) => (
                  <Select
                    label={t('supervision.members.organisation')}
                    aria-label={t('supervision.members.organisationOf', { n: index + 1 })}
                    clearable
                    searchable
                    data={props.organisations}
                    value={field.value ?? null}
                    onChange={(v) => field.onChange(v ?? null)}
                  />
                )}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={t('supervision.members.remove', { n: index + 1 })}
              onClick={() => list.remove(index)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      {props.error && (
        <Text size="sm" c="red" role="alert">
          {props.error}
        </Text>
      )}
    </Stack>
  );
}

/** Member rows as the API returns them, back into form rows. */
export const memberRowsOf = (
  members: {
    fullName: string;
    role: MemberInput['role'];
    position: string | null;
    organisation: { id: string } | null;
  }[],
) =>
  members.map((m) => ({
    fullName: m.fullName,
    role: m.role,
    position: m.position ?? '',
    organisationId: m.organisation?.id ?? null,
  }));
