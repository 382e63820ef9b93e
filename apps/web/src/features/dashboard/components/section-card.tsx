import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of the dashboard; `aria-labelledby` makes each one a landmark region. */
export function SectionCard(props: {
  id: string;
  title: string;
  /** 2 for a card directly under the page title, 3 inside the overview. */
  order?: 2 | 3;
  children: ReactNode;
}) {
  const headingId = `dashboard-${props.id}`;
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      radius="md"
      aria-labelledby={headingId}
      data-testid={headingId}
    >
      <Stack gap="sm">
        <Title order={props.order ?? 3} size="h4" id={headingId}>
          {props.title}
        </Title>
        {props.children}
      </Stack>
    </Paper>
  );
}
