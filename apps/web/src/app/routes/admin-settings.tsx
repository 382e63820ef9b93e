import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { paths } from '../../config/paths';
import { ReportSettingsPanel } from '../../features/reports/components/report-settings-panel';
import { SettingsPage } from '../../features/settings/components/settings-page';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

export const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.adminSettings,
  validateSearch: z.object({
    tab: z.enum(['calendar', 'legal', 'report']).catch('calendar').default('calendar'),
  }),
  component: function SettingsRoute() {
    const search = settingsRoute.useSearch();
    const navigate = settingsRoute.useNavigate();
    const { t } = useTranslation();
    return (
      <SettingsPage
        tab={search.tab}
        onTabChange={(tab) => void navigate({ search: { tab }, replace: true })}
        reportTab={{
          label: t('reports.settings.tab'),
          title: t('reports.settings.pageTitle'),
          panel: <ReportSettingsPanel />,
        }}
      />
    );
  },
  errorComponent: RouteError,
});
