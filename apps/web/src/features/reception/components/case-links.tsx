import { Anchor, Button } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useRouter } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';

/*
 * The cases screens belong to their own feature; these links only know their addresses
 * (/cases/$caseId, /cases/new?visitId=…) and navigate inside the app on a plain click.
 */
function useAppHref(href: string) {
  const router = useRouter();
  return {
    href,
    onClick: (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      router.history.push(href);
    },
  };
}

export function CaseLink(props: { caseRef: { id: string; number: string }; children: ReactNode }) {
  const link = useAppHref(paths.case.replace('$caseId', props.caseRef.id));
  return (
    <Anchor {...link} size="sm" fw={500}>
      {props.children}
    </Anchor>
  );
}

export function OpenCaseButton({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const link = useAppHref(`${paths.caseNew}?${new URLSearchParams({ visitId }).toString()}`);
  return (
    <Button
      component="a"
      {...link}
      size="xs"
      variant="light"
      leftSection={<IconFilePlus size={14} aria-hidden />}
    >
      {t('reception.visits.openCase')}
    </Button>
  );
}
