import type { QueryClient } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { adminRoutes } from './routes/admin';
import { appRoute } from './routes/app-layout';
import { accountSecurityRoute } from './routes/account-security';
import { changePasswordRoute } from './routes/change-password';
import { caseRoutes } from './routes/cases';
import { civicRoutes } from './routes/civic';
import { homeRoute } from './routes/home';
import { loginRoute } from './routes/login';
import { mediationRoutes } from './routes/mediation';
import { planRoutes } from './routes/plans';
import { receptionRoutes } from './routes/reception';
import { reportRoutes } from './routes/reports';
import { RouteError } from './routes/not-found';
import { rootRoute } from './routes/root';
import { supervisionRoutes } from './routes/supervision';

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    ...planRoutes,
    ...supervisionRoutes,
    ...civicRoutes,
    ...caseRoutes,
    ...receptionRoutes,
    ...mediationRoutes,
    ...reportRoutes,
    changePasswordRoute,
    accountSecurityRoute,
    ...adminRoutes,
  ]),
]);

export function createAppRouter(options: { queryClient: QueryClient; history?: RouterHistory }) {
  return createRouter({
    routeTree,
    context: { queryClient: options.queryClient },
    ...(options.history ? { history: options.history } : {}),
    defaultPreload: 'intent',
    // Loaders read from React Query's cache, which decides freshness.
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
