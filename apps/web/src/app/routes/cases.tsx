import { todayInVietnam } from '@phoihop/shared/dates';
import { createRoute } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { CaseIntakePage } from '../../features/cases/components/case-intake-page';
import { CasePage } from '../../features/cases/components/case-page';
import { CasesPage } from '../../features/cases/components/cases-page';
import { CaseStatisticsPage } from '../../features/cases/components/case-statistics-page';
import {
  caseNewSearchSchema,
  casesSearchSchema,
  caseStatisticsSearchSchema,
} from '../../features/cases/search-params';
import { idParam } from '../../lib/search-params';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

const casesListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.cases,
  validateSearch: casesSearchSchema,
  component: function CasesRoute() {
    const search = casesListRoute.useSearch();
    const navigate = casesListRoute.useNavigate();
    return (
      <CasesPage
        search={search}
        onSearchChange={(patch) =>
          void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
        }
      />
    );
  },
  errorComponent: RouteError,
});

const caseNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.caseNew,
  // Also opened from a suggestion-box letter (/cases/new?suggestionId=…).
  validateSearch: caseNewSearchSchema.extend({ suggestionId: idParam }),
  component: function CaseNewRoute() {
    const { visitId, suggestionId } = caseNewRoute.useSearch();
    const navigate = caseNewRoute.useNavigate();
    return (
      <CaseIntakePage
        visitId={visitId}
        suggestionId={suggestionId}
        onCreated={(caseId) => void navigate({ to: paths.case, params: { caseId } })}
        onCancel={() => void navigate({ to: paths.cases })}
      />
    );
  },
  errorComponent: RouteError,
});

const caseStatisticsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.caseStatistics,
  validateSearch: caseStatisticsSearchSchema,
  component: function CaseStatisticsRoute() {
    const search = caseStatisticsRoute.useSearch();
    const navigate = caseStatisticsRoute.useNavigate();
    // This year by default.
    const year = todayInVietnam().slice(0, 4);
    const period = { from: search.from ?? `${year}-01-01`, to: search.to ?? `${year}-12-31` };
    return (
      <CaseStatisticsPage
        period={period}
        onPeriodChange={(patch) =>
          void navigate({ search: { ...period, ...patch }, replace: true })
        }
      />
    );
  },
  errorComponent: RouteError,
});

const caseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.case,
  component: function CaseRoute() {
    const { caseId } = caseRoute.useParams();
    return <CasePage key={caseId} caseId={caseId} />;
  },
  errorComponent: RouteError,
});

// Flat siblings under the shell; static paths win over /cases/$caseId.
export const caseRoutes = [casesListRoute, caseNewRoute, caseStatisticsRoute, caseRoute] as const;
