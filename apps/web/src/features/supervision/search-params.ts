import {
  boardKinds,
  recommendationStatuses,
  supervisionKinds,
  supervisionStatuses,
} from '@phoihop/shared/supervision';
import { z } from 'zod';
import { booleanParam, enumParam, idParam, searchTextParam } from '../../lib/search-params';

/** The supervisions list's filters, as they sit in the URL. */
export const supervisionSearchSchema = z.object({
  q: searchTextParam,
  kind: enumParam(supervisionKinds),
  status: enumParam(supervisionStatuses),
  year: z.number().int().min(2000).max(2100).optional().catch(undefined),
});
export type SupervisionSearch = z.infer<typeof supervisionSearchSchema>;

/** The recommendations list's filters: open ones (by default), overdue ones, those addressed to my organisation… */
export const recommendationSearchSchema = z.object({
  q: searchTextParam,
  status: enumParam(recommendationStatuses),
  overdue: booleanParam,
  mine: booleanParam,
  addressee: idParam,
  /** Still being followed; on unless the URL says `open=false`, so plain links need no param. */
  open: booleanParam,
  /** Sent in that year. */
  year: z.number().int().min(2000).max(2100).optional().catch(undefined),
  /** true: answered in any way; false: not answered yet. */
  answered: booleanParam,
});
export type RecommendationSearch = z.infer<typeof recommendationSearchSchema>;

export const boardSearchSchema = z.object({
  q: searchTextParam,
  kind: enumParam(boardKinds),
});
export type BoardSearch = z.infer<typeof boardSearchSchema>;
