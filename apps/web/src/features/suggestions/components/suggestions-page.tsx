import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import type { SuggestionsSearch } from '../search-params';
import { BoxesTab } from './boxes-tab';
import { SuggestionsTab } from './suggestions-tab';

/** /suggestions: the boxes and their openings, and every suggestion received. */
export function SuggestionsPage(props: {
  search: SuggestionsSearch;
  onSearchChange: (patch: Partial<SuggestionsSearch>) => void;
}) {
  const { t } = useTranslation();
  const { search, onSearchChange } = props;
  const canManage = hasPermission(useCurrentMe(), 'suggestion:manage');
  return (
    <>
      <PageHeader title={t('suggestions.title')} description={t('suggestions.description')} />
      <Tabs
        value={search.tab ?? 'boxes'}
        onChange={(tab) =>
          onSearchChange({ tab: tab === 'suggestions' ? 'suggestions' : undefined })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="boxes">{t('suggestions.tabs.boxes')}</Tabs.Tab>
          <Tabs.Tab value="suggestions">{t('suggestions.tabs.suggestions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="boxes">
          <BoxesTab
            canManage={canManage}
            boxId={search.box}
            onBoxChange={(box) => onSearchChange({ box })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="suggestions">
          <SuggestionsTab search={search} onSearchChange={onSearchChange} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
