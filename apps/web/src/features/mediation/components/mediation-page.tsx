import { Button, Checkbox, Stack, Tabs, Text } from '@mantine/core';
import type { MediationCase, MediationTeam } from '@phoihop/shared/mediation';
import { IconPlus, IconUsersPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { paths } from '../../../config/paths';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { flattenPages } from '../../../lib/pagination';
import type { Period } from '../api/get-statistics';
import { useTeams } from '../api/list-teams';
import type { MediationSearch } from '../search-params';
import { CaseFormModal } from './case-form-modal';
import { CasesTab } from './cases-tab';
import { PeriodFilter } from './period-filter';
import { StatisticsCard } from './statistics-card';
import { TeamFormModal } from './team-form-modal';
import { TeamsList } from './teams-list';

type Dialog = { kind: 'team' } | { kind: 'case'; found?: MediationCase };

/** /mediation: the period's figures, the teams and the mediation cases. */
export function MediationPage(props: {
  period: Period;
  search: MediationSearch;
  onSearchChange: (patch: Partial<MediationSearch>) => void;
}) {
  const { t } = useTranslation();
  const { search, onSearchChange } = props;
  const navigate = useNavigate();
  const canManage = hasPermission(useCurrentMe(), 'mediation:manage');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const teamsQuery = useTeams();
  const teams = flattenPages(teamsQuery.data);
  // A ward has a few dozen teams: all are loaded, so the active ones are picked here.
  const shownTeams = search.active ? teams.filter((team) => team.active) : teams;
  const mediators = shownTeams.reduce((sum, team) => sum + team.mediatorCount, 0);
  const openTeam = (team: MediationTeam) =>
    void navigate({ to: paths.mediationTeam, params: { teamId: team.id } });
  return (
    <>
      <PageHeader
        title={t('mediation.title')}
        description={t('mediation.description')}
        actions={
          canManage && (
            <>
              <Button
                leftSection={<IconPlus size={18} aria-hidden />}
                onClick={() => setDialog({ kind: 'case' })}
              >
                {t('mediation.cases.create')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconUsersPlus size={18} aria-hidden />}
                onClick={() => setDialog({ kind: 'team' })}
              >
                {t('mediation.teams.create')}
              </Button>
            </>
          )
        }
      />
      <Stack gap="md">
        <PeriodFilter period={props.period} onChange={(period) => onSearchChange(period)} />
        <StatisticsCard period={props.period} />
      </Stack>
      <Tabs
        value={search.tab ?? 'teams'}
        onChange={(tab) => onSearchChange({ tab: tab === 'cases' ? 'cases' : undefined })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="teams">{t('mediation.tabs.teams')}</Tabs.Tab>
          <Tabs.Tab value="cases">{t('mediation.tabs.cases')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="teams">
          <Stack gap="sm" mb="sm">
            <Checkbox
              label={t('mediation.teams.onlyActive')}
              checked={search.active === true}
              onChange={(e) => onSearchChange({ active: e.currentTarget.checked || undefined })}
            />
            {teamsQuery.data && !teamsQuery.hasNextPage && (
              <Text
                size="sm"
                c="dimmed"
                data-testid="list-total"
                data-total={shownTeams.length}
                data-mediators={mediators}
              >
                {t('mediation.teams.total', { teams: shownTeams.length, mediators })}
              </Text>
            )}
          </Stack>
          <QueryState
            isPending={teamsQuery.isPending}
            error={teamsQuery.error}
            isEmpty={shownTeams.length === 0}
            emptyText={t('mediation.teams.empty')}
            onRetry={() => void teamsQuery.refetch()}
          />
          {shownTeams.length > 0 && <TeamsList teams={shownTeams} />}
          <LoadMore
            hasMore={teamsQuery.hasNextPage}
            loading={teamsQuery.isFetchingNextPage}
            onLoadMore={() => void teamsQuery.fetchNextPage()}
          />
        </Tabs.Panel>
        <Tabs.Panel value="cases">
          <CasesTab
            period={props.period}
            teams={teams}
            search={search}
            onSearchChange={onSearchChange}
            onEdit={canManage ? (found) => setDialog({ kind: 'case', found }) : undefined}
          />
        </Tabs.Panel>
      </Tabs>
      {dialog?.kind === 'team' && (
        <TeamFormModal onClose={() => setDialog(null)} onSaved={openTeam} />
      )}
      {dialog?.kind === 'case' && (
        <CaseFormModal found={dialog.found} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
