import { createRoute } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { ReceptionPage } from '../../features/reception/components/reception-page';
import { SessionPage } from '../../features/reception/components/session-page';
import { receptionSearchSchema } from '../../features/reception/search-params';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

const receptionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.reception,
  validateSearch: receptionSearchSchema,
  component: function ReceptionRoute() {
    const search = receptionRoute.useSearch();
    const navigate = receptionRoute.useNavigate();
    return (
      <ReceptionPage
        search={search}
        onSearchChange={(patch) =>
          void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
        }
      />
    );
  },
  errorComponent: RouteError,
});

const receptionSessionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.receptionSession,
  component: function ReceptionSessionRoute() {
    const { sessionId } = receptionSessionRoute.useParams();
    return <SessionPage sessionId={sessionId} />;
  },
  errorComponent: RouteError,
});

export const receptionRoutes = [receptionRoute, receptionSessionRoute] as const;
