import { petitionFields, petitionStatuses, voterMeetingKinds } from '@phoihop/shared/voter-contact';
import { z } from 'zod';
import { booleanParam, enumParam, idParam, searchTextParam } from '../../lib/search-params';

/** The meetings list's filters, as they sit in the URL. */
export const meetingsSearchSchema = z.object({
  q: searchTextParam,
  kind: enumParam(voterMeetingKinds),
  year: z.number().int().min(2000).max(2100).optional().catch(undefined),
});
export type MeetingsSearch = z.infer<typeof meetingsSearchSchema>;

/** The petitions list's filters (`addressee` is the answering organisation). */
export const petitionsSearchSchema = z.object({
  q: searchTextParam,
  status: enumParam(petitionStatuses),
  overdue: booleanParam,
  field: enumParam(petitionFields),
  mine: booleanParam,
  addressee: idParam,
  /** Not yet answered; on unless the URL says `open=false`, so plain links need no param. */
  open: booleanParam,
  /** Raised at a meeting held in that year. */
  year: z.number().int().min(2000).max(2100).optional().catch(undefined),
  /** true: answered (and maybe reported back); false: not answered yet. */
  answered: booleanParam,
});
export type PetitionsSearch = z.infer<typeof petitionsSearchSchema>;
