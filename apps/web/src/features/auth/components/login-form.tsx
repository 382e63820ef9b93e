import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { loginBodySchema, type LoginBody, type Me } from '@phoihop/shared/auth';
import { IconAlertCircle } from '@tabler/icons-react';
import { PasswordField } from '../../../components/ui/password-field';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { useLogin } from '../api/login';
import { LoginSecondStep, type SecondStepAnswer } from './login-second-step';

function LoginError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const apiError = isApiError(error) ? error : null;
  const wait = apiError?.code === 'LOGIN_THROTTLED' ? apiError.meta.retryAfterSeconds : undefined;
  return (
    <Alert
      color="red"
      icon={<IconAlertCircle />}
      title={t('login.failed')}
      role="alert"
      data-testid="login-error"
    >
      <Text size="sm">
        {!apiError
          ? t('errors.unexpected')
          : wait !== undefined
            ? apiError.title
            : (apiError.detail ?? apiError.title)}
      </Text>
      {typeof wait === 'number' && (
        <Text size="sm" mt={4}>
          {wait < 60
            ? t('login.retryAfterSeconds', { count: wait })
            : t('login.retryAfterMinutes', { count: Math.ceil(wait / 60) })}
        </Text>
      )}
    </Alert>
  );
}

export function LoginForm(props: { onSuccess: (me: Me) => void }) {
  const { t } = useTranslation();
  const login = useLogin({ onSuccess: props.onSuccess });
  const form = useForm({
    resolver: zodResolver(loginBodySchema),
    defaultValues: { username: '', password: '' },
  });
  const { errors } = form.formState;
  // Set once the password was right and the account asks for its second factor.
  const [credentials, setCredentials] = useState<LoginBody | null>(null);
  const submit = (body: LoginBody) =>
    login.mutate(body, {
      onError: (error) => {
        if (isApiError(error) && error.code === 'MFA_REQUIRED') {
          setCredentials(body);
          login.reset();
        }
      },
    });

  if (credentials) {
    return (
      <Stack>
        {login.isError && <LoginError error={login.error} />}
        <LoginSecondStep
          username={credentials.username}
          pending={login.isPending}
          onSubmit={(answer: SecondStepAnswer) => submit({ ...credentials, ...answer })}
          onBack={() => {
            setCredentials(null);
            login.reset();
          }}
        />
      </Stack>
    );
  }

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
      <Stack>
        {login.isError && <LoginError error={login.error} />}
        <TextInput
          label={t('login.username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          withAsterisk={false}
          error={errors.username?.message}
          {...form.register('username')}
        />
        <PasswordField
          label={t('login.password')}
          autoComplete="current-password"
          required
          withAsterisk={false}
          error={errors.password?.message}
          {...form.register('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
