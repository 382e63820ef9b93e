import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { MediationCase, Mediator } from '@phoihop/shared/mediation';
import { IconArrowLeft, IconPencil, IconPlus, IconUserPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryFallback, QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { formatDate } from '../../../lib/dates';
import { flattenPages } from '../../../lib/pagination';
import { useTeam } from '../api/get-team';
import { useMediationCases } from '../api/list-cases';
import { CaseFormModal } from './case-form-modal';
import { CaseList } from './case-list';
import { TeamWarnings } from './mediation-badges';
import { MediatorFormModal } from './mediator-form-modal';
import { MediatorsTable } from './mediators-table';
import { TeamFormModal } from './team-form-modal';
import { useDocumentTitle } from '../../../lib/document-title';

type Dialog =
  | { kind: 'team' }
  | { kind: 'mediator'; mediator?: Mediator }
  | { kind: 'case'; found?: MediationCase };

/** /mediation/teams/$teamId: the team, its mediators and the cases it mediated. */
export function TeamPage({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const canManage = hasPermission(useCurrentMe(), 'mediation:manage');
  const team = useTeam(teamId);
  const casesQuery = useMediationCases({ teamId });
  const cases = flattenPages(casesQuery.data);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const data = team.data;
  useDocumentTitle(data?.name);
  return (
    <>
      <Anchor
        size="sm"
        mb="sm"
        display="inline-flex"
        renderRoot={(rootProps) => <Link {...rootProps} to={paths.mediation} />}
      >
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('mediation.teams.back')}
        </Group>
      </Anchor>
      <QueryFallback query={team} />
      {data && (
        <Stack gap="lg">
          <Paper withBorder p="md" radius="md" data-testid="team-header">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start">
                <div>
                  <Title order={1} size="h3">
                    {data.name}
                  </Title>
                  <Text c="dimmed">{data.area}</Text>
                </div>
                <Group gap="xs">
                  {!data.active && (
                    <Badge color="gray" variant="light" tt="none">
                      {t('mediation.teams.inactive')}
                    </Badge>
                  )}
                  {canManage && (
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconPencil size={14} aria-hidden />}
                      onClick={() => setDialog({ kind: 'team' })}
                    >
                      {t('mediation.teams.edit')}
                    </Button>
                  )}
                </Group>
              </Group>
              <Text size="sm">
                {[
                  data.decisionNumber &&
                    t('mediation.teams.decision', { number: data.decisionNumber }),
                  data.establishedOn &&
                    t('mediation.teams.established', { date: formatDate(data.establishedOn) }),
                  t('mediation.teams.counts', {
                    mediators: data.mediatorCount,
                    women: data.womenCount,
                  }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {data.note && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                  {data.note}
                </Text>
              )}
              <TeamWarnings warnings={data.warnings} />
            </Stack>
          </Paper>
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('mediation.mediators.title')}
              </Title>
              {canManage && (
                <Button
                  leftSection={<IconUserPlus size={18} aria-hidden />}
                  onClick={() => setDialog({ kind: 'mediator' })}
                >
                  {t('mediation.mediators.add')}
                </Button>
              )}
            </Group>
            {data.mediators.length === 0 ? (
              <Text c="dimmed">{t('mediation.mediators.empty')}</Text>
            ) : (
              <MediatorsTable
                mediators={data.mediators}
                onEdit={
                  canManage ? (mediator) => setDialog({ kind: 'mediator', mediator }) : undefined
                }
              />
            )}
          </Stack>
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('mediation.tabs.cases')}
              </Title>
              {canManage && (
                <Button
                  variant="default"
                  leftSection={<IconPlus size={18} aria-hidden />}
                  onClick={() => setDialog({ kind: 'case' })}
                >
                  {t('mediation.cases.create')}
                </Button>
              )}
            </Group>
            <QueryState
              isPending={casesQuery.isPending}
              error={casesQuery.error}
              isEmpty={cases.length === 0}
              emptyText={t('mediation.cases.empty')}
              onRetry={() => void casesQuery.refetch()}
            />
            {cases.length > 0 && (
              <CaseList
                cases={cases}
                showTeam={false}
                onEdit={canManage ? (found) => setDialog({ kind: 'case', found }) : undefined}
              />
            )}
            <LoadMore
              hasMore={casesQuery.hasNextPage}
              loading={casesQuery.isFetchingNextPage}
              onLoadMore={() => void casesQuery.fetchNextPage()}
            />
          </Stack>
          {dialog?.kind === 'team' && <TeamFormModal team={data} onClose={() => setDialog(null)} />}
          {dialog?.kind === 'mediator' && (
            <MediatorFormModal
              teamId={teamId}
              mediator={dialog.mediator}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog?.kind === 'case' && (
            <CaseFormModal found={dialog.found} teamId={teamId} onClose={() => setDialog(null)} />
          )}
        </Stack>
      )}
    </>
  );
}
