import { Anchor, Button, Group, Stack, Title } from '@mantine/core';
import type { ReceptionVisit } from '@phoihop/shared/reception';
import { IconArrowLeft, IconUserPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryFallback, QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { flattenPages } from '../../../lib/pagination';
import { useSession } from '../api/get-session';
import { useVisits } from '../api/list-visits';
import { JoinCaseModal } from './join-case-modal';
import { SessionFormModal } from './session-form-modal';
import { SessionHeader } from './session-header';
import { VisitFormModal } from './visit-form-modal';
import { VisitList } from './visit-list';

type Dialog =
  | { kind: 'session' }
  | { kind: 'visit'; visit?: ReceptionVisit }
  | { kind: 'join'; visit: ReceptionVisit };

/** /reception/$sessionId: the session and the citizens received at it. */
export function SessionPage({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const canManage = hasPermission(me, 'reception:manage');
  const session = useSession(sessionId);
  const visits = useVisits(sessionId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const items = flattenPages(visits.data);
  return (
    <>
      <Anchor component={Link} to={paths.reception} size="sm" mb="sm" display="inline-flex">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('reception.session.back')}
        </Group>
      </Anchor>
      <QueryFallback query={session} />
      {session.data && (
        <>
          <SessionHeader
            session={session.data}
            onEdit={
              canManage && session.data.can.edit ? () => setDialog({ kind: 'session' }) : undefined
            }
          />
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('reception.visits.title')}
              </Title>
              {canManage && (
                <Button
                  leftSection={<IconUserPlus size={18} aria-hidden />}
                  onClick={() => setDialog({ kind: 'visit' })}
                >
                  {t('reception.visits.record')}
                </Button>
              )}
            </Group>
            <QueryState
              isPending={visits.isPending}
              error={visits.error}
              isEmpty={items.length === 0}
              emptyText={t('reception.visits.empty')}
              onRetry={() => void visits.refetch()}
            />
            {items.length > 0 && (
              <VisitList
                visits={items}
                actions={{
                  canManage,
                  canOpenCase: hasPermission(me, 'case:register'),
                  onEdit: (visit) => setDialog({ kind: 'visit', visit }),
                  onJoin: (visit) => setDialog({ kind: 'join', visit }),
                }}
              />
            )}
            <LoadMore
              hasMore={visits.hasNextPage}
              loading={visits.isFetchingNextPage}
              onLoadMore={() => void visits.fetchNextPage()}
            />
          </Stack>
          {dialog?.kind === 'session' && (
            <SessionFormModal session={session.data} onClose={() => setDialog(null)} />
          )}
          {dialog?.kind === 'visit' && (
            <VisitFormModal
              sessionId={sessionId}
              visit={dialog.visit}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog?.kind === 'join' && (
            <JoinCaseModal visit={dialog.visit} onClose={() => setDialog(null)} />
          )}
        </>
      )}
    </>
  );
}
