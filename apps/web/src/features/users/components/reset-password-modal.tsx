import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { resetPasswordBodySchema, type User } from '@phoihop/shared/users';
import { PasswordField } from '../../../components/ui/password-field';
import { PasswordStrengthHint } from '../../../components/ui/password-strength';
import { useCurrentMe } from '../../../lib/auth';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useResetPassword } from '../api/reset-password';

export function ResetPasswordModal(props: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(resetPasswordBodySchema),
    defaultValues: { password: '' },
  });
  const reset = useResetPassword();
  const me = useCurrentMe();
  const typedPassword = useWatch({ control: form.control, name: 'password' });

  const submit = form.handleSubmit((body) =>
    reset.mutate(
      { id: props.user.id, body },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('users.passwordReset') });
          props.onClose();
        },
        onError: (error) => applyFieldErrors(error, form.setError, ['password']),
      },
    ),
  );

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('users.resetPasswordTitle', { name: props.user.fullName })}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <Text size="sm">{t('users.resetPasswordHelp')}</Text>
          <PasswordField
            label={t('users.newPassword')}
            description={t('changePassword.rules')}
            required
            autoComplete="new-password"
            error={form.formState.errors.password?.message}
            {...form.register('password')}
          />
          <PasswordStrengthHint
            password={typedPassword}
            username={props.user.username}
            unitName={me.unit.name}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending}>
              {t('users.resetPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
