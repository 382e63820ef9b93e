import { buildUrl } from '../../lib/api-client';

type QueryValue = string | number | boolean | null | undefined;
/** A list's filters as its fetcher passes them to apiRequest (interfaces too, hence the mapping). */
export type ListFilters<T> = { [K in keyof T]: QueryValue };

/**
 * The query string a list sends to its GET endpoint, as key → value, without paging: the same
 * serialisation (buildUrl) the list's own request goes through, so the export gets exactly what
 * the screen asked for.
 */
export function exportQueryOf<T extends ListFilters<T>>(filters: T): Record<string, string> {
  const sent = new URL(buildUrl('/', filters)).searchParams;
  sent.delete('limit');
  sent.delete('cursor');
  return Object.fromEntries(sent);
}
