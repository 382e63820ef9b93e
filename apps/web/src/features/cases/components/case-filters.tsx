import { Select } from '@mantine/core';
import { caseKinds, caseStatuses } from '@phoihop/shared/case-clocks';
import { caseChannels, caseFields, caseStates } from '@phoihop/shared/cases';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../../components/ui/filter-bar';
import { SearchInput } from '../../../components/ui/search-input';
import type { OrganisationOption } from '../../organisations/api/list-organisation-options';
import type { CasesSearch } from '../search-params';
import { DateField } from '../../../components/ui/date-field';

type Patch = Partial<CasesSearch>;
const moreKeys = ['status', 'kind', 'field', 'channel', 'org', 'from', 'to', 'sort'] as const;

/**
 * Every filter writes to the URL, so a filtered list can be bookmarked and shared. On a phone
 * only the search and the state show until the user asks for the rest.
 */
export function CaseFilters(props: {
  search: CasesSearch;
  organisations: OrganisationOption[];
  onChange: (patch: Patch) => void;
}) {
  const { t } = useTranslation();
  const { search, onChange } = props;
  const active = moreKeys.filter((key) => search[key] !== undefined).length;
  const choice = <K extends keyof CasesSearch>(
    key: K,
    values: readonly string[],
    prefix: string,
  ) => (
    <Select
      label={t(`cases.filters.${key}`)}
      placeholder={t('common.all')}
      clearable
      data={values.map((value) => ({ value, label: t(`${prefix}.${value}`) }))}
      value={search[key] ?? null}
      onChange={(value) => onChange({ [key]: value ?? undefined })}
    />
  );
  const more = (
    <>
      {choice('status', caseStatuses, 'cases.statuses')}
      {choice('kind', caseKinds, 'cases.kinds')}
      {choice('field', caseFields, 'cases.fields')}
      {choice('channel', caseChannels, 'cases.channels')}
      <Select
        label={t('cases.filters.org')}
        placeholder={t('common.all')}
        clearable
        searchable
        data={props.organisations.map(({ value, label }) => ({ value, label }))}
        value={search.org ?? null}
        onChange={(org) => onChange({ org: org ?? undefined })}
      />
      <DateField
        label={t('cases.filters.from')}
        clearable
        value={search.from ?? null}
        onChange={(from) => onChange({ from: from ?? undefined })}
      />
      <DateField
        label={t('cases.filters.to')}
        clearable
        value={search.to ?? null}
        onChange={(to) => onChange({ to: to ?? undefined })}
      />
      <Select
        label={t('common.sort')}
        allowDeselect={false}
        data={(['received', 'due'] as const).map((value) => ({
          value,
          label: t(`cases.sorts.${value}`),
        }))}
        value={search.sort ?? 'received'}
        onChange={(sort) => onChange({ sort: sort === 'due' ? 'due' : undefined })}
      />
    </>
  );
  return (
    <FilterBar
      main={
        <>
          <SearchInput value={search.q} onChange={(q) => onChange({ q })} />
          {choice('state', caseStates, 'cases.states')}
        </>
      }
      more={more}
      activeMore={active}
    />
  );
}
