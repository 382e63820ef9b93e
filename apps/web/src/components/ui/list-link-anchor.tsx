import { Anchor, type AnchorProps } from '@mantine/core';
import type { ListLink } from '@phoihop/shared/links';
import { Link } from '@tanstack/react-router';
import type { ReactNode, Ref } from 'react';

/** The list's URL as the list itself writes it: `/cases?from=2025-01-01&state=open`. */
export function hrefOf(link: ListLink): string {
  const query = new URLSearchParams(link.search).toString();
  return query ? `${link.to}?${query}` : link.to;
}

/**
 * A link to the filtered list behind a figure (the API's `ListLink`), followed inside the app by
 * its href, so the list parses its params exactly as from a typed URL; a modified click opens a
 * new tab as usual. A number (`figure`) reads in the text's colour, underlined, so red stays for
 * what is late. Takes a `ref`, so it can be a tooltip's target.
 */
export function ListLinkAnchor({
  link,
  figure,
  children,
  ref,
  ...props
}: AnchorProps & {
  link: ListLink;
  figure?: boolean;
  children: ReactNode;
  ref?: Ref<HTMLAnchorElement>;
  'aria-label'?: string;
}) {
  return (
    <Anchor
      {...(figure ? { c: 'inherit', underline: 'always' as const } : {})}
      {...props}
      ref={ref}
      renderRoot={(rootProps) => <Link {...rootProps} href={hrefOf(link)} />}
    >
      {children}
    </Anchor>
  );
}
