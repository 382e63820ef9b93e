import { suggestionFields, suggestionStatuses } from '@phoihop/shared/suggestions';
import { z } from 'zod';
import { booleanParam, enumParam, idParam, searchTextParam } from '../../lib/search-params';

export const suggestionTabs = ['boxes', 'suggestions'] as const;

/** The tab, the box whose openings are shown and the suggestions' filters, in the URL. */
export const suggestionsSearchSchema = z.object({
  tab: enumParam(suggestionTabs),
  box: idParam,
  q: searchTextParam,
  status: enumParam(suggestionStatuses),
  field: enumParam(suggestionFields),
  mine: booleanParam,
});
export type SuggestionsSearch = z.infer<typeof suggestionsSearchSchema>;
