import { Anchor, type AnchorProps } from '@mantine/core';
import type { ListLink } from '@phoihop/shared/links';
import { useRouter } from '@tanstack/react-router';
import { forwardRef, type MouseEvent, type ReactNode } from 'react';

/** "/cases?from=2025-01-01&state=handled": the list's own URL, read by its route like any link. */
export const hrefOf = (link: ListLink) => {
  const query = new URLSearchParams(link.search).toString();
  return query ? `${link.to}?${query}` : link.to;
};

const plainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * A link to a filtered list given by the API. Navigates by href (not by `search`), so the list
 * parses its params exactly as from a typed URL; a modified click opens a new tab as usual.
 */
export const ListLinkAnchor = forwardRef<
  HTMLAnchorElement,
  AnchorProps & { link: ListLink; children: ReactNode; 'aria-label'?: string }
>(function ListLinkAnchor({ link, children, ...props }, ref) {
  const router = useRouter();
  const href = hrefOf(link);
  return (
    <Anchor
      {...props}
      ref={ref}
      href={href}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        if (!plainClick(event)) return;
        event.preventDefault();
        void router.navigate({ href });
      }}
    >
      {children}
    </Anchor>
  );
});
