import { Button, Code, Image, Stack, Text } from '@mantine/core';
import type { RecoveryCodes, SecondFactorSetup } from '@phoihop/shared/auth';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirmSecondFactor, useSetupSecondFactor } from '../api/second-factor';
import { OtpForm } from './otp-form';
import { RecoveryCodesPanel } from './recovery-codes-panel';

const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** Start → scan the QR code (or type the key) → confirm a code → save the recovery codes. */
export function SecondFactorEnrolment(props: { onDone: () => void }) {
  const { t } = useTranslation();
  const setup = useSetupSecondFactor();
  const confirm = useConfirmSecondFactor();
  const [key, setKey] = useState<SecondFactorSetup | null>(null);
  const [codes, setCodes] = useState<RecoveryCodes | null>(null);

  if (codes) return <RecoveryCodesPanel codes={codes.codes} onDone={props.onDone} />;
  if (!key) {
    return (
      <Button
        loading={setup.isPending}
        onClick={() => setup.mutate(undefined, { onSuccess: setKey })}
      >
        {t('secondFactor.start')}
      </Button>
    );
  }
  return (
    <Stack>
      <Text>{t('secondFactor.step1')}</Text>
      <Image src={svgDataUrl(key.qrCodeSvg)} alt={t('secondFactor.qrAlt')} w={200} h={200} />
      <Text size="sm">{t('secondFactor.step2')}</Text>
      <Code fz="md" aria-label={t('secondFactor.setupKey')} data-testid="setup-key">
        {key.secret}
      </Code>
      <Text>{t('secondFactor.step3')}</Text>
      <OtpForm
        submitLabel={t('secondFactor.confirm')}
        pending={confirm.isPending}
        submit={(body, onError) => confirm.mutate(body, { onSuccess: setCodes, onError })}
      />
    </Stack>
  );
}
