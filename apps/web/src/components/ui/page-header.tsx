import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../lib/document-title';
import { HelpButton } from './help-button';

/** The page's heading, which also names the browser tab. */
export function PageHeader(props: { title: string; description?: string; actions?: ReactNode }) {
  useDocumentTitle(props.title);
  return (
    <Group justify="space-between" align="flex-start" mb="md" gap="sm">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {props.title}
        </Title>
        {props.description && <Text c="dimmed">{props.description}</Text>}
      </Stack>
      <Group gap="sm">
        {props.actions}
        <HelpButton />
      </Group>
    </Group>
  );
}
