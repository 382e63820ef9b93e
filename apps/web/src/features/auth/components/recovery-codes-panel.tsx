import { Alert, Button, Code, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The ten recovery codes, shown this once, to copy or print before going on. */
export function RecoveryCodesPanel(props: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const clipboard = useClipboard({ timeout: 2000 });
  return (
    <Stack data-testid="recovery-codes">
      <Title order={3} size="h4">
        {t('secondFactor.codesTitle')}
      </Title>
      <Alert color="yellow" icon={<IconAlertTriangle />} role="status">
        {t('secondFactor.codesHelp')}
      </Alert>
      <SimpleGrid cols={2} spacing="xs" component="ul" style={{ listStyle: 'none', padding: 0 }}>
        {props.codes.map((code) => (
          <li key={code}>
            <Code fz="md">{code}</Code>
          </li>
        ))}
      </SimpleGrid>
      <Group>
        <Button variant="default" onClick={() => clipboard.copy(props.codes.join('\n'))}>
          {clipboard.copied ? t('secondFactor.copied') : t('secondFactor.copy')}
        </Button>
        <Button variant="default" onClick={() => window.print()}>
          {t('secondFactor.print')}
        </Button>
      </Group>
      <Button onClick={props.onDone}>{t('secondFactor.saved')}</Button>
    </Stack>
  );
}
