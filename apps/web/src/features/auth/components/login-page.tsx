import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Me } from '@phoihop/shared/auth';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../components/ui/language-switch';
import { rememberUnsavedLanguage } from '../../../lib/language-choice';
import { ForgotPassword } from './forgot-password';
import { LoginForm } from './login-form';
import { useDocumentTitle } from '../../../lib/document-title';

export function LoginPage(props: { onSuccess: (me: Me) => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  return (
    <Center mih="100dvh" p="md" bg="gray.0">
      <Stack w="100%" maw={420} gap="lg">
        <Stack gap={4} ta="center">
          <Title order={1} c="blue.9">
            {t('app.name')}
          </Title>
          <Text c="dimmed">{t('app.subtitle')}</Text>
        </Stack>
        <Paper withBorder shadow="sm" p="lg" radius="md" component="main">
          <Title order={2} size="h3" mb="md">
            {t('login.title')}
          </Title>
          <LoginForm onSuccess={props.onSuccess} />
          <Stack mt="md">
            <ForgotPassword />
          </Stack>
        </Paper>
        <Group justify="center">
          {/* Saved to the account after sign-in (see useAccountLanguage). */}
          <LanguageSwitch onChange={rememberUnsavedLanguage} />
        </Group>
      </Stack>
    </Center>
  );
}
