// Supervision by the Fatherland Front (giám sát, Luật MTTQ 2015 sửa đổi 2025, NQLT 403/2017):
// teams set up by decision, the standing boards (Ban TTND, Ban GSĐTCCĐ), reports and
// recommendations followed until answered.
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
import { organisationRefSchema } from './plans.ts';
import { messageOf } from './validation-messages.ts';

export const supervisionKinds = ['THEMATIC', 'REGULAR', 'JOINT_COUNCIL'] as const;
export const supervisionKindSchema = z.enum(supervisionKinds);
export type SupervisionKind = z.infer<typeof supervisionKindSchema>;

export const supervisionStatuses = [
  'PLANNED',
  'IN_PROGRESS',
  'REPORTED',
  'FOLLOWING_UP',
  'CLOSED',
] as const;
export const supervisionStatusSchema = z.enum(supervisionStatuses);
export type SupervisionStatus = z.infer<typeof supervisionStatusSchema>;

export const memberRoles = ['HEAD', 'DEPUTY', 'MEMBER', 'SECRETARY'] as const;
export const memberRoleSchema = z.enum(memberRoles);
export type MemberRole = z.infer<typeof memberRoleSchema>;

export const boardKinds = ['PEOPLES_INSPECTION', 'COMMUNITY_INVESTMENT'] as const;
export const boardKindSchema = z.enum(boardKinds);
export type BoardKind = z.infer<typeof boardKindSchema>;

export const recommendationStatuses = [
  'UNANSWERED',
  'ANSWERED',
  'IMPLEMENTING',
  'IMPLEMENTED',
  'REJECTED',
] as const;
export const recommendationStatusSchema = z.enum(recommendationStatuses);
export type RecommendationStatus = z.infer<typeof recommendationStatusSchema>;
/** Still being followed: not yet implemented nor rejected (the lists' `open` filter). */
export const openRecommendationStatuses = [
  'UNANSWERED',
  'ANSWERED',
  'IMPLEMENTING',
] as const satisfies readonly RecommendationStatus[];

/**
 * planned → in progress → reported → following up → closed. Reporting happens by recording the
 * report (PUT …/report); a supervision closes only once every recommendation has an answer.
 */
export const supervisionTransitions: Record<SupervisionStatus, SupervisionStatus[]> = {
  PLANNED: ['IN_PROGRESS'],
  IN_PROGRESS: ['REPORTED'],
  REPORTED: ['FOLLOWING_UP', 'CLOSED'],
  FOLLOWING_UP: ['CLOSED'],
  CLOSED: [],
};

/** What the addressee may report next: an answer, implementation under way or done, or a refusal with reasons. */
export const recommendationTransitions: Record<RecommendationStatus, RecommendationStatus[]> = {
  UNANSWERED: ['ANSWERED', 'IMPLEMENTING', 'IMPLEMENTED', 'REJECTED'],
  ANSWERED: ['IMPLEMENTING', 'IMPLEMENTED'],
  IMPLEMENTING: ['IMPLEMENTED'],
  IMPLEMENTED: [],
  REJECTED: [],
};

export const recommendationAnswered = (status: RecommendationStatus) => status !== 'UNANSWERED';

/** Overdue: no answer yet after the due day. */
export function recommendationOverdue(
  r: { status: RecommendationStatus; dueOn: IsoDate },
  today: IsoDate,
): boolean {
  return r.status === 'UNANSWERED' && r.dueOn < today;
}

// --- Members (of a team or a standing board) --------------------------------------------------

export const memberSchema = z.object({
  id: idSchema,
  fullName: z.string(),
  role: memberRoleSchema,
  position: z.string().nullable(),
  organisation: organisationRefSchema.nullable(),
});
export type Member = z.infer<typeof memberSchema>;

export const memberInputSchema = z.object({
  fullName: nameSchema(200),
  role: memberRoleSchema.default('MEMBER'),
  position: optionalTextSchema(200),
  organisationId: idSchema.nullable().optional(),
});
export type MemberInput = z.infer<typeof memberInputSchema>;

const membersSchema = z
  .array(memberInputSchema)
  .max(60)
  .refine((members) => members.filter((m) => m.role === 'HEAD').length <= 1, messageOf('oneHead'));

// --- Standing boards -------------------------------------------------------------------------

/** Ban TTND: at most 2 deputies, and only when it has 9 members or more; Ban GSĐTCCĐ: at most 2 deputies (ND 59/2023). */
export const boardWarnings = ['NO_HEAD', 'TOO_MANY_DEPUTIES', 'TERM_ENDED'] as const;
export type BoardWarning = (typeof boardWarnings)[number];

export function boardWarningsOf(
  board: { kind: BoardKind; termEnd: IsoDate | null; members: { role: MemberRole }[] },
  today: IsoDate,
): BoardWarning[] {
  const warnings: BoardWarning[] = [];
  if (!board.members.some((m) => m.role === 'HEAD')) warnings.push('NO_HEAD');
  const deputies = board.members.filter((m) => m.role === 'DEPUTY').length;
  const allowed = board.kind === 'PEOPLES_INSPECTION' && board.members.length < 9 ? 1 : 2;
  if (deputies > allowed) warnings.push('TOO_MANY_DEPUTIES');
  if (board.termEnd !== null && board.termEnd < today) warnings.push('TERM_ENDED');
  return warnings;
}

export const boardRefSchema = z.object({ id: idSchema, name: z.string(), kind: boardKindSchema });

export const boardSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  kind: boardKindSchema,
  name: z.string(),
  /** Ban GSĐTCCĐ: the project it supervises. */
  projectName: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: isoDateSchema.nullable(),
  termStart: isoDateSchema,
  termEnd: isoDateSchema.nullable(),
  note: z.string().nullable(),
  active: z.boolean(),
  head: z.object({ id: idSchema, fullName: z.string() }).nullable(),
  memberCount: z.number().int(),
  warnings: z.array(z.enum(boardWarnings)),
  version: versionSchema,
});
export type Board = z.infer<typeof boardSchema>;

export const boardDetailSchema = boardSchema.extend({
  members: z.array(memberSchema),
  can: z.object({ manage: z.boolean() }),
});
export type BoardDetail = z.infer<typeof boardDetailSchema>;

const boardFields = {
  kind: boardKindSchema,
  name: nameSchema(300),
  projectName: optionalNameSchema(300),
  decisionNumber: optionalTextSchema(50),
  decisionDate: isoDateSchema.nullable().optional(),
  termStart: isoDateSchema,
  termEnd: isoDateSchema.nullable().optional(),
  note: optionalTextSchema(2000),
  members: membersSchema,
};
const termOrdered = (b: { termStart?: string; termEnd?: string | null }) =>
  !b.termStart || !b.termEnd || b.termEnd >= b.termStart;
const termMessage = { path: ['termEnd'], ...messageOf('termEnd') };

export const createBoardBodySchema = z
  .object({ ...boardFields, members: membersSchema.default([]) })
  .refine(termOrdered, termMessage);
export type CreateBoardBody = z.infer<typeof createBoardBodySchema>;
/** `members`, when sent, replaces the whole list. */
export const updateBoardBodySchema = z
  .object({ ...boardFields, active: z.boolean() })
  .omit({ kind: true })
  .partial()
  .refine(termOrdered, termMessage);
export type UpdateBoardBody = z.infer<typeof updateBoardBodySchema>;
export const listBoardsQuerySchema = pageQuerySchema.extend({
  kind: boardKindSchema.optional(),
  q: searchQuerySchema,
});
export type ListBoardsQuery = z.infer<typeof listBoardsQuerySchema>;

// --- Supervisions ----------------------------------------------------------------------------

export const supervisionRefSchema = z.object({
  id: idSchema,
  title: z.string(),
  decisionNumber: z.string().nullable(),
});
export type SupervisionRef = z.infer<typeof supervisionRefSchema>;

export const supervisionSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  title: z.string(),
  kind: supervisionKindSchema,
  status: supervisionStatusSchema,
  decisionNumber: z.string().nullable(),
  decisionDate: isoDateSchema.nullable(),
  decisionSigner: z.string().nullable(),
  lead: organisationRefSchema,
  coOrganisers: z.array(organisationRefSchema),
  supervisedBodies: z.array(z.string()),
  periodFrom: isoDateSchema,
  periodTo: isoDateSchema,
  board: boardRefSchema.nullable(),
  recommendations: z.object({
    total: z.number().int(),
    unanswered: z.number().int(),
    overdue: z.number().int(),
  }),
  version: versionSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});
export type Supervision = z.infer<typeof supervisionSchema>;

export const recommendationEventSchema = z.object({
  id: idSchema,
  status: recommendationStatusSchema,
  text: z.string(),
  on: isoDateSchema,
  documentNumber: z.string().nullable(),
  file: fileRefSchema.nullable(),
  by: z.object({ id: idSchema, fullName: z.string() }),
  createdAt: dateTimeSchema,
});
export type RecommendationEvent = z.infer<typeof recommendationEventSchema>;

export const recommendationSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  supervision: supervisionRefSchema,
  /** 1, 2, 3… within its supervision. */
  ordinal: z.number().int(),
  content: z.string(),
  addressee: addresseeSchema,
  sentOn: isoDateSchema,
  dueOn: isoDateSchema,
  status: recommendationStatusSchema,
  overdue: z.boolean(),
  answeredLate: z.boolean().nullable(),
  /** The first answer; later steps are in `events` of the detail. */
  answer: answerSchema.nullable(),
  /** Reasons given when the addressee refuses it. */
  rejectionReason: z.string().nullable(),
  implementedOn: isoDateSchema.nullable(),
  /** Follow-up supervisions that check it. */
  checkedBy: z.array(supervisionRefSchema),
  can: z.object({ manage: z.boolean(), answer: z.boolean() }),
  version: versionSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const recommendationDetailSchema = recommendationSchema.extend({
  events: z.array(recommendationEventSchema),
});
export type RecommendationDetail = z.infer<typeof recommendationDetailSchema>;

export const supervisionReportSchema = z.object({
  text: z.string(),
  findings: z.string().nullable(),
  reportedOn: isoDateSchema,
  file: fileRefSchema.nullable(),
});
export type SupervisionReport = z.infer<typeof supervisionReportSchema>;

export const supervisionDetailSchema = supervisionSchema.extend({
  content: z.string().nullable(),
  decisionFile: fileRefSchema.nullable(),
  members: z.array(memberSchema),
  report: supervisionReportSchema.nullable(),
  recommendationList: z.array(recommendationSchema),
  /** For a follow-up supervision: the earlier recommendations it checks. */
  checks: z.array(
    z.object({
      id: idSchema,
      ordinal: z.number().int(),
      content: z.string(),
      status: recommendationStatusSchema,
      supervision: supervisionRefSchema,
    }),
  ),
  can: z.object({ manage: z.boolean() }),
});
export type SupervisionDetail = z.infer<typeof supervisionDetailSchema>;

const supervisionFields = {
  title: textSchema(500),
  kind: supervisionKindSchema,
  content: optionalTextSchema(10000),
  decisionNumber: optionalTextSchema(50),
  decisionDate: isoDateSchema.nullable().optional(),
  decisionSigner: optionalNameSchema(200),
  decisionFileId: idSchema.nullable().optional(),
  leadOrganisationId: idSchema,
  coOrganiserIds: z.array(idSchema).max(20),
  supervisedBodies: z.array(textSchema(300)).min(1, messageOf('supervisedBodies')).max(30),
  periodFrom: isoDateSchema,
  periodTo: isoDateSchema,
  /** A regular supervision of a standing board (Ban TTND, Ban GSĐTCCĐ). */
  boardId: idSchema.nullable().optional(),
  members: membersSchema,
  /** Recommendations of earlier supervisions this one follows up. */
  checksRecommendationIds: z.array(idSchema).max(100),
};
const periodOrdered = (s: { periodFrom?: string; periodTo?: string }) =>
  !s.periodFrom || !s.periodTo || s.periodTo >= s.periodFrom;
const periodMessage = { path: ['periodTo'], ...messageOf('supervisionPeriod') };

/** A team is set up by a decision; a standing board's regular activity needs none. */
export const createSupervisionBodySchema = z
  .object({
    ...supervisionFields,
    coOrganiserIds: supervisionFields.coOrganiserIds.default([]),
    members: membersSchema.default([]),
    checksRecommendationIds: supervisionFields.checksRecommendationIds.default([]),
  })
  .refine(periodOrdered, periodMessage)
  .refine((s) => Boolean(s.boardId) || Boolean(s.decisionNumber && s.decisionDate), {
    path: ['decisionNumber'],
    ...messageOf('supervisionDecision'),
  });
export type CreateSupervisionBody = z.infer<typeof createSupervisionBodySchema>;
export const updateSupervisionBodySchema = z
  .object(supervisionFields)
  .partial()
  .refine(periodOrdered, periodMessage);
export type UpdateSupervisionBody = z.infer<typeof updateSupervisionBodySchema>;

export const changeSupervisionStatusBodySchema = z.object({
  status: z.enum(['IN_PROGRESS', 'FOLLOWING_UP', 'CLOSED']),
});
export type ChangeSupervisionStatusBody = z.infer<typeof changeSupervisionStatusBodySchema>;

export const recordReportBodySchema = z.object({
  text: textSchema(50000),
  findings: optionalTextSchema(50000),
  reportedOn: isoDateSchema,
  fileId: idSchema.nullable().optional(),
});
export type RecordReportBody = z.infer<typeof recordReportBodySchema>;

export const listSupervisionsQuerySchema = pageQuerySchema.extend({
  q: searchQuerySchema,
  kind: supervisionKindSchema.optional(),
  status: supervisionStatusSchema.optional(),
  boardId: idSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ListSupervisionsQuery = z.infer<typeof listSupervisionsQuerySchema>;

// --- Recommendations -------------------------------------------------------------------------

const recommendationFields = {
  content: textSchema(5000),
  ...addresseeFields,
  sentOn: isoDateSchema,
  /** Defaults to `sentOn` plus the supervision reply limit of the legal settings. */
  dueOn: isoDateSchema.optional(),
};
const dueAfterSent = (r: { sentOn?: string; dueOn?: string }) =>
  !r.sentOn || !r.dueOn || r.dueOn >= r.sentOn;
const dueMessage = { path: ['dueOn'], ...messageOf('answerDue') };

export const createRecommendationBodySchema = z
  .object(recommendationFields)
  .refine(requireAddressee, addresseeMessage)
  .refine(dueAfterSent, dueMessage);
export type CreateRecommendationBody = z.infer<typeof createRecommendationBodySchema>;
/** Editable by the Front while unanswered. */
export const updateRecommendationBodySchema = z
  .object(recommendationFields)
  .partial()
  .refine(dueAfterSent, dueMessage);
export type UpdateRecommendationBody = z.infer<typeof updateRecommendationBodySchema>;

/** The addressee's answer or a later step; for REJECTED `text` gives the reasons. */
export const respondRecommendationBodySchema = z.object({
  status: z.enum(['ANSWERED', 'IMPLEMENTING', 'IMPLEMENTED', 'REJECTED']),
  text: textSchema(10000),
  on: isoDateSchema,
  documentNumber: optionalTextSchema(50),
  fileId: idSchema.nullable().optional(),
});
export type RespondRecommendationBody = z.infer<typeof respondRecommendationBodySchema>;

export const listRecommendationsQuerySchema = pageQuerySchema.extend({
  q: searchQuerySchema,
  status: recommendationStatusSchema.optional(),
  overdue: booleanQuerySchema.optional(),
  supervisionId: idSchema.optional(),
  addresseeOrganisationId: idSchema.optional(),
  /** Only those addressed to the reader's organisation. */
  mine: booleanQuerySchema.optional(),
  /** true: only those still being followed (openRecommendationStatuses); false: only the closed ones. */
  open: booleanQuerySchema.optional(),
  /** Sent in that year. */
  year: yearQuerySchema,
  /** true: answered in any way (every status but UNANSWERED); false: not answered yet. */
  answered: booleanQuerySchema.optional(),
});
export type ListRecommendationsQuery = z.infer<typeof listRecommendationsQuerySchema>;

export const recommendationSummaryQuerySchema = z.object({ mine: booleanQuerySchema.optional() });
export const recommendationSummarySchema = z.object({
  total: z.number().int(),
  unanswered: z.number().int(),
  overdue: z.number().int(),
  answered: z.number().int(),
  implementing: z.number().int(),
  implemented: z.number().int(),
  rejected: z.number().int(),
  answeredLate: z.number().int(),
});
export type RecommendationSummary = z.infer<typeof recommendationSummarySchema>;
