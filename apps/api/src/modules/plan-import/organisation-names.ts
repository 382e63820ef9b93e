// Finds an organisation by what people write: its full name or short name, with or
// without accents ("Hội LHPN phường", "hoi lhpn phuong").
import { foldText } from '@phoihop/shared/text';

export interface OrganisationName {
  id: string;
  name: string;
  shortName: string | null;
}

/** The organisation, or a message saying why none fits. */
export function matchOrganisation(organisations: OrganisationName[], written: string): OrganisationName | string {
  const wanted = foldText(written);
  const found = organisations.filter(
    (o) => foldText(o.name) === wanted || (o.shortName !== null && foldText(o.shortName) === wanted),
  );
  if (found.length === 1) return found[0]!;
  if (found.length > 1) return `"${written}" khớp nhiều tổ chức: ghi tên đầy đủ`;
  return `Không tìm thấy tổ chức "${written}" đang hoạt động trong đơn vị`;
}
