import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** An honest placeholder for areas built later: no made-up data. */
export function UnderConstruction() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          <IconTools size={28} />
        </ThemeIcon>
        <Title order={2} size="h4">
          {t('placeholder.title')}
        </Title>
        <Text c="dimmed" maw={480}>
          {t('placeholder.body')}
        </Text>
      </Stack>
    </Paper>
  );
}
