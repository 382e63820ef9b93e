import { createRoute } from '@tanstack/react-router';
import { reportYearParamsSchema } from '@phoihop/shared/reports';
import { paths } from '../../config/paths';
import { AnnualReportPage } from '../../features/reports/components/annual-report-page';
import { ReportsPage } from '../../features/reports/components/reports-page';
import { annualReportSearchSchema } from '../../features/reports/search-params';
import { appRoute } from './app-layout';
import { NotFound, RouteError } from './not-found';

const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.reports,
  component: ReportsPage,
  errorComponent: RouteError,
});

const annualReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.annualReport,
  validateSearch: annualReportSearchSchema,
  component: function AnnualReportRoute() {
    const params = reportYearParamsSchema.safeParse(annualReportRoute.useParams());
    const search = annualReportRoute.useSearch();
    const navigate = annualReportRoute.useNavigate();
    if (!params.success) return <NotFound />;
    const { year } = params.data;
    return (
      <AnnualReportPage
        key={year}
        year={year}
        search={search}
        onSearchChange={(patch) =>
          void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
        }
      />
    );
  },
  errorComponent: RouteError,
});

export const reportRoutes = [reportsRoute, annualReportRoute] as const;
