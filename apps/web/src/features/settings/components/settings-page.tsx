import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { LegalSettingsPanel } from './legal-settings-panel';
import { WorkCalendarPanel } from './work-calendar-panel';

export type SettingsTab = 'calendar' | 'legal';

/** Deployment-wide settings for the system admin: the work calendar and the legal time limits. */
export function SettingsPage(props: { tab: SettingsTab; onTabChange: (tab: SettingsTab) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <Tabs
        value={props.tab}
        onChange={(tab) => tab && props.onTabChange(tab as SettingsTab)}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="calendar">{t('settings.tabs.calendar')}</Tabs.Tab>
          <Tabs.Tab value="legal">{t('settings.tabs.legal')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="calendar">
          <WorkCalendarPanel />
        </Tabs.Panel>
        <Tabs.Panel value="legal">
          <LegalSettingsPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
