import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type SecondStepAnswer = { otp: string } | { recoveryCode: string };

/** After the password: the authenticator's 6-digit code, or one of the recovery codes. */
export function LoginSecondStep(props: {
  username: string;
  pending: boolean;
  onSubmit: (answer: SecondStepAnswer) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (!trimmed) return;
    props.onSubmit(useRecovery ? { recoveryCode: trimmed } : { otp: trimmed.replace(/\s/g, '') });
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <Text size="sm">{t('login.secondStepHelp', { username: props.username })}</Text>
        {useRecovery ? (
          <TextInput
            key="recovery"
            label={t('login.recoveryCode')}
            description={t('login.recoveryCodeHelp')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            withAsterisk={false}
            data-autofocus
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
          />
        ) : (
          <TextInput
            key="otp"
            label={t('login.otp')}
            description={t('login.otpHelp')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            withAsterisk={false}
            data-autofocus
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
          />
        )}
        <Button type="submit" loading={props.pending} fullWidth>
          {t('login.verify')}
        </Button>
        <Group justify="space-between">
          <Anchor component="button" type="button" size="sm" onClick={props.onBack}>
            {t('login.back')}
          </Anchor>
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => {
              setUseRecovery(!useRecovery);
              setValue('');
            }}
          >
            {useRecovery ? t('login.useOtp') : t('login.useRecoveryCode')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
