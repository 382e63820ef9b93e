import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { changePasswordBodySchema } from '@phoihop/shared/auth';
import { useMemo } from 'react';
import { PasswordField } from '../../../components/ui/password-field';
import { PasswordStrengthHint } from '../../../components/ui/password-strength';
import { useCurrentMe } from '../../../lib/auth';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useChangePassword } from '../api/change-password';

const fields = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export function ChangePasswordForm(props: { onDone: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const schema = useMemo(
    () =>
      changePasswordBodySchema
        .extend({ confirmPassword: z.string() })
        .refine((v) => v.newPassword === v.confirmPassword, {
          path: ['confirmPassword'],
          message: t('changePassword.mismatch'),
        }),
    [t],
  );
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const mutation = useChangePassword({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('changePassword.success') });
      props.onDone();
    },
  });
  const { errors } = form.formState;
  const typedPassword = useWatch({ control: form.control, name: 'newPassword' });

  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(({ currentPassword, newPassword }) =>
          mutation.mutate(
            { currentPassword, newPassword },
            { onError: (error) => applyFieldErrors(error, form.setError, fields) },
          ),
        )(event)
      }
    >
      <Stack maw={420}>
        <PasswordField
          label={t('changePassword.current')}
          autoComplete="current-password"
          required
          error={errors.currentPassword?.message}
          {...form.register('currentPassword')}
        />
        <PasswordField
          label={t('changePassword.new')}
          description={t('changePassword.rules')}
          autoComplete="new-password"
          required
          error={errors.newPassword?.message}
          {...form.register('newPassword')}
        />
        <PasswordStrengthHint
          password={typedPassword}
          username={me.user.username}
          unitName={me.unit.name}
        />
        <PasswordField
          label={t('changePassword.confirm')}
          autoComplete="new-password"
          required
          error={errors.confirmPassword?.message}
          {...form.register('confirmPassword')}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('changePassword.submit')}
          </Button>
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
