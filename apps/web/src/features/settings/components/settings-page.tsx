import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { LegalSettingsPanel } from './legal-settings-panel';
import { WorkCalendarPanel } from './work-calendar-panel';

export type SettingsTab = 'calendar' | 'legal' | 'report';

/**
 * Deployment-wide settings for the system admin (the work calendar and the legal time limits)
 * and, given by the route, the unit's report settings for those who set them. Someone who may
 * only set the reports (a unit admin, the Committee head) gets that page under its own title,
 * without a row of one tab.
 */
export function SettingsPage(props: {
  tab: SettingsTab;
  onTabChange: (tab: SettingsTab) => void;
  reportTab?: { label: string; title: string; panel: ReactNode };
}) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const system = hasPermission(me, 'calendar:manage', 'settings:manage');
  const report = Boolean(props.reportTab) && hasPermission(me, 'report:configure');
  const shown: SettingsTab[] = [
    ...(system ? (['calendar', 'legal'] as const) : []),
    ...(report ? (['report'] as const) : []),
  ];
  const tab = shown.includes(props.tab) ? props.tab : shown[0];
  if (!system && report && props.reportTab) {
    return (
      <>
        <PageHeader title={props.reportTab.title} />
        {props.reportTab.panel}
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t('settings.title')}
        {...(system ? { description: t('settings.description') } : {})}
      />
      <Tabs
        value={tab ?? null}
        onChange={(next) => next && props.onTabChange(next as SettingsTab)}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {system && <Tabs.Tab value="calendar">{t('settings.tabs.calendar')}</Tabs.Tab>}
          {system && <Tabs.Tab value="legal">{t('settings.tabs.legal')}</Tabs.Tab>}
          {report && <Tabs.Tab value="report">{props.reportTab?.label}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="calendar">
          <WorkCalendarPanel />
        </Tabs.Panel>
        <Tabs.Panel value="legal">
          <LegalSettingsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="report">{props.reportTab?.panel}</Tabs.Panel>
      </Tabs>
    </>
  );
}
