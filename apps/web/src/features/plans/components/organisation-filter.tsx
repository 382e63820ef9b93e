import { Anchor, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { organisationFilter } from '../../organisations/organisation-search';
import type { TaskFiltersSearch } from '../search-params';

/** The organisation a task list shows: the one in the URL, none for "all", else the user's own. */
export function organisationOf(
  org: TaskFiltersSearch['org'],
  own: string | null,
): string | undefined {
  if (org === 'all') return undefined;
  return org ?? own ?? undefined;
}

/**
 * The task list's organisation filter: found by short or full name, accent-insensitive; on the
 * user's own organisation unless they clear it to see every organisation's tasks.
 */
export function OrganisationFilter(props: {
  value: string | undefined;
  own: string | null;
  onChange: (org: TaskFiltersSearch['org']) => void;
}) {
  const { t } = useTranslation();
  const orgs = useOrganisationOptions().data ?? [];
  const { value, own } = props;
  const toggle =
    own === null ? null : value === own ? (
      <Anchor component="button" type="button" size="xs" onClick={() => props.onChange('all')}>
        {t('plans.filters.allOrganisations')}
      </Anchor>
    ) : (
      <Anchor component="button" type="button" size="xs" onClick={() => props.onChange(own)}>
        {t('plans.filters.myOrganisation')}
      </Anchor>
    );
  return (
    <Select
      label={t('plans.filters.organisation')}
      placeholder={t('plans.filters.allOrganisations')}
      description={toggle}
      clearable
      clearButtonProps={{ 'aria-label': t('plans.filters.allOrganisations') }}
      searchable
      data={orgs}
      filter={organisationFilter(orgs)}
      nothingFoundMessage={t('common.noResults')}
      value={value ?? null}
      onChange={(org) => props.onChange(org ?? 'all')}
    />
  );
}
