import { createRoute } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { MyTasksPage } from '../../features/plans/components/my-tasks-page';
import { PlanImportPage } from '../../features/plans/components/plan-import-page';
import { PlanPage } from '../../features/plans/components/plan-page';
import { PlansPage } from '../../features/plans/components/plans-page';
import { RegulationsPage } from '../../features/plans/components/regulations-page';
import { myTasksSearchSchema, planSearchSchema } from '../../features/plans/search-params';
import { useCurrentMe } from '../../lib/auth';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

const plansListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.plans,
  component: PlansPage,
  errorComponent: RouteError,
});

const planImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.plansImport,
  component: PlanImportPage,
  errorComponent: RouteError,
});

const myTasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.myTasks,
  validateSearch: myTasksSearchSchema,
  component: function MyTasksRoute() {
    const search = myTasksRoute.useSearch();
    const navigate = myTasksRoute.useNavigate();
    return (
      <MyTasksPage
        me={useCurrentMe()}
        search={search}
        onSearchChange={(patch) =>
          void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
        }
      />
    );
  },
  errorComponent: RouteError,
});

const regulationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.regulations,
  component: RegulationsPage,
  errorComponent: RouteError,
});

const planRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.plan,
  validateSearch: planSearchSchema,
  component: PlanRoute,
  errorComponent: RouteError,
});

function PlanRoute() {
  const { planId } = planRoute.useParams();
  const search = planRoute.useSearch();
  const navigate = planRoute.useNavigate();
  return (
    <PlanPage
      planId={planId}
      search={search}
      onSearchChange={(patch) =>
        // Opening a task or switching tabs is worth a history entry (Back closes the drawer).
        void navigate({
          search: (prev) => ({ ...prev, ...patch }),
          replace: !('task' in patch || 'tab' in patch),
        })
      }
    />
  );
}

// Flat siblings under the shell; static paths win over /plans/$planId.
export const planRoutes = [
  plansListRoute,
  planImportRoute,
  myTasksRoute,
  regulationsRoute,
  planRoute,
] as const;
