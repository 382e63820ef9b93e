import { z } from 'zod';
import {
  dateTimeSchema,
  idSchema,
  optionalMultilineTextSchema,
  optionalTextSchema,
  pageQuerySchema,
  searchQuerySchema,
  textSchema,
  versionSchema,
} from './common.ts';
import { isoDateSchema } from './dates.ts';
import { messageOf } from './validation-messages.ts';

export const planStatuses = ['DRAFT', 'APPROVED', 'IN_PROGRESS', 'CLOSED'] as const;
export const planStatusSchema = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof planStatusSchema>;

export const taskStatuses = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export const taskStatusSchema = z.enum(taskStatuses);

export const recurrences = ['NONE', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY'] as const;
export const recurrenceSchema = z.enum(recurrences);

export const reviewPeriods = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'YEAR_END'] as const;
export const reviewPeriodSchema = z.enum(reviewPeriods);
export type ReviewPeriod = z.infer<typeof reviewPeriodSchema>;

export const timelinessSchema = z.enum(['overdue', 'due-soon', 'on-track', 'none']);

export const organisationRefSchema = z.object({
  id: idSchema,
  name: z.string(),
  shortName: z.string().nullable(),
});
export type OrganisationRef = z.infer<typeof organisationRefSchema>;

const percentSchema = z.number().min(0).max(100);
const amountSchema = z.number().min(0).max(1e12);

// --- Regulations ------------------------------------------------------------------------------

export const regulationSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  number: z.string(),
  title: z.string(),
  signedOn: isoDateSchema,
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
  note: z.string().nullable(),
  parties: z.array(organisationRefSchema),
  attachment: z
    .object({ id: idSchema, fileName: z.string(), mimeType: z.string(), size: z.number().int() })
    .nullable(),
  version: versionSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});
export type Regulation = z.infer<typeof regulationSchema>;

const regulationFields = {
  number: textSchema(50),
  title: textSchema(300),
  signedOn: isoDateSchema,
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable().optional(),
  note: optionalTextSchema(2000),
  partyIds: z.array(idSchema).min(2, messageOf('regulationParties')).max(30),
  attachmentId: idSchema.nullable().optional(),
};
export const createRegulationBodySchema = z.object(regulationFields);
export type CreateRegulationBody = z.infer<typeof createRegulationBodySchema>;
export const updateRegulationBodySchema = z.object(regulationFields).partial();
export type UpdateRegulationBody = z.infer<typeof updateRegulationBodySchema>;

// --- Plans ------------------------------------------------------------------------------------

export const assessmentSchema = z.object({
  strengths: z.string().nullable(),
  limitations: z.string().nullable(),
  causes: z.string().nullable(),
  solutions: z.string().nullable(),
});

export const planSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  regulationId: idSchema.nullable(),
  regulationNumber: z.string().nullable(),
  year: z.number().int(),
  title: z.string(),
  status: planStatusSchema,
  reviewPeriods: z.array(reviewPeriodSchema),
  approvedAt: dateTimeSchema.nullable(),
  approvedBy: z.object({ id: idSchema, fullName: z.string() }).nullable(),
  closedAt: dateTimeSchema.nullable(),
  sourcePlanId: idSchema.nullable(),
  /** Weighted progress of the whole plan, 0–100; null while nothing counts. */
  progress: z.number().nullable(),
  counts: z.object({ tasks: z.number().int(), done: z.number().int(), overdue: z.number().int() }),
  /** Review periods that have ended without a review being recorded. */
  reviewsDue: z.array(reviewPeriodSchema),
  assessment: assessmentSchema,
  version: versionSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});
export type Plan = z.infer<typeof planSchema>;

export const listPlansQuerySchema = pageQuerySchema.extend({
  unitId: idSchema.optional(),
  status: planStatusSchema.optional(),
});

const yearSchema = z.number().int().min(2000).max(2100);

export const createPlanBodySchema = z.object({
  year: yearSchema,
  title: textSchema(300),
  regulationId: idSchema.nullable().optional(),
  reviewPeriods: z.array(reviewPeriodSchema).max(6).default(['Q1', 'Q2', 'Q3', 'YEAR_END']),
});
export type CreatePlanBody = z.infer<typeof createPlanBodySchema>;

export const updatePlanBodySchema = z
  .object({
    title: textSchema(300),
    regulationId: idSchema.nullable(),
    reviewPeriods: z.array(reviewPeriodSchema).max(6),
  })
  .partial();
export type UpdatePlanBody = z.infer<typeof updatePlanBodySchema>;

export const updateAssessmentBodySchema = z
  .object({
    strengths: optionalMultilineTextSchema(20000),
    limitations: optionalMultilineTextSchema(20000),
    causes: optionalMultilineTextSchema(20000),
    solutions: optionalMultilineTextSchema(20000),
  })
  .partial();
export type UpdateAssessmentBody = z.infer<typeof updateAssessmentBodySchema>;

export const planTransitionSchema = z.enum(['approve', 'start', 'close', 'reopen']);
export type PlanTransition = z.infer<typeof planTransitionSchema>;

export const copyPlanBodySchema = z.object({ year: yearSchema, title: textSchema(300).optional() });

// --- Areas and tasks --------------------------------------------------------------------------

export const planItemSchema = z.object({
  id: idSchema,
  planId: idSchema,
  parentId: idSchema.nullable(),
  kind: z.enum(['AREA', 'TASK']),
  /** Outline number such as "2.1.3", from the position in the tree. */
  code: z.string(),
  depth: z.number().int(),
  position: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  lead: organisationRefSchema.nullable(),
  partners: z.array(organisationRefSchema),
  startDate: isoDateSchema.nullable(),
  dueDate: isoDateSchema.nullable(),
  recurrence: recurrenceSchema,
  expectedOutput: z.string().nullable(),
  targetValue: z.number().nullable(),
  targetUnit: z.string().nullable(),
  achievedValue: z.number().nullable(),
  reportedPercent: z.number().nullable(),
  weight: z.number().int(),
  status: taskStatusSchema,
  completedOn: isoDateSchema.nullable(),
  lastReportedOn: isoDateSchema.nullable(),
  nextDueOn: isoDateSchema.nullable(),
  timeliness: timelinessSchema,
  progress: z.number().nullable(),
  /** What the caller may do here: the SPA hides the other controls. */
  can: z.object({ edit: z.boolean(), updateStatus: z.boolean(), postProgress: z.boolean() }),
  version: versionSchema,
});
export type PlanItem = z.infer<typeof planItemSchema>;

export const planTreeSchema = z.object({ plan: planSchema, items: z.array(planItemSchema) });
export type PlanTree = z.infer<typeof planTreeSchema>;

const itemFields = {
  kind: z.enum(['AREA', 'TASK']),
  parentId: idSchema.nullable().optional(),
  title: textSchema(500),
  description: optionalTextSchema(5000),
  leadOrganisationId: idSchema.nullable().optional(),
  partnerIds: z.array(idSchema).max(30).optional(),
  startDate: isoDateSchema.nullable().optional(),
  dueDate: isoDateSchema.nullable().optional(),
  recurrence: recurrenceSchema.optional(),
  expectedOutput: optionalTextSchema(1000),
  targetValue: amountSchema.nullable().optional(),
  targetUnit: optionalTextSchema(50),
  weight: z.number().int().min(0).max(100).optional(),
};

export const createItemBodySchema = z.object(itemFields);
export type CreateItemBody = z.infer<typeof createItemBodySchema>;

export const updateItemBodySchema = z
  .object(itemFields)
  .omit({ kind: true })
  .partial()
  .extend({
    position: z.number().int().min(0).optional(),
  });
export type UpdateItemBody = z.infer<typeof updateItemBodySchema>;

/** After approval the task list changes only through amendments. */
export const amendmentBodySchema = z.discriminatedUnion('operation', [
  z.object({ operation: z.literal('ADD'), reason: textSchema(2000), item: createItemBodySchema }),
  z.object({
    operation: z.literal('CHANGE'),
    reason: textSchema(2000),
    itemId: idSchema,
    version: versionSchema,
    changes: updateItemBodySchema,
  }),
  z.object({
    operation: z.literal('CANCEL'),
    reason: textSchema(2000),
    itemId: idSchema,
    version: versionSchema,
  }),
]);
export type AmendmentBody = z.infer<typeof amendmentBodySchema>;

export const amendmentSchema = z.object({
  id: idSchema,
  planId: idSchema,
  itemId: idSchema.nullable(),
  kind: z.string(),
  reason: z.string(),
  changes: z.unknown(),
  decidedBy: z.object({ id: idSchema, fullName: z.string() }).nullable(),
  createdAt: dateTimeSchema,
});
export type Amendment = z.infer<typeof amendmentSchema>;

/** The lead organisation moves its task through its statuses. */
export const updateStatusBodySchema = z.object({ status: taskStatusSchema });

// --- Progress ---------------------------------------------------------------------------------

export const createProgressBodySchema = z.object({
  reportedOn: isoDateSchema,
  text: textSchema(5000),
  achievedValue: amountSchema.nullable().optional(),
  reportedPercent: percentSchema.nullable().optional(),
  status: taskStatusSchema.optional(),
  attachmentIds: z.array(idSchema).max(10).optional(),
});
export type CreateProgressBody = z.infer<typeof createProgressBodySchema>;

export const attachmentSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  createdAt: dateTimeSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const timelineEntrySchema = z.object({
  id: z.string(),
  type: z.enum(['progress', 'status', 'amendment', 'created']),
  at: dateTimeSchema,
  date: isoDateSchema.nullable(),
  actor: z.object({ id: idSchema, fullName: z.string() }).nullable(),
  organisation: organisationRefSchema.nullable(),
  text: z.string().nullable(),
  achievedValue: z.number().nullable(),
  reportedPercent: z.number().nullable(),
  /** A partner organisation's report: its contribution, not the task's progress. */
  contribution: z.boolean(),
  status: taskStatusSchema.nullable(),
  changes: z.unknown(),
  attachments: z.array(attachmentSchema),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

// --- Task lists -------------------------------------------------------------------------------

export const taskRowSchema = planItemSchema.extend({
  planYear: z.number().int(),
  areaTitle: z.string().nullable(),
});
export type TaskRow = z.infer<typeof taskRowSchema>;

export const taskSortSchema = z.enum(['nextDueOn', 'title']);

export const listTasksQuerySchema = pageQuerySchema.extend({
  planId: idSchema.optional(),
  areaId: idSchema.optional(),
  organisationId: idSchema.optional(),
  /** With organisationId: as lead, as partner, or either. */
  involvement: z.enum(['lead', 'partner', 'any']).default('any'),
  status: taskStatusSchema.optional(),
  timeliness: z.enum(['overdue', 'due-soon']).optional(),
  dueFrom: isoDateSchema.optional(),
  dueTo: isoDateSchema.optional(),
  q: searchQuerySchema,
  sort: taskSortSchema.default('nextDueOn'),
});
export type ListTasksQuery = z.infer<typeof listTasksQuerySchema>;

export const scorecardRowSchema = z.object({
  organisation: organisationRefSchema,
  led: z.number().int(),
  partnered: z.number().int(),
  done: z.number().int(),
  doneOnTime: z.number().int(),
  overdue: z.number().int(),
  /** Weighted progress of the tasks it leads; null when it leads none. */
  progress: z.number().nullable(),
  /** Its reports as a partner (contributions, not the tasks' progress), and on how many tasks. */
  contributions: z.number().int(),
  contributedTasks: z.number().int(),
});
export type ScorecardRow = z.infer<typeof scorecardRowSchema>;
