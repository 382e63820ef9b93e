import { Select, SimpleGrid } from '@mantine/core';
import { roles } from '@phoihop/shared/roles';
import { useTranslation } from 'react-i18next';
import { ActiveFilter } from '../../../components/ui/active-filter';
import { SearchInput } from '../../../components/ui/search-input';
import type { UsersSearch } from '../search-params';
import type { Option } from './user-form-modal';

const sorts = ['fullName', 'username', 'createdAt'] as const;

export function UsersFilters(props: {
  search: UsersSearch;
  organisations: Option[];
  onChange: (patch: Partial<UsersSearch>) => void;
}) {
  const { t } = useTranslation();
  const { search, onChange } = props;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} mb="md">
      <SearchInput value={search.q} onChange={(q) => onChange({ q })} />
      <Select
        label={t('users.organisation')}
        placeholder={t('common.all')}
        data={props.organisations}
        clearable
        searchable
        value={search.organisationId ?? null}
        onChange={(value) => onChange({ organisationId: value ?? undefined })}
      />
      <Select
        label={t('users.role')}
        placeholder={t('common.all')}
        data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        clearable
        value={search.role ?? null}
        onChange={(value) => onChange({ role: (value as UsersSearch['role']) ?? undefined })}
      />
      <ActiveFilter value={search.active} onChange={(active) => onChange({ active })} />
      <Select
        label={t('common.sort')}
        data={sorts.map((sort) => ({ value: sort, label: t(`users.sortOptions.${sort}`) }))}
        allowDeselect={false}
        value={search.sort ?? 'fullName'}
        onChange={(value) =>
          onChange({ sort: value === 'fullName' ? undefined : (value as UsersSearch['sort']) })
        }
      />
    </SimpleGrid>
  );
}
