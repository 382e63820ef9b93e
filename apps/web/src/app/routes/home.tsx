import { createRoute } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { DashboardPage } from '../../features/dashboard/components/dashboard-page';
import { dashboardSearchSchema } from '../../features/dashboard/search-params';
import { OverviewPage } from '../../features/shell/components/overview-page';
import { useCurrentMe } from '../../lib/auth';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

export const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.home,
  validateSearch: dashboardSearchSchema,
  component: function HomeRoute() {
    const me = useCurrentMe();
    const { year, mineYear } = homeRoute.useSearch();
    const navigate = homeRoute.useNavigate();
    return (
      <OverviewPage me={me}>
        <DashboardPage
          year={year}
          onYearChange={(next) =>
            void navigate({ search: { year: next, mineYear }, replace: true })
          }
          mineYear={mineYear}
          onMineYearChange={(next) =>
            void navigate({ search: { year, mineYear: next }, replace: true })
          }
        />
      </OverviewPage>
    );
  },
  errorComponent: RouteError,
});
