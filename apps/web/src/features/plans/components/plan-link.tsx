import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { paths } from '../../../config/paths';
import type { PlanSearch } from '../search-params';

/** A Mantine anchor that is a typed router link to a plan, or to a tab of it with filters. */
export function PlanLink(
  props: AnchorProps & { planId: string; search?: PlanSearch; children: ReactNode },
) {
  const { planId, search, children, ...anchorProps } = props;
  return (
    <Anchor
      {...anchorProps}
      renderRoot={(rootProps) => (
        <Link {...rootProps} to={paths.plan} params={{ planId }} search={search ?? {}} />
      )}
    >
      {children}
    </Anchor>
  );
}
