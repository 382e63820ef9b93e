import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { UnderConstruction } from '../../components/ui/under-construction';
import { paths } from '../../config/paths';
import { appRoute } from './app-layout';

/** The remaining domain areas arrive in later work; until then each says so plainly. */
export function areaRoute(path: string, area: string) {
  return createRoute({
    getParentRoute: () => appRoute,
    path,
    component: function AreaPage() {
      const { t } = useTranslation();
      return (
        <>
          <PageHeader title={t(`nav.${area}`)} description={t(`pages.${area}`)} />
          <UnderConstruction />
        </>
      );
    },
  });
}

export const reportsRoute = areaRoute(paths.reports, 'reports');
