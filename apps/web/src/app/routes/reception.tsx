import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { UnderConstruction } from '../../components/ui/under-construction';
import { paths } from '../../config/paths';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

const receptionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.reception,
  component: function ReceptionPlaceholder() {
    const { t } = useTranslation();
    return (
      <>
        <PageHeader title={t('nav.reception')} />
        <UnderConstruction />
      </>
    );
  },
  errorComponent: RouteError,
});

export const receptionRoutes = [receptionRoute];
