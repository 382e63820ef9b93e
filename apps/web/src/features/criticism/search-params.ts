import { z } from 'zod';
import { booleanParam, searchTextParam } from '../../lib/search-params';

/** The drafts list's search and the "open for comment now" filter, in the URL. */
export const draftsSearchSchema = z.object({ q: searchTextParam, open: booleanParam });
export type DraftsSearch = z.infer<typeof draftsSearchSchema>;
