import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Role } from '@phoihop/shared/roles';
import { createUserBodySchema, type User } from '@phoihop/shared/users';
import { PasswordField } from '../../../components/ui/password-field';
import { PasswordStrengthHint } from '../../../components/ui/password-strength';
import { useCurrentMe } from '../../../lib/auth';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';
import { FormActions } from '../../../components/ui/form-actions';

const createSchema = createUserBodySchema.omit({ unitId: true });
// Editing never changes the username or the password (reset has its own dialog).
const editSchema = createSchema.extend({ username: z.string(), password: z.string() });
type FormValues = z.input<typeof createSchema>;
const fields = [
  'username',
  'fullName',
  'position',
  'email',
  'phone',
  'organisationId',
  'roles',
  'password',
] as const;

export interface Option {
  value: string;
  label: string;
}

const valuesOf = (user: User | null): FormValues => ({
  username: user?.username ?? '',
  fullName: user?.fullName ?? '',
  position: user?.position ?? '',
  email: user?.email ?? '',
  phone: user?.phone ?? '',
  organisationId: user?.organisationId ?? null,
  roles: user?.roles ?? [],
  password: '',
});

/** Create (user = null) or edit a user. Mounted only while open, so it starts fresh. */
export function UserFormModal(props: {
  user: User | null;
  organisations: Option[];
  grantableRoles: Role[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const isEdit = props.user !== null;
  const form = useForm<FormValues, unknown, z.output<typeof createSchema>>({
    resolver: zodResolver(isEdit ? editSchema : createSchema),
    defaultValues: valuesOf(props.user),
  });
  const create = useCreateUser();
  const update = useUpdateUser();
  const me = useCurrentMe();
  const [typedPassword, typedUsername] = useWatch({
    control: form.control,
    name: ['password', 'username'],
  });
  const { errors } = form.formState;
  const onError = (error: unknown) => applyFieldErrors(error, form.setError, fields);
  const done = (message: string) => {
    notifications.show({ color: 'teal', message });
    props.onClose();
  };

  const submit = form.handleSubmit(({ username, password, ...rest }) => {
    if (props.user) {
      const { id, version } = props.user;
      update.mutate(
        { id, version, body: rest },
        { onSuccess: () => done(t('common.saved')), onError },
      );
    } else {
      create.mutate(
        { ...rest, username, password },
        { onSuccess: () => done(t('common.created')), onError },
      );
    }
  });

  const roleOptions = [...new Set([...props.grantableRoles, ...(props.user?.roles ?? [])])].map(
    (role) => ({
      value: role,
      label: t(`roles.${role}`),
      disabled: !props.grantableRoles.includes(role),
    }),
  );

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={isEdit ? t('users.editTitle') : t('users.createTitle')}
      size="lg"
    >
      <form noValidate onSubmit={(event) => void submit(event)} data-testid="user-form">
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('users.username')}
              description={isEdit ? undefined : t('users.usernameHelp')}
              required
              disabled={isEdit}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              error={errors.username?.message}
              {...form.register('username')}
            />
            <TextInput
              label={t('users.fullName')}
              required
              error={errors.fullName?.message}
              {...form.register('fullName')}
            />
            <TextInput
              label={t('users.position')}
              error={errors.position?.message}
              {...form.register('position')}
            />
            <Controller
              control={form.control}
              name="organisationId"
              render={({ field }) => (
                <Select
                  label={t('users.organisation')}
                  placeholder={t('users.noOrganisation')}
                  data={props.organisations}
                  clearable
                  searchable
                  value={field.value ?? null}
                  onChange={(value) => field.onChange(value)}
                  onBlur={field.onBlur}
                  error={errors.organisationId?.message}
                />
              )}
            />
            <TextInput
              label={t('users.email')}
              type="email"
              error={errors.email?.message}
              {...form.register('email')}
            />
            <TextInput
              label={t('users.phone')}
              type="tel"
              error={errors.phone?.message}
              {...form.register('phone')}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="roles"
            render={({ field }) => (
              <MultiSelect
                label={t('users.roles')}
                required
                data={roleOptions}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.roles?.message}
              />
            )}
          />
          {!isEdit && (
            <Stack gap={6}>
              <PasswordField
                label={t('users.initialPassword')}
                description={t('users.initialPasswordHelp')}
                required
                autoComplete="new-password"
                error={errors.password?.message}
                {...form.register('password')}
              />
              <PasswordStrengthHint
                password={typedPassword}
                username={typedUsername}
                unitName={me.unit.name}
              />
            </Stack>
          )}
          <FormActions onCancel={props.onClose} saving={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
