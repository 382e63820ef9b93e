import { createRoute } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { UnitsPage } from '../../features/units/components/units-page';
import { unitsSearchSchema } from '../../features/units/search-params';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

export const unitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.adminUnits,
  validateSearch: unitsSearchSchema,
  component: UnitsRoute,
  errorComponent: RouteError,
});

function UnitsRoute() {
  const search = unitsRoute.useSearch();
  const navigate = unitsRoute.useNavigate();
  return (
    <UnitsPage
      search={search}
      onSearchChange={(patch) =>
        void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
      }
    />
  );
}
