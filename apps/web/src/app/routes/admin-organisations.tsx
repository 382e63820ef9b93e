import { createRoute } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { OrganisationsPage } from '../../features/organisations/components/organisations-page';
import { organisationsSearchSchema } from '../../features/organisations/search-params';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

export const organisationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.adminOrganisations,
  validateSearch: organisationsSearchSchema,
  component: OrganisationsRoute,
  errorComponent: RouteError,
});

function OrganisationsRoute() {
  const search = organisationsRoute.useSearch();
  const navigate = organisationsRoute.useNavigate();
  return (
    <OrganisationsPage
      search={search}
      onSearchChange={(patch) =>
        void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
      }
    />
  );
}
