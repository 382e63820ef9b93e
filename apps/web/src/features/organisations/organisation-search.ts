import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import { searchWords, searchTextOf } from '@phoihop/shared/text';
import type { OrganisationOption } from './api/list-organisation-options';

/**
 * A picker's filter that finds an organisation by its short or full name, without accents
 * ("phu nu" finds "Hội LHPN phường", whose full name is "Hội Liên hiệp Phụ nữ…").
 */
export function organisationFilter(options: OrganisationOption[]): OptionsFilter {
  const haystacks = new Map(options.map((o) => [o.value, searchTextOf(o.label, o.name)]));
  return ({ options: shown, search }) => {
    const words = searchWords(search);
    return (shown as ComboboxItem[]).filter((option) => {
      const haystack = haystacks.get(option.value) ?? searchTextOf(option.label);
      return words.every((word) => haystack.includes(word));
    });
  };
}
