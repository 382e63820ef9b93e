import { Anchor, Group, SimpleGrid, Stack } from '@mantine/core';
import type { CaseAction } from '@phoihop/shared/case-clocks';
import { todayInVietnam } from '@phoihop/shared/dates';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintButton } from '../../../components/ui/print-button';
import { QueryFallback } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { useCase } from '../api/get-case';
import { useCaseIdentity } from '../api/get-case-identity';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { ActionFormModal } from './action-form-modal';
import { CaseActions } from './case-actions';
import { CaseAttachments } from './case-attachments';
import { CaseClockList } from './case-clock-list';
import { CaseEditModal } from './case-edit-modal';
import { CaseHeader } from './case-header';
import { CaseLinks } from './case-links';
import { CasePetitioners } from './case-petitioners';
import { CaseTimeline } from './case-timeline';

type Dialog = { type: 'action'; action: CaseAction } | { type: 'edit' } | null;

export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useCase(caseId);
  const organisations = useOrganisationOptions().data ?? [];
  const [reveal, setReveal] = useState(false);
  const identity = useCaseIdentity(caseId, reveal);
  const [dialog, setDialog] = useState<Dialog>(null);
  const back = (
    <Anchor component={Link} to={paths.cases} size="sm" mb="xs" display="inline-block">
      ← {t('cases.backToList')}
    </Anchor>
  );
  if (!query.data) {
    return (
      <>
        {back}
        <QueryFallback query={query} />
      </>
    );
  }
  const kase = query.data;
  return (
    <>
      <Group justify="space-between" align="flex-start">
        {back}
        <PrintButton />
      </Group>
      <CaseHeader kase={kase} onEdit={kase.can.edit ? () => setDialog({ type: 'edit' }) : null} />
      <Stack gap="md">
        {/* The deadlines first, then what to do about them: on a phone they stack in this order. */}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <CaseClockList clocks={kase.clocks} actor={kase.availableActions.length > 0} />
          <CaseActions kase={kase} onChoose={(action) => setDialog({ type: 'action', action })} />
        </SimpleGrid>
        <CasePetitioners
          petitioners={kase.petitioners}
          anonymous={kase.anonymous}
          peopleCount={kase.peopleCount}
          canViewIdentity={kase.can.viewIdentity}
          revealed={identity.data?.petitioners ?? null}
          revealing={identity.isFetching}
          revealError={identity.error}
          onReveal={() => setReveal(true)}
        />
        <CaseAttachments kase={kase} identity={identity.data ?? null} />
        <CaseLinks kase={kase} />
        <CaseTimeline events={kase.events} />
      </Stack>
      {dialog?.type === 'action' && (
        <ActionFormModal
          kase={kase}
          action={dialog.action}
          today={todayInVietnam()}
          organisations={organisations}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.type === 'edit' && <CaseEditModal kase={kase} onClose={() => setDialog(null)} />}
    </>
  );
}
