import type { RouterHistory } from '@tanstack/react-router';
import { paths } from '../config/paths';
import { setSetupRequiredHandler, setUnauthenticatedHandler } from '../lib/api-client';
import { meQueryKey } from '../lib/auth';
import { createQueryClient } from '../lib/query-client';
import { createAppRouter } from './router';

/** Wires the query client, the router and the api-client's 401 and set-up handling together. */
export function createApp(options: { history?: RouterHistory } = {}) {
  const queryClient = createQueryClient();
  const router = createAppRouter({ queryClient, ...options });
  setUnauthenticatedHandler(() => {
    // The session ended (expired, or revoked elsewhere): forget it and ask to sign in again.
    queryClient.setQueryData(meQueryKey, null);
    const { pathname, href } = router.state.location;
    if (pathname !== paths.login) {
      void router.navigate({ to: paths.login, search: { redirect: href } });
    }
  });
  // The account must change its password (or finish another set-up step) before anything else:
  // reloading `me` lets the authenticated layout send it to that screen.
  setSetupRequiredHandler(() => void queryClient.invalidateQueries({ queryKey: meQueryKey }));
  return { queryClient, router };
}
