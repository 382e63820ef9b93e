import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { UnderConstruction } from '../../components/ui/under-construction';
import { paths } from '../../config/paths';
import { appRoute } from './app-layout';
import { RouteError } from './not-found';

const casesListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.cases,
  component: function CasesPlaceholder() {
    const { t } = useTranslation();
    return (
      <>
        <PageHeader title={t('nav.cases')} description={t('pages.cases')} />
        <UnderConstruction />
      </>
    );
  },
  errorComponent: RouteError,
});

export const caseRoutes = [casesListRoute];
