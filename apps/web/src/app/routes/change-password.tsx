import { createRoute, useRouter } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { ChangePasswordPage } from '../../features/auth/components/change-password-page';
import { useCurrentMe } from '../../lib/auth';
import { appRoute } from './app-layout';

export const changePasswordRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.changePassword,
  component: ChangePasswordRoute,
});

function ChangePasswordRoute() {
  const me = useCurrentMe();
  const router = useRouter();
  return (
    <ChangePasswordPage
      forced={me.user.mustChangePassword}
      onDone={() => router.history.push(paths.home)}
      onCancel={() => router.history.back()}
    />
  );
}
