import { Anchor, type AnchorProps } from '@mantine/core';
import type { ListLink } from '@phoihop/shared/links';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/** The list's URL as the list itself writes it: `/cases?from=2025-01-01&state=open`. */
export function hrefOf(link: ListLink): string {
  const query = new URLSearchParams(link.search).toString();
  return query ? `${link.to}?${query}` : link.to;
}

/**
 * A link to the filtered list behind a figure, followed inside the app (router `href`). A number
 * (`figure`) reads in the text's colour, underlined, so red stays for what is late.
 */
export function ListAnchor({
  link,
  figure,
  children,
  ...props
}: AnchorProps & {
  link: ListLink;
  figure?: boolean;
  children: ReactNode;
  'aria-label'?: string;
}) {
  return (
    <Anchor
      {...(figure ? { c: 'inherit', underline: 'always' as const } : {})}
      {...props}
      renderRoot={(rootProps) => <Link {...rootProps} href={hrefOf(link)} />}
    >
      {children}
    </Anchor>
  );
}
