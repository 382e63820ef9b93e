import { Button, Group, Stack, TextInput } from '@mantine/core';
import { otpBodySchema, type OtpBody } from '@phoihop/shared/auth';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../lib/form-errors';

/** A 6-digit code from the authenticator app, sent with `submit`; the API's field error shows on it. */
export function OtpForm(props: {
  submitLabel: string;
  pending: boolean;
  submit: (body: OtpBody, onError: (error: unknown) => void) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<{ otp: string }, unknown, OtpBody>({
    resolver: zodResolver(otpBodySchema),
    defaultValues: { otp: '' },
  });
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit((values) =>
          props.submit(values, (error) => applyFieldErrors(error, form.setError, ['otp'])),
        )(event)
      }
    >
      <Stack gap="sm" maw={320}>
        <TextInput
          label={t('login.otp')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          required
          error={form.formState.errors.otp?.message}
          {...form.register('otp')}
        />
        <Group>
          <Button type="submit" loading={props.pending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
