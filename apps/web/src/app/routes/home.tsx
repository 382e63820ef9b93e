import { createRoute } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { MyOrganisationCard } from '../../features/plans/components/my-organisation-card';
import { OverviewPage } from '../../features/shell/components/overview-page';
import { OverdueRecommendationsCard } from '../../features/supervision/components/overdue-recommendations-card';
import { hasPermission, useCurrentMe } from '../../lib/auth';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

export const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.home,
  component: function HomeRoute() {
    const me = useCurrentMe();
    return (
      <OverviewPage
        me={me}
        summaries={
          <>
            <MyOrganisationCard me={me} />
            {hasPermission(me, 'supervision:read') && <OverdueRecommendationsCard me={me} />}
          </>
        }
      />
    );
  },
  errorComponent: RouteError,
});
