import { Divider, Text, Title } from '@mantine/core';
import type { RecoveryCodes, SecondFactorStatus } from '@phoihop/shared/auth';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { useDisableSecondFactor, useRegenerateRecoveryCodes } from '../api/second-factor';
import { OtpForm } from './otp-form';
import { RecoveryCodesPanel } from './recovery-codes-panel';

/** An enrolled account: since when, codes left, new codes, and turning off when optional. */
export function SecondFactorSettings(props: { status: SecondFactorStatus }) {
  const { t } = useTranslation();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableSecondFactor();
  const [codes, setCodes] = useState<RecoveryCodes | null>(null);
  const s = props.status;

  if (codes) return <RecoveryCodesPanel codes={codes.codes} onDone={() => setCodes(null)} />;
  return (
    <>
      <Text fw={500}>
        <IconShieldCheck size={18} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
        {s.enrolledAt
          ? t('secondFactor.enabled', { date: formatDate(s.enrolledAt) })
          : t('secondFactor.enrolled')}
      </Text>
      <Text size="sm">{t('secondFactor.codesLeft', { count: s.recoveryCodesLeft })}</Text>
      <Divider />
      <Title order={3} size="h5">
        {t('secondFactor.regenerate')}
      </Title>
      <Text size="sm">{t('secondFactor.regenerateHelp')}</Text>
      <OtpForm
        submitLabel={t('secondFactor.regenerate')}
        pending={regenerate.isPending}
        submit={(body, onError) => regenerate.mutate(body, { onSuccess: setCodes, onError })}
      />
      {!s.required && (
        <>
          <Divider />
          <Title order={3} size="h5">
            {t('secondFactor.disable')}
          </Title>
          <Text size="sm">{t('secondFactor.disableHelp')}</Text>
          <OtpForm
            submitLabel={t('secondFactor.disable')}
            pending={disable.isPending}
            submit={(body, onError) => disable.mutate(body, { onError })}
          />
        </>
      )}
    </>
  );
}
