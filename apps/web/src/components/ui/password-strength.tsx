import { Progress, Stack, Text } from '@mantine/core';
import { PASSWORD_MIN_LENGTH } from '@phoihop/shared/auth';
import type { PasswordContext } from '@phoihop/shared/password-policy';
import { useTranslation } from 'react-i18next';
import { usePasswordStrength } from '../../lib/password-strength';

/** A hint under a new-password field, as the user types; the API makes the same check. */
export function PasswordStrengthHint({
  password,
  ...context
}: { password: string } & PasswordContext) {
  const { t } = useTranslation();
  const strength = usePasswordStrength(password, context);
  if (!password || !strength) return null;
  const tooShort = password.length < PASSWORD_MIN_LENGTH;
  const ok = !tooShort && !strength.problem;
  const message = tooShort
    ? t('password.tooShort', { min: PASSWORD_MIN_LENGTH })
    : strength.problem
      ? t(`password.problem.${strength.problem}`)
      : t(`password.score.${strength.score >= 4 ? 'strong' : 'good'}`);
  return (
    <Stack gap={4} data-testid="password-strength">
      <Progress
        aria-hidden
        size="sm"
        value={ok ? (strength.score + 1) * 20 : 20}
        color={ok ? 'teal' : 'red'}
      />
      {/* Read out as it changes, without moving focus. */}
      <Text size="xs" c={ok ? 'teal.9' : 'red.9'} aria-live="polite">
        {t('password.strength', { message })}
      </Text>
    </Stack>
  );
}
