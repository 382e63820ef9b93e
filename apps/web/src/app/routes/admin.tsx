import { createRoute, redirect } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { hasPermission, meQueryOptions } from '../../lib/auth';
import { appRoute } from './app-layout';
import { auditRoute } from './admin-audit';
import { organisationsRoute } from './admin-organisations';
import { settingsRoute } from './admin-settings';
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
    if (hasPermission(me, 'audit:read')) throw redirect({ to: paths.adminAudit, replace: true });
    if (hasPermission(me, 'calendar:manage', 'settings:manage'))
      throw redirect({ to: paths.adminSettings, replace: true });
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
  settingsRoute,
] as const;
