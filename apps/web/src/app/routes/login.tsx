import { createRoute, redirect, useRouter } from '@tanstack/react-router';
import { z } from 'zod';
import { paths, safeRedirect } from '../../config/paths';
import { LoginPage } from '../../features/auth/components/login-page';
import { meQueryOptions } from '../../lib/auth';
import { rootRoute } from './root';

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.login,
  validateSearch: z.object({ redirect: z.string().max(2000).optional().catch(undefined) }),
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions());
    if (me) throw redirect({ href: safeRedirect(search.redirect), replace: true });
  },
  component: LoginRoute,
});

function LoginRoute() {
  const search = loginRoute.useSearch();
  const router = useRouter();
  return <LoginPage onSuccess={() => router.history.replace(safeRedirect(search.redirect))} />;
}
