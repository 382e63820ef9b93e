import { createRoute, Navigate, Outlet, redirect, useLocation, useRouter } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { AppLayout } from '../../features/shell/components/app-layout';
import { meQueryOptions, useMe } from '../../lib/auth';
import { rootRoute } from './root';

export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions());
    if (!me) throw redirect({ to: paths.login, search: { redirect: location.href } });
    if (me.user.mustChangePassword && location.pathname !== paths.changePassword) {
      throw redirect({ to: paths.changePassword });
    }
  },
  component: AppLayoutRoute,
});

function AppLayoutRoute() {
  const { data: me } = useMe();
  const location = useLocation();
  const router = useRouter();
  // Signed out meanwhile (logout, or a 401 from any call): back to the login page.
  if (!me) return <Navigate to={paths.login} search={{ redirect: location.href }} replace />;
  if (me.user.mustChangePassword && location.pathname !== paths.changePassword) {
    return <Navigate to={paths.changePassword} replace />;
  }
  return (
    <AppLayout
      me={me}
      restricted={me.user.mustChangePassword}
      headerActions={<NotificationBell onNavigate={(link) => followLink(link, (to) => router.history.push(to))} />}
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
