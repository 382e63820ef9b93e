import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Names the browser tab and history entry after the page ("Đơn thư · Phối hợp"), so a screen
 * reader announces where a navigation landed and several tabs can be told apart (WCAG 2.4.2).
 * Without a page (still loading) the title is the application's name; leaving the page puts
 * that back so the next page never inherits a stale title.
 */
export function useDocumentTitle(page: string | undefined) {
  const { t } = useTranslation();
  const appName = t('app.name');
  const title = page ? t('ui.pageTitle', { page }) : appName;
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => () => void (document.title = appName), [appName]);
}
