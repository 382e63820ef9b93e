/**
 * Vietnamese text arrives precomposed (NFC) or with combining marks from some input methods.
 * Store NFC; search on a folded form: no marks, đ → d, lower case, single spaces.
 */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

// C0 controls but tab, line feed and carriage return; DEL; C1 controls. NUL in particular:
// PostgreSQL cannot store it in text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Half of a UTF-16 pair: no character at all, and the audit log's jsonb refuses it.
const LONE_SURROGATE = /\p{Cs}/u;
// Embeddings, overrides and isolates that make a name read differently from what it is.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export type UnsafeText = 'control' | 'surrogate' | 'bidi';

/** Why `value` may not be stored as user text, or null. Bidi controls count in names only. */
export function unsafeTextOf(value: string, options: { name?: boolean } = {}): UnsafeText | null {
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  if (CONTROL.test(value)) return 'control';
  if (options.name && BIDI_CONTROL.test(value)) return 'bidi';
  return null;
}

/** Multi-line text: NFC, each line trimmed with single spaces, blank lines dropped. */
export function normalizeLines(value: string): string {
  return value
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
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
