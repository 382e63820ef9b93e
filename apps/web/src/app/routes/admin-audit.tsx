import { createRoute } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { AuditPage } from '../../features/audit/components/audit-page';
import { auditSearchSchema } from '../../features/audit/search-params';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

export const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.adminAudit,
  validateSearch: auditSearchSchema,
  component: AuditRoute,
  errorComponent: RouteError,
});

function AuditRoute() {
  const search = auditRoute.useSearch();
  const navigate = auditRoute.useNavigate();
  return (
    <AuditPage
      search={search}
      onSearchChange={(patch) =>
        void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
      }
    />
  );
}
