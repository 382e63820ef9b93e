import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { paths } from '../../../config/paths';

/** A Mantine anchor that is a typed router link to a plan. */
export function PlanLink(props: AnchorProps & { planId: string; children: ReactNode }) {
  const { planId, children, ...anchorProps } = props;
  return (
    <Anchor
      {...anchorProps}
      renderRoot={(rootProps) => <Link {...rootProps} to={paths.plan} params={{ planId }} />}
    >
      {children}
    </Anchor>
  );
}
