import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled block of the case page, labelled for screen readers by its title. */
export function Section(props: {
  id: string;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={props.id} data-testid={props.id}>
      <Title order={2} size="h4" id={props.id} mb="sm">
        {props.title}
      </Title>
      {props.children}
    </Paper>
  );
}
