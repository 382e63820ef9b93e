// Voter contact (tiếp xúc cử tri, NQLT 72/2025): meetings before and after People's Council
// sessions or on a theme, petitions raised there, sent to the competent body, answered and
// reported back at a later meeting.
import { z } from 'zod';
import {
  booleanQuerySchema,
  yearQuerySchema,
  dateTimeSchema,
  idSchema,
  nameSchema,
  optionalNameSchema,
  optionalTextSchema,
  pageQuerySchema,
  searchQuerySchema,
  textSchema,
  versionSchema,
} from './common.ts';
import { isoDateSchema, type IsoDate } from './dates.ts';
import {
  addresseeFields,
  addresseeMessage,
  addresseeSchema,
  answerSchema,
  fileRefSchema,
  requireAddressee,
} from './follow-ups.ts';
import { messageOf } from './validation-messages.ts';

export const voterMeetingKinds = ['BEFORE_SESSION', 'AFTER_SESSION', 'THEMATIC'] as const;
export const voterMeetingKindSchema = z.enum(voterMeetingKinds);
export type VoterMeetingKind = z.infer<typeof voterMeetingKindSchema>;

export const petitionFields = [
  'LAND',
  'INFRASTRUCTURE',
  'ENVIRONMENT',
  'SOCIAL_POLICY',
  'ADMINISTRATION',
  'SECURITY',
  'OTHER',
] as const;
export const petitionFieldSchema = z.enum(petitionFields);
export type PetitionField = z.infer<typeof petitionFieldSchema>;

/** RECORDED at the meeting → SENT to a body → ANSWERED → REPORTED_BACK to voters at a later meeting. */
export const petitionStatuses = ['RECORDED', 'SENT', 'ANSWERED', 'REPORTED_BACK'] as const;
export const petitionStatusSchema = z.enum(petitionStatuses);
export type PetitionStatus = z.infer<typeof petitionStatusSchema>;
/** Not yet answered (the lists' `open` filter). */
export const openPetitionStatuses = [
  'RECORDED',
  'SENT',
] as const satisfies readonly PetitionStatus[];

export function petitionOverdue(
  p: { status: PetitionStatus; dueOn: IsoDate | null },
  today: IsoDate,
): boolean {
  return p.status === 'SENT' && p.dueOn !== null && p.dueOn < today;
}

export const voterMeetingRefSchema = z.object({
  id: idSchema,
  heldOn: isoDateSchema,
  kind: voterMeetingKindSchema,
  location: z.string(),
});

export const voterMeetingSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  kind: voterMeetingKindSchema,
  /** The People's Council session it comes before or after, e.g. "Kỳ họp thứ 5, HĐND phường khóa I". */
  councilSession: z.string().nullable(),
  theme: z.string().nullable(),
  heldOn: isoDateSchema,
  location: z.string(),
  delegates: z.array(z.string()),
  voterCount: z.number().int().nullable(),
  note: z.string().nullable(),
  minutesFile: fileRefSchema.nullable(),
  petitions: z.object({
    total: z.number().int(),
    awaiting: z.number().int(),
    overdue: z.number().int(),
  }),
  version: versionSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});
export type VoterMeeting = z.infer<typeof voterMeetingSchema>;

export const voterPetitionSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  meeting: voterMeetingRefSchema,
  /** 1, 2, 3… within its meeting. */
  ordinal: z.number().int(),
  content: z.string(),
  field: petitionFieldSchema,
  /** The voter or group of voters who raised it. */
  voterName: z.string().nullable(),
  addressee: addresseeSchema.nullable(),
  sentOn: isoDateSchema.nullable(),
  dueOn: isoDateSchema.nullable(),
  status: petitionStatusSchema,
  overdue: z.boolean(),
  answeredLate: z.boolean().nullable(),
  answer: answerSchema.nullable(),
  reportedBackAt: voterMeetingRefSchema.nullable(),
  can: z.object({ manage: z.boolean(), answer: z.boolean() }),
  version: versionSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});
export type VoterPetition = z.infer<typeof voterPetitionSchema>;

export const voterMeetingDetailSchema = voterMeetingSchema.extend({
  petitionList: z.array(voterPetitionSchema),
  /** Petitions of earlier meetings answered and reported back at this one. */
  reportedBack: z.array(voterPetitionSchema),
  can: z.object({ manage: z.boolean() }),
});
export type VoterMeetingDetail = z.infer<typeof voterMeetingDetailSchema>;

const meetingFields = {
  kind: voterMeetingKindSchema,
  councilSession: optionalTextSchema(300),
  theme: optionalTextSchema(300),
  heldOn: isoDateSchema,
  location: textSchema(300),
  delegates: z.array(nameSchema(200)).max(30),
  voterCount: z.number().int().min(0).max(100000).nullable().optional(),
  note: optionalTextSchema(5000),
  minutesFileId: idSchema.nullable().optional(),
};
export const createVoterMeetingBodySchema = z.object({
  ...meetingFields,
  delegates: meetingFields.delegates.default([]),
});
export type CreateVoterMeetingBody = z.infer<typeof createVoterMeetingBodySchema>;
export const updateVoterMeetingBodySchema = z.object(meetingFields).partial();
export type UpdateVoterMeetingBody = z.infer<typeof updateVoterMeetingBodySchema>;
export const listVoterMeetingsQuerySchema = pageQuerySchema.extend({
  q: searchQuerySchema,
  kind: voterMeetingKindSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ListVoterMeetingsQuery = z.infer<typeof listVoterMeetingsQuerySchema>;

const petitionFieldsInput = {
  content: textSchema(5000),
  field: petitionFieldSchema,
  voterName: optionalNameSchema(300),
};
export const createPetitionBodySchema = z.object(petitionFieldsInput);
export type CreatePetitionBody = z.infer<typeof createPetitionBodySchema>;
export const updatePetitionBodySchema = z.object(petitionFieldsInput).partial();
export type UpdatePetitionBody = z.infer<typeof updatePetitionBodySchema>;

/** Classify and send to the competent body; `dueOn` defaults to `sentOn` plus the petition answer limit. */
export const sendPetitionBodySchema = z
  .object({
    ...addresseeFields,
    field: petitionFieldSchema.optional(),
    sentOn: isoDateSchema,
    dueOn: isoDateSchema.optional(),
  })
  .refine(requireAddressee, addresseeMessage)
  .refine((p) => !p.dueOn || p.dueOn >= p.sentOn, {
    path: ['dueOn'],
    ...messageOf('answerDue'),
  });
export type SendPetitionBody = z.infer<typeof sendPetitionBodySchema>;

/** Answered petitions reported back to voters at this meeting. */
export const reportBackBodySchema = z.object({ petitionIds: z.array(idSchema).min(1).max(200) });
export type ReportBackBody = z.infer<typeof reportBackBodySchema>;

export const listPetitionsQuerySchema = pageQuerySchema.extend({
  q: searchQuerySchema,
  status: petitionStatusSchema.optional(),
  overdue: booleanQuerySchema.optional(),
  field: petitionFieldSchema.optional(),
  meetingId: idSchema.optional(),
  addresseeOrganisationId: idSchema.optional(),
  /** Only those sent to the reader's organisation. */
  mine: booleanQuerySchema.optional(),
  /** true: only those not yet answered (openPetitionStatuses); false: only the answered ones. */
  open: booleanQuerySchema.optional(),
  /** Raised at a meeting held in that year. */
  year: yearQuerySchema,
  /** true: answered (and maybe reported back to the voters); false: not answered yet. */
  answered: booleanQuerySchema.optional(),
});
export type ListPetitionsQuery = z.infer<typeof listPetitionsQuerySchema>;

export const petitionSummaryQuerySchema = z.object({ mine: booleanQuerySchema.optional() });
