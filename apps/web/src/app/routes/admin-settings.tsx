import { createRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { paths } from '../../config/paths';
import { SettingsPage } from '../../features/settings/components/settings-page';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

export const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.adminSettings,
  validateSearch: z.object({
    tab: z.enum(['calendar', 'legal']).catch('calendar').default('calendar'),
  }),
  component: function SettingsRoute() {
    const search = settingsRoute.useSearch();
    const navigate = settingsRoute.useNavigate();
    return (
      <SettingsPage
        tab={search.tab}
        onTabChange={(tab) => void navigate({ search: { tab }, replace: true })}
      />
    );
  },
  errorComponent: RouteError,
});
