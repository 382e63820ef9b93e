import { caseChannels, caseFields, caseScopes, caseStates } from '@phoihop/shared/cases';
import { caseKinds, caseStatuses } from '@phoihop/shared/case-clocks';
import { z } from 'zod';
import { enumParam, idParam, isoDateParam, searchTextParam } from '../../lib/search-params';

/** The case list's filters, as they sit in the URL (`org` is the organisation filter). */
export const casesSearchSchema = z.object({
  q: searchTextParam,
  scope: enumParam(caseScopes),
  state: enumParam(caseStates),
  status: enumParam(caseStatuses),
  kind: enumParam(caseKinds),
  field: enumParam(caseFields),
  channel: enumParam(caseChannels),
  org: idParam,
  from: isoDateParam,
  to: isoDateParam,
  sort: enumParam(['received', 'due'] as const),
});
export type CasesSearch = z.infer<typeof casesSearchSchema>;

/** /cases/new?visitId=…: opened from a citizen received at a reception session. */
export const caseNewSearchSchema = z.object({ visitId: idParam });
export type CaseNewSearch = z.infer<typeof caseNewSearchSchema>;

export const caseStatisticsSearchSchema = z.object({ from: isoDateParam, to: isoDateParam });
export type CaseStatisticsSearch = z.infer<typeof caseStatisticsSearchSchema>;
