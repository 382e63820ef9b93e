import { searchWords } from '@phoihop/shared/text';

/**
 * Accent-insensitive search on the folded `searchText` column: every word must occur, in any
 * order ("hoi phu nu" finds "Hội Liên hiệp Phụ nữ"). The trigram index serves `contains`.
 */
export function searchWhere(query: string | undefined): { AND: { searchText: { contains: string } }[] } | object {
  const words = searchWords(query);
  return words.length ? { AND: words.map((word) => ({ searchText: { contains: word } })) } : {};
}
