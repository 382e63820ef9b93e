/**
 * Vietnamese text arrives precomposed (NFC) or with combining marks from some input methods.
 * Store NFC; search on a folded form: no marks, đ → d, lower case, single spaces.
 */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded text stored next to a record for accent-insensitive search. */
export function searchTextOf(...parts: (string | null | undefined)[]): string {
  return foldText(parts.filter(Boolean).join(' '));
}

/** Folded words of a search box: a record matches when it contains every one of them. */
export function searchWords(query: string | undefined): string[] {
  return query ? foldText(query).split(' ').filter(Boolean).slice(0, 8) : [];
}
