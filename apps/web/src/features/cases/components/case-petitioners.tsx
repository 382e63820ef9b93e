import { Alert, Button, Stack, Text } from '@mantine/core';
import type { Petitioner } from '@phoihop/shared/cases';
import { IconEye, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Section } from './section';

/** One block per sender, so long addresses wrap instead of scrolling, on a phone too. */
function PetitionerList({ petitioners }: { petitioners: Petitioner[] }) {
  const { t } = useTranslation();
  const line = (label: string, value: string | null) => (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:
      </Text>{' '}
      {value ?? '—'}
    </Text>
  );
  return (
    <Stack gap="sm">
      {petitioners.map((p) => (
        <div key={p.id} data-testid="petitioner">
          <Text fw={600}>
            {p.fullName}
            {p.representative && (
              <Text span size="xs" c="dimmed" fw={400}>
                {' '}
                ({t('cases.petitioners.representativeShort')})
              </Text>
            )}
          </Text>
          {line(t('cases.petitioners.address'), p.address)}
          {line(t('cases.petitioners.idNumber'), p.idNumber)}
          {line(t('cases.petitioners.phone'), p.phone)}
        </div>
      ))}
    </Stack>
  );
}

/**
 * The senders. A protected denouncer shows only as masked; the handler and the People's
 * Committee head may reveal the identity, and each reveal is written to the audit log.
 */
export function CasePetitioners(props: {
  petitioners: Petitioner[];
  anonymous: boolean;
  peopleCount: number;
  canViewIdentity: boolean;
  revealed: Petitioner[] | null;
  revealing: boolean;
  revealError: unknown;
  onReveal: () => void;
}) {
  const { t } = useTranslation();
  const shown = props.revealed ?? props.petitioners;
  const masked = shown.filter((p) => p.masked);
  const visible = shown.filter((p) => !p.masked);
  return (
    <Section id="case-petitioners" title={t('cases.detail.petitioners')}>
      <Stack gap="sm">
        {props.anonymous && <Text size="sm">{t('cases.detail.anonymous')}</Text>}
        {props.peopleCount > 1 && (
          <Text size="sm">{t('cases.peopleCount', { count: props.peopleCount })}</Text>
        )}
        {masked.length > 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconLock aria-hidden />}
            data-testid="identity-masked"
          >
            <Text size="sm" fw={600}>
              {t('cases.detail.identityMasked')}
            </Text>
            <Text size="xs">{t('cases.detail.identityMaskedHelp', { count: masked.length })}</Text>
            {props.canViewIdentity && !props.revealed && (
              <Button
                mt="sm"
                size="xs"
                variant="light"
                color="red"
                leftSection={<IconEye size={16} aria-hidden />}
                loading={props.revealing}
                onClick={props.onReveal}
              >
                {t('cases.detail.revealIdentity')}
              </Button>
            )}
          </Alert>
        )}
        {props.revealError ? (
          <Alert color="red" role="alert">
            {props.revealError instanceof Error
              ? props.revealError.message
              : t('errors.unexpected')}
          </Alert>
        ) : null}
        {props.revealed && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconEye aria-hidden />}
            data-testid="identity-revealed"
          >
            {t('cases.detail.identityLogged')}
          </Alert>
        )}
        {visible.length > 0 && <PetitionerList petitioners={visible} />}
        {shown.length === 0 && !props.anonymous && (
          <Text c="dimmed" size="sm">
            {t('cases.detail.noPetitioners')}
          </Text>
        )}
      </Stack>
    </Section>
  );
}
