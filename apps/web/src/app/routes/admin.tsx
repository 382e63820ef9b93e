import { createRoute, redirect } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { adminPermissions, hasPermission, meQueryOptions } from '../../lib/auth';
import { appRoute } from './app-layout';
import { auditRoute } from './admin-audit';
import { organisationsRoute } from './admin-organisations';
import { unitsRoute } from './admin-units';
import { usersRoute } from './admin-users';

/** /admin itself opens the first area the user may manage. */
const adminIndexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.admin,
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions());
    if (hasPermission(me, 'user:manage')) throw redirect({ to: paths.adminUsers, replace: true });
    if (hasPermission(me, 'organisation:manage'))
      throw redirect({ to: paths.adminOrganisations, replace: true });
    if (hasPermission(me, 'unit:manage')) throw redirect({ to: paths.adminUnits, replace: true });
    if (hasPermission(me, ...adminPermissions))
      throw redirect({ to: paths.adminAudit, replace: true });
    throw redirect({ to: paths.home, replace: true });
  },
});

// Flat siblings under the shell (not children of /admin) keep the import graph acyclic.
export const adminRoutes = [
  adminIndexRoute,
  unitsRoute,
  organisationsRoute,
  usersRoute,
  auditRoute,
] as const;
