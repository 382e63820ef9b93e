import {
  createRoute,
  Navigate,
  Outlet,
  redirect,
  useLocation,
  useRouter,
} from '@tanstack/react-router';
import { useEffect } from 'react';
import { paths } from '../../config/paths';
import { HeaderSearch } from '../../features/search/components/header-search';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { AppLayout } from '../../features/shell/components/app-layout';
import { useAccountLanguage } from '../../features/shell/components/use-account-language';
import { meQueryOptions, setupPathOf, useMe } from '../../lib/auth';
import { rootRoute } from './root';

export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions());
    if (!me) throw redirect({ to: paths.login, search: { redirect: location.href } });
    const setup = setupPathOf(me);
    if (setup && location.pathname !== setup) throw redirect({ to: setup });
  },
  component: AppLayoutRoute,
});

function AppLayoutRoute() {
  const { data: me } = useMe();
  const location = useLocation();
  const router = useRouter();
  const signedOut = !me;
  useAccountLanguage(me);
  useEffect(() => {
    // Signed out meanwhile (logout, expiry): go to login once, remembering where we were.
    const current = router.state.location;
    if (signedOut && current.pathname !== paths.login) {
      void router.navigate({ to: paths.login, search: { redirect: current.href }, replace: true });
    }
  }, [signedOut, router]);
  if (!me) return null;
  const setup = setupPathOf(me);
  if (setup && location.pathname !== setup) return <Navigate to={setup} replace />;
  return (
    <AppLayout
      me={me}
      restricted={setup !== null}
      headerActions={
        <>
          <HeaderSearch onNavigate={(link) => followLink(link, (to) => router.history.push(to))} />
          <NotificationBell
            onNavigate={(link) => followLink(link, (to) => router.history.push(to))}
          />
        </>
      }
    >
      <Outlet />
    </AppLayout>
  );
}

/** In-app links stay in the SPA; web links open as a page; other schemes are ignored. */
function followLink(link: string, push: (to: string) => void) {
  if (link.startsWith('/') && !link.startsWith('//')) push(link);
  else if (/^https?:\/\//i.test(link)) window.location.assign(link);
}
