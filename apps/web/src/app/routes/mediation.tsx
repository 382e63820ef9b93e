import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { UnderConstruction } from '../../components/ui/under-construction';
import { paths } from '../../config/paths';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

const mediationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.mediation,
  component: function MediationPlaceholder() {
    const { t } = useTranslation();
    return (
      <>
        <PageHeader title={t('nav.mediation')} />
        <UnderConstruction />
      </>
    );
  },
  errorComponent: RouteError,
});

export const mediationRoutes = [mediationRoute];
