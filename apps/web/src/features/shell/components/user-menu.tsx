import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Me } from '@phoihop/shared/auth';
import { IconCheck, IconKey, IconLanguage, IconLogout, IconShieldLock } from '@tabler/icons-react';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';
import { setupPathOf, useLogout } from '../../../lib/auth';
import { languages, type Language } from '../../../lib/i18n';
import { rememberUnsavedLanguage } from '../../../lib/language-choice';
import { useUpdateProfile } from '../api/update-profile';

const initials = (name: string) =>
  name
    .split(' ')
    .filter(Boolean)
    .slice(-2)
    .map((part) => part[0]?.toUpperCase())
    .join('');

export function UserMenu({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const router = useRouter();
  const profile = useUpdateProfile();
  const logout = useLogout({ onSuccess: () => router.history.push(paths.login) });

  const chooseLanguage = (language: Language) => {
    void i18n.changeLanguage(language);
    // Until the account is set up the API keeps its settings closed: the choice waits, on
    // screen, and is saved once set-up is done.
    if (setupPathOf(me)) {
      rememberUnsavedLanguage(language);
      return;
    }
    profile.mutate(
      { locale: language },
      {
        onError: () =>
          notifications.show({ color: 'yellow', message: t('header.languageSaveFailed') }),
      },
    );
  };

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('header.userMenu')} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar color="blue" radius="xl" size="md">
              {initials(me.user.fullName)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" truncate maw={180}>
              {me.user.fullName}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {me.user.fullName}
          </Text>
          {me.organisation && <Text size="xs">{me.organisation.name}</Text>}
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconKey size={16} aria-hidden />}
          onClick={() => router.history.push(paths.changePassword)}
        >
          {t('header.changePassword')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconShieldLock size={16} aria-hidden />}
          onClick={() => router.history.push(paths.accountSecurity)}
        >
          {t('header.security')}
        </Menu.Item>
        <Menu.Label>
          <Group gap={4}>
            <IconLanguage size={14} aria-hidden />
            {t('header.language')}
          </Group>
        </Menu.Label>
        {languages.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            onClick={() => chooseLanguage(language)}
            rightSection={i18n.language === language ? <IconCheck size={16} aria-hidden /> : null}
            aria-current={i18n.language === language ? 'true' : undefined}
          >
            {t(`languages.${language}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => logout.mutate()}
          data-testid="logout"
        >
          {t('header.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
