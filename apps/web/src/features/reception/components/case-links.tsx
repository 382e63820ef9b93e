import { Anchor, Button } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';

/** A typed router link to the case a visit opened or joined. */
export function CaseLink(props: { caseId: string; children: ReactNode }) {
  return (
    <Anchor
      size="sm"
      fw={500}
      renderRoot={(rootProps) => (
        <Link {...rootProps} to={paths.case} params={{ caseId: props.caseId }} />
      )}
    >
      {props.children}
    </Anchor>
  );
}

/** Opens the case intake form prefilled from what the citizen raised. */
export function OpenCaseButton({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconFilePlus size={14} aria-hidden />}
      renderRoot={(rootProps) => <Link {...rootProps} to={paths.caseNew} search={{ visitId }} />}
    >
      {t('reception.visits.openCase')}
    </Button>
  );
}
