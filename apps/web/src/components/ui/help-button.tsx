import { ActionIcon, Drawer, List, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHelpCircle } from '@tabler/icons-react';
import { useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { guideAreaOf } from '../../config/guide-areas';

/** "?" in a page's header: what this area is for and the rules it follows, in a drawer. */
export function HelpButton() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const area = guideAreaOf(useRouterState({ select: (state) => state.location.pathname }));
  if (!area) return null;
  const label = t('help.open');
  const basis = t(`help.${area}.basis`, { returnObjects: true }) as string[];
  return (
    <>
      <Tooltip label={label}>
        <ActionIcon variant="default" size="lg" aria-label={label} onClick={open}>
          <IconHelpCircle size={20} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Drawer opened={opened} onClose={close} position="right" title={t(`help.${area}.title`)}>
        <Stack gap="md">
          <Text size="sm">{t(`help.${area}.purpose`)}</Text>
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('help.basisTitle')}
            </Title>
            <List size="sm" spacing={4}>
              {basis.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Stack>
          <Text size="xs" c="dimmed">
            {t('help.note')}
          </Text>
        </Stack>
      </Drawer>
    </>
  );
}
