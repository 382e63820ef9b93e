import { createRoute, useRouter } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { useAfterEnrolment } from '../../features/auth/api/second-factor';
import { SecurityPage } from '../../features/auth/components/security-page';
import { useCurrentMe } from '../../lib/auth';
import { appRoute } from './app-layout';

export const accountSecurityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.accountSecurity,
  component: AccountSecurityRoute,
});

function AccountSecurityRoute() {
  const me = useCurrentMe();
  const router = useRouter();
  const afterEnrolment = useAfterEnrolment();
  // An account sent here to enrol goes on into the app once its recovery codes are saved.
  const mustEnrol = me.secondFactor.required && !me.secondFactor.enrolled;
  const onEnrolled = async () => {
    await afterEnrolment();
    if (mustEnrol) router.history.push(paths.home);
  };
  return <SecurityPage onEnrolled={() => void onEnrolled()} />;
}
