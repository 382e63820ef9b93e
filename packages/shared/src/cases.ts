// Letters and cases (đơn thư, vụ việc): the requests and responses of /api/cases.
import { z } from 'zod';
import { caseActions, caseComplexities, caseKinds, caseStatuses } from './case-clocks.ts';
import {
  dateTimeSchema,
  idSchema,
  nameSchema,
  optionalTextSchema,
  pageQuerySchema,
  searchQuerySchema,
  textSchema,
  versionSchema,
} from './common.ts';
import { isoDateSchema, periodQuerySchema } from './dates.ts';
import { legalSettingsSchema } from './legal-rules.ts';
import { organisationRefSchema } from './plans.ts';
import { messageOf } from './validation-messages.ts';

export const caseKindSchema = z.enum(caseKinds);
export const caseStatusSchema = z.enum(caseStatuses);
export const caseComplexitySchema = z.enum(caseComplexities);
export const caseActionSchema = z.enum(caseActions);

export const caseChannels = [
  'DIRECT',
  'RECEPTION',
  'POST',
  'SUGGESTION_BOX',
  'FRONT_FORWARDED',
  'ORGANISATION_FORWARDED',
  'HIGHER_AUTHORITY',
  'ONLINE',
] as const;
export const caseChannelSchema = z.enum(caseChannels);
export type CaseChannel = z.infer<typeof caseChannelSchema>;

export const caseFields = [
  'LAND',
  'ENVIRONMENT',
  'SOCIAL_POLICY',
  'ADMINISTRATION',
  'OTHER',
] as const;
export const caseFieldSchema = z.enum(caseFields);
export type CaseField = z.infer<typeof caseFieldSchema>;

export const caseRelations = ['SECOND_INSTANCE', 'REOPENED'] as const;
export const caseRelationSchema = z.enum(caseRelations);

export const caseAttachmentKinds = ['LETTER', 'EVIDENCE', 'DOCUMENT'] as const;
export const caseAttachmentKindSchema = z.enum(caseAttachmentKinds);

/**
 * Legal reasons to decline: Luật Khiếu nại Art 11 for complaints, Luật Tố cáo Arts 25 and 29 for
 * denunciations, and OTHER with the reason written out.
 */
export const declineReasonCodes = [
  'INTERNAL_ACT',
  'NO_DIRECT_INTEREST',
  'NO_CAPACITY',
  'UNLAWFUL_REPRESENTATIVE',
  'UNSIGNED',
  'TIME_BARRED',
  'ALREADY_DECIDED',
  'BEFORE_COURT',
  'SUSPENSION_NOT_LIFTED',
  'ANONYMOUS',
  'NO_IDENTIFIABLE_VIOLATION',
  'ALREADY_RESOLVED',
  'OTHER',
] as const;
export const declineReasonCodeSchema = z.enum(declineReasonCodes);

export const clockStateSchema = z.enum([
  'met',
  'late',
  'overdue',
  'due-soon',
  'on-track',
  'paused',
  'stopped',
]);
export const clockKeySchema = z.enum(['processing', 'acceptance', 'resolution']);
export const caseTimelinessSchema = z.enum(['overdue', 'due-soon', 'on-track', 'paused', 'none']);

const userRefSchema = z.object({ id: idSchema, fullName: z.string() });
const caseRefSchema = z.object({ id: idSchema, number: z.string() });
const fileSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
});

// --- Petitioners ------------------------------------------------------------------------------

/** A petitioner as the caller may see them: a protected denouncer comes with every field null. */
export const petitionerSchema = z.object({
  id: idSchema,
  fullName: z.string().nullable(),
  address: z.string().nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  representative: z.boolean(),
  masked: z.boolean(),
});
export type Petitioner = z.infer<typeof petitionerSchema>;

/** A citizen's identity card number (CMND 9 digits, CCCD 12) and phone, as people write them. */
export const idNumberSchema = z
  .string()
  .trim()
  .regex(/^(\d{9}|\d{12})$/, messageOf('idNumber'))
  .nullable()
  .optional();
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^[+0-9 .-]{8,20}$/, messageOf('phone'))
  .nullable()
  .optional();

export const petitionerInputSchema = z.object({
  fullName: nameSchema(200),
  address: optionalTextSchema(500),
  idNumber: idNumberSchema,
  phone: phoneSchema,
  representative: z.boolean().optional(),
});
export type PetitionerInput = z.infer<typeof petitionerInputSchema>;

// --- Cases ------------------------------------------------------------------------------------

export const caseClockSchema = z.object({
  key: clockKeySchema,
  days: z.number().int(),
  dayKind: z.enum(['calendar', 'working']),
  basis: z.string(),
  unconfirmed: z.boolean(),
  from: isoDateSchema,
  extensionDays: z.number().int(),
  due: isoDateSchema.nullable(),
  metOn: isoDateSchema.nullable(),
  state: clockStateSchema,
});
export type CaseClockView = z.infer<typeof caseClockSchema>;

/** A row of a case list: enough to triage, never a protected identity. */
export const caseSummarySchema = z.object({
  id: idSchema,
  number: z.string(),
  receivedOn: isoDateSchema,
  channel: caseChannelSchema,
  kind: caseKindSchema.nullable(),
  field: caseFieldSchema,
  summary: z.string(),
  subject: z.string().nullable(),
  status: caseStatusSchema,
  /** First petitioner's name, or a masked label for a protected denouncer or an anonymous letter. */
  petitionerLabel: z.string(),
  peopleCount: z.number().int(),
  identityProtected: z.boolean(),
  sourceOrganisation: organisationRefSchema.nullable(),
  assignedOrganisation: organisationRefSchema.nullable(),
  handler: userRefSchema.nullable(),
  dueOn: isoDateSchema.nullable(),
  dueClock: clockKeySchema.nullable(),
  timeliness: caseTimelinessSchema,
  version: versionSchema,
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseAttachmentSchema = z.object({
  /** Null when the file is protected handwriting the caller may not open. */
  file: fileSchema.nullable(),
  kind: caseAttachmentKindSchema,
  protected: z.boolean(),
});

export const caseEventSchema = z.object({
  id: idSchema,
  action: z.string(),
  fromStatus: caseStatusSchema.nullable(),
  toStatus: caseStatusSchema,
  on: isoDateSchema,
  documentNumber: z.string().nullable(),
  documentDate: isoDateSchema.nullable(),
  note: z.string().nullable(),
  attachment: fileSchema.nullable(),
  actor: userRefSchema,
  at: dateTimeSchema,
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const caseSchema = caseSummarySchema.extend({
  unitId: idSchema,
  sourceReference: z.string().nullable(),
  location: z.string().nullable(),
  anonymous: z.boolean(),
  severalLocations: z.boolean(),
  instance: z.number().int(),
  relatedCase: caseRefSchema.nullable(),
  relation: caseRelationSchema.nullable(),
  duplicateOf: caseRefSchema.nullable(),
  /** Later letters linked to this one as duplicates (not counted again). */
  duplicates: z.array(caseRefSchema),
  complexity: caseComplexitySchema,
  remote: z.boolean(),
  classifiedOn: isoDateSchema.nullable(),
  acceptedOn: isoDateSchema.nullable(),
  decidedOn: isoDateSchema.nullable(),
  decisionNumber: z.string().nullable(),
  outcome: z.string().nullable(),
  publishedOn: isoDateSchema.nullable(),
  closedOn: isoDateSchema.nullable(),
  declineReasonCode: declineReasonCodeSchema.nullable(),
  declineReason: z.string().nullable(),
  forwardedTo: z.string().nullable(),
  forwardLetterNumber: z.string().nullable(),
  forwardLetterDate: isoDateSchema.nullable(),
  extensionDays: z.array(z.number().int()),
  pausedSince: isoDateSchema.nullable(),
  handledOn: isoDateSchema.nullable(),
  handledOnTime: z.boolean().nullable(),
  petitioners: z.array(petitionerSchema),
  clocks: z.array(caseClockSchema),
  attachments: z.array(caseAttachmentSchema),
  events: z.array(caseEventSchema),
  receptionVisits: z.array(z.object({ id: idSchema, sessionId: idSchema, heldOn: isoDateSchema })),
  /** Steps the caller may take now (law and permission): the SPA shows only these. */
  availableActions: z.array(caseActionSchema),
  can: z.object({ edit: z.boolean(), viewIdentity: z.boolean(), attach: z.boolean() }),
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});
export type Case = z.infer<typeof caseSchema>;

/** GET /api/cases/:id/identity: the protected identity, for the handler and the PC head only. */
export const caseIdentitySchema = z.object({
  petitioners: z.array(petitionerSchema),
  attachments: z.array(caseAttachmentSchema),
});
export type CaseIdentity = z.infer<typeof caseIdentitySchema>;

const attachmentRefSchema = z.object({
  attachmentId: idSchema,
  kind: caseAttachmentKindSchema.default('LETTER'),
  /** Handwriting or identity papers of a denouncer: kept with the identity. */
  protected: z.boolean().default(false),
});

export const createCaseBodySchema = z.object({
  receivedOn: isoDateSchema,
  channel: caseChannelSchema,
  sourceOrganisationId: idSchema.nullable().optional(),
  sourceReference: optionalTextSchema(300),
  kind: caseKindSchema.nullable().optional(),
  field: caseFieldSchema,
  summary: textSchema(5000),
  subject: optionalTextSchema(500),
  location: optionalTextSchema(300),
  petitioners: z.array(petitionerInputSchema).max(50).default([]),
  peopleCount: z.number().int().min(1).max(100000).optional(),
  anonymous: z.boolean().default(false),
  severalLocations: z.boolean().default(false),
  relatedCaseId: idSchema.nullable().optional(),
  relation: caseRelationSchema.nullable().optional(),
  attachments: z.array(attachmentRefSchema).max(20).default([]),
  /** Opened from a citizen received at a reception session: the visit is linked to the case. */
  receptionVisitId: idSchema.nullable().optional(),
  /** A suggestion from a suggestion box that is in fact a complaint or denunciation: linked to the case. */
  suggestionId: idSchema.nullable().optional(),
});
export type CreateCaseBody = z.infer<typeof createCaseBodySchema>;

export const updateCaseBodySchema = z
  .object({
    field: caseFieldSchema,
    summary: textSchema(5000),
    subject: optionalTextSchema(500),
    location: optionalTextSchema(300),
    sourceReference: optionalTextSchema(300),
    peopleCount: z.number().int().min(1).max(100000),
    /** Replaces the list; a protected identity only by those who may see it. */
    petitioners: z.array(petitionerInputSchema).max(50),
  })
  .partial();
export type UpdateCaseBody = z.infer<typeof updateCaseBodySchema>;

export const addCaseAttachmentBodySchema = attachmentRefSchema;

// --- Steps ------------------------------------------------------------------------------------

const step = {
  /** The day the step took effect; today when omitted. */
  on: isoDateSchema.optional(),
  attachmentId: idSchema.nullable().optional(),
};
const documentNumberSchema = textSchema(50);

export const caseActionBodySchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('classify'),
    kind: caseKindSchema,
    field: caseFieldSchema.optional(),
    anonymous: z.boolean().optional(),
    severalLocations: z.boolean().optional(),
    note: optionalTextSchema(2000),
  }),
  z.object({
    action: z.literal('accept'),
    ...step,
    documentNumber: optionalTextSchema(50),
    note: optionalTextSchema(2000),
    assignedOrganisationId: idSchema.nullable().optional(),
    handlerId: idSchema.nullable().optional(),
  }),
  z.object({
    action: z.literal('decline'),
    ...step,
    reasonCode: declineReasonCodeSchema,
    reason: textSchema(2000),
    documentNumber: optionalTextSchema(50),
  }),
  z.object({
    action: z.literal('forward'),
    ...step,
    forwardedTo: textSchema(300),
    letterNumber: documentNumberSchema,
    letterDate: isoDateSchema,
    note: optionalTextSchema(2000),
  }),
  z.object({ action: z.literal('guide'), ...step, note: textSchema(2000) }),
  z.object({ action: z.literal('file'), ...step, reason: textSchema(2000) }),
  z.object({
    action: z.literal('mark-duplicate'),
    duplicateOfId: idSchema,
    note: optionalTextSchema(2000),
  }),
  z.object({
    action: z.literal('assign'),
    assignedOrganisationId: idSchema.nullable(),
    handlerId: idSchema.nullable(),
    note: optionalTextSchema(2000),
  }),
  z.object({
    action: z.literal('set-complexity'),
    ...step,
    complexity: caseComplexitySchema,
    remote: z.boolean(),
    documentNumber: optionalTextSchema(50),
    documentDate: isoDateSchema.nullable().optional(),
    note: textSchema(2000),
  }),
  z.object({
    action: z.literal('extend'),
    ...step,
    days: z.number().int().min(1).max(365),
    documentNumber: documentNumberSchema,
    documentDate: isoDateSchema,
    note: optionalTextSchema(2000),
  }),
  z.object({ action: z.literal('pause'), ...step, note: textSchema(2000) }),
  z.object({ action: z.literal('resume'), ...step, note: optionalTextSchema(2000) }),
  z.object({
    action: z.literal('start-verification'),
    ...step,
    documentNumber: optionalTextSchema(50),
    note: optionalTextSchema(2000),
  }),
  z.object({ action: z.literal('hold-dialogue'), ...step, note: textSchema(2000) }),
  z.object({
    action: z.literal('decide'),
    ...step,
    documentNumber: documentNumberSchema,
    outcome: textSchema(5000),
  }),
  z.object({ action: z.literal('publish'), ...step, note: optionalTextSchema(2000) }),
  z.object({ action: z.literal('close'), ...step, note: optionalTextSchema(2000) }),
  z.object({ action: z.literal('withdraw'), ...step, note: textSchema(2000) }),
]);
export type CaseActionBody = z.infer<typeof caseActionBodySchema>;

// --- Lists, statistics, settings ----------------------------------------------------------------

export const caseScopes = ['all', 'mine', 'forwarded', 'assigned'] as const;
/** `received`: every letter counted as received, i.e. all but duplicates (as the figures count). */
export const caseStates = ['received', 'open', 'handled', 'overdue', 'due-soon', 'paused'] as const;

export const listCasesQuerySchema = pageQuerySchema.extend({
  q: searchQuerySchema,
  /** mine: I handle it; forwarded: my organisation forwarded it; assigned: my organisation handles it. */
  scope: z.enum(caseScopes).default('all'),
  state: z.enum(caseStates).optional(),
  status: caseStatusSchema.optional(),
  kind: caseKindSchema.optional(),
  field: caseFieldSchema.optional(),
  channel: caseChannelSchema.optional(),
  /** Forwarded by or assigned to this organisation. */
  organisationId: idSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  sort: z.enum(['received', 'due']).default('received'),
});
export type ListCasesQuery = z.infer<typeof listCasesQuerySchema>;

export const caseExportQuerySchema = listCasesQuerySchema.omit({ limit: true, cursor: true });

export const caseStatisticsQuerySchema = periodQuerySchema;

const countsSchema = z.object({
  received: z.number().int(),
  handled: z.number().int(),
  inProgress: z.number().int(),
  overdue: z.number().int(),
  handledOnTime: z.number().int(),
});
const breakdownSchema = <K extends z.ZodType>(key: K) => z.array(countsSchema.extend({ key }));

/** Letters received in the period, by where they stand now. Duplicates are counted apart. */
export const caseStatisticsSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  totals: countsSchema.extend({
    duplicates: z.number().int(),
    /** handledOnTime / handled, 0–100; null when nothing is handled. */
    onTimeRate: z.number().nullable(),
  }),
  byKind: breakdownSchema(caseKindSchema.nullable()),
  byField: breakdownSchema(caseFieldSchema),
  byChannel: breakdownSchema(caseChannelSchema),
  /** By the organisation that handles it (null: not yet assigned). */
  byOrganisation: breakdownSchema(organisationRefSchema.nullable()),
});
export type CaseStatistics = z.infer<typeof caseStatisticsSchema>;

export const holidaySettingsSchema = z.object({
  tet: z.record(z.string(), z.array(isoDateSchema)).optional(),
  nationalDayExtra: z.record(z.string(), z.enum(['before', 'after'])).optional(),
  cultureDayFrom: z.number().int().nullable().optional(),
  cultureDay: z.record(z.string(), z.boolean()).optional(),
  extraDaysOff: z.array(isoDateSchema).optional(),
  workingWeekends: z.array(isoDateSchema).optional(),
});

/** What the SPA needs to compute the same deadlines as the API while a form is filled in. */
export const clockSettingsSchema = z.object({
  legal: legalSettingsSchema,
  holidays: holidaySettingsSchema,
  today: isoDateSchema,
});
export type ClockSettings = z.infer<typeof clockSettingsSchema>;

export const legalSettingsViewSchema = z.object({
  settings: legalSettingsSchema,
  /** Null while the defaults apply. */
  version: versionSchema.nullable(),
});
export const updateLegalSettingsBodySchema = legalSettingsSchema;

/** Who may be named handler for the chosen organisation: its staff and the People's Committee's. */
export const handlerOptionsQuerySchema = z.object({ organisationId: idSchema.optional() });
export const handlerOptionSchema = z.object({
  id: idSchema,
  fullName: z.string(),
  position: z.string().nullable(),
  organisation: organisationRefSchema,
});
export const handlerOptionsSchema = z.object({ items: z.array(handlerOptionSchema) });
export type HandlerOption = z.infer<typeof handlerOptionSchema>;
