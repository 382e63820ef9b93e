import { todayInVietnam } from '@phoihop/shared/dates';
import { createRoute } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { MediationPage } from '../../features/mediation/components/mediation-page';
import { TeamPage } from '../../features/mediation/components/team-page';
import { mediationSearchSchema } from '../../features/mediation/search-params';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

const mediationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.mediation,
  validateSearch: mediationSearchSchema,
  component: function MediationRoute() {
    const search = mediationRoute.useSearch();
    const navigate = mediationRoute.useNavigate();
    // This year by default.
    const year = todayInVietnam().slice(0, 4);
    const period = { from: search.from ?? `${year}-01-01`, to: search.to ?? `${year}-12-31` };
    return (
      <MediationPage
        period={period}
        search={search}
        onSearchChange={(patch) =>
          void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: !('tab' in patch) })
        }
      />
    );
  },
  errorComponent: RouteError,
});

const mediationTeamRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.mediationTeam,
  component: function MediationTeamRoute() {
    const { teamId } = mediationTeamRoute.useParams();
    return <TeamPage key={teamId} teamId={teamId} />;
  },
  errorComponent: RouteError,
});

export const mediationRoutes = [mediationRoute, mediationTeamRoute] as const;
