import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { paths } from '../../../config/paths';

/** A Mantine anchor that is a typed router link to a case. */
export function CaseLink(props: AnchorProps & { caseId: string; children: ReactNode }) {
  const { caseId, children, ...anchorProps } = props;
  return (
    <Anchor
      {...anchorProps}
      renderRoot={(rootProps) => <Link {...rootProps} to={paths.case} params={{ caseId }} />}
    >
      {children}
    </Anchor>
  );
}

/** A link to the reception session a case's citizen was received at. */
export function SessionLink(props: AnchorProps & { sessionId: string; children: ReactNode }) {
  const { sessionId, children, ...anchorProps } = props;
  return (
    <Anchor
      {...anchorProps}
      renderRoot={(rootProps) => (
        <Link {...rootProps} to={paths.receptionSession} params={{ sessionId }} />
      )}
    >
      {children}
    </Anchor>
  );
}
