import { createRoute } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { BoardPage } from '../../features/supervision/components/board-page';
import { BoardsPage } from '../../features/supervision/components/boards-page';
import { RecommendationsPage } from '../../features/supervision/components/recommendations-page';
import { SupervisionPage } from '../../features/supervision/components/supervision-page';
import { SupervisionsPage } from '../../features/supervision/components/supervisions-page';
import {
  boardSearchSchema,
  recommendationSearchSchema,
  supervisionSearchSchema,
} from '../../features/supervision/search-params';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

const supervisionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.supervision,
  validateSearch: supervisionSearchSchema,
  component: function SupervisionsRoute() {
    const search = supervisionsRoute.useSearch();
    const navigate = supervisionsRoute.useNavigate();
    return (
      <SupervisionsPage
        search={search}
        onSearchChange={(patch) =>
          void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
        }
      />
    );
  },
  errorComponent: RouteError,
});

const supervisionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.supervisionDetail,
  component: function SupervisionRoute() {
    const { supervisionId } = supervisionRoute.useParams();
    return <SupervisionPage key={supervisionId} supervisionId={supervisionId} />;
  },
  errorComponent: RouteError,
});

const recommendationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.recommendations,
  validateSearch: recommendationSearchSchema,
  component: function RecommendationsRoute() {
    const search = recommendationsRoute.useSearch();
    const navigate = recommendationsRoute.useNavigate();
    return (
      <RecommendationsPage
        search={search}
        onSearchChange={(patch) =>
          void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
        }
      />
    );
  },
  errorComponent: RouteError,
});

const boardsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.supervisionBoards,
  validateSearch: boardSearchSchema,
  component: function BoardsRoute() {
    const search = boardsRoute.useSearch();
    const navigate = boardsRoute.useNavigate();
    return (
      <BoardsPage
        search={search}
        onSearchChange={(patch) =>
          void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
        }
      />
    );
  },
  errorComponent: RouteError,
});

const boardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.supervisionBoard,
  component: function BoardRoute() {
    const { boardId } = boardRoute.useParams();
    return <BoardPage key={boardId} boardId={boardId} />;
  },
  errorComponent: RouteError,
});

export const supervisionRoutes = [
  supervisionsRoute,
  supervisionRoute,
  recommendationsRoute,
  boardsRoute,
  boardRoute,
] as const;
