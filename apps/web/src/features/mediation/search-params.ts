import { caseFields } from '@phoihop/shared/cases';
import { mediationOutcomes } from '@phoihop/shared/mediation';
import { z } from 'zod';
import { booleanParam, enumParam, idParam, isoDateParam, searchTextParam } from '../../lib/search-params';

export const mediationTabs = ['teams', 'cases'] as const;

/** The period, the tab and the case list's filters, as they sit in the URL. */
export const mediationSearchSchema = z.object({
  tab: enumParam(mediationTabs),
  from: isoDateParam,
  to: isoDateParam,
  team: idParam,
  outcome: enumParam(mediationOutcomes),
  field: enumParam(caseFields),
  q: searchTextParam,
  /** Cases concluded, successful or not (the success rate's base). */
  concluded: booleanParam,
  /** Only the active teams (those the figures count). */
  active: booleanParam,
});
export type MediationSearch = z.infer<typeof mediationSearchSchema>;
