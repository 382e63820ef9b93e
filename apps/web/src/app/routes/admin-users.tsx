import { createRoute } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { useOrganisationOptions } from '../../features/organisations/api/list-organisation-options';
import { UsersPage } from '../../features/users/components/users-page';
import { usersSearchSchema } from '../../features/users/search-params';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

export const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.adminUsers,
  validateSearch: usersSearchSchema,
  component: UsersRoute,
  errorComponent: RouteError,
});

function UsersRoute() {
  const search = usersRoute.useSearch();
  const navigate = usersRoute.useNavigate();
  // Composed here: the users feature does not reach into the organisations feature.
  const organisations = useOrganisationOptions().data ?? [];
  return (
    <UsersPage
      search={search}
      organisations={organisations}
      onSearchChange={(patch) =>
        void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
      }
    />
  );
}
