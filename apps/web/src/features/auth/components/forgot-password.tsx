import { Anchor, List, Paper, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePasswordHelp } from '../api/get-password-help';

function UnitAdmins() {
  const { t } = useTranslation();
  const help = usePasswordHelp(true);
  if (help.isPending) return <Text size="sm">{t('forgotPassword.loading')}</Text>;
  const units = help.data?.units ?? [];
  // Without the list (offline, throttled) the instruction still says whom to ask.
  if (units.length === 0) return null;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('forgotPassword.adminsOf')}
      </Text>
      {units.map((unit) => (
        <div key={unit.name}>
          <Text size="sm" fw={600}>
            {unit.name}
          </Text>
          <List size="sm" withPadding>
            {unit.admins.map((admin, index) => (
              <List.Item key={`${admin.fullName}-${index}`}>
                {admin.position ? `${admin.fullName} — ${admin.position}` : admin.fullName}
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}

/** Without e-mail, a forgotten password is reset by the unit's administrator, named here. */
export function ForgotPassword() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <Stack gap="xs">
      <Anchor
        component="button"
        type="button"
        size="sm"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('forgotPassword.link')}
      </Anchor>
      {open && (
        <Paper id={panelId} withBorder p="sm" radius="sm" bg="gray.0">
          <Stack gap="sm">
            <Text size="sm">{t('forgotPassword.instruction')}</Text>
            <UnitAdmins />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
