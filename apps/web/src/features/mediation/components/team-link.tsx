import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { paths } from '../../../config/paths';

/** A Mantine anchor that is a typed router link to a mediation team. */
export function TeamLink(props: AnchorProps & { teamId: string; children: ReactNode }) {
  const { teamId, children, ...anchorProps } = props;
  return (
    <Anchor
      {...anchorProps}
      renderRoot={(rootProps) => (
        <Link {...rootProps} to={paths.mediationTeam} params={{ teamId }} />
      )}
    >
      {children}
    </Anchor>
  );
}
