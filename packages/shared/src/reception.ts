// Citizen reception (tiếp công dân): sessions, the citizens received, the reception book.
import { z } from 'zod';
import { caseFieldSchema, caseKindSchema, idNumberSchema, phoneSchema } from './cases.ts';
import {
  dateTimeSchema,
  idSchema,
  nameSchema,
  optionalNameSchema,
  optionalTextSchema,
  pageQuerySchema,
  textSchema,
  versionSchema,
} from './common.ts';
import { isoDateSchema, periodQuerySchema } from './dates.ts';
import { organisationRefSchema } from './plans.ts';

export const receptionKinds = ['REGULAR', 'LEADERS_MONTHLY', 'AD_HOC'] as const;
export const receptionKindSchema = z.enum(receptionKinds);
export type ReceptionKind = z.infer<typeof receptionKindSchema>;

/** Leaders who receive citizens in person: the Chairman ≥1 day a week, the Party secretary ≥2 a month. */
export const receptionHosts = [
  'PC_CHAIRMAN',
  'PARTY_SECRETARY',
  'COUNCIL_CHAIRMAN',
  'FRONT_CHAIR',
  'OFFICER',
] as const;
export const receptionHostSchema = z.enum(receptionHosts);
export type ReceptionHost = z.infer<typeof receptionHostSchema>;

export const visitHandlings = [
  'ANSWERED',
  'GUIDED',
  'FORWARDED',
  'CASE_OPENED',
  'CASE_JOINED',
] as const;
export const visitHandlingSchema = z.enum(visitHandlings);
export type VisitHandling = z.infer<typeof visitHandlingSchema>;

export const receptionSessionSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  heldOn: isoDateSchema,
  kind: receptionKindSchema,
  location: z.string().nullable(),
  hosts: z.array(receptionHostSchema),
  hostNames: z.string(),
  organisations: z.array(organisationRefSchema),
  note: z.string().nullable(),
  visitCount: z.number().int(),
  can: z.object({ edit: z.boolean() }),
  version: versionSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});
export type ReceptionSession = z.infer<typeof receptionSessionSchema>;

const sessionFields = {
  heldOn: isoDateSchema,
  kind: receptionKindSchema,
  location: optionalTextSchema(300),
  hosts: z.array(receptionHostSchema).max(5).default([]),
  hostNames: nameSchema(500),
  organisationIds: z.array(idSchema).max(20).default([]),
  note: optionalTextSchema(2000),
};
export const createReceptionSessionBodySchema = z.object(sessionFields);
export type CreateReceptionSessionBody = z.infer<typeof createReceptionSessionBodySchema>;
// The lists carry no defaults here: a partial update must leave what it does not send.
export const updateReceptionSessionBodySchema = z
  .object({
    ...sessionFields,
    hosts: z.array(receptionHostSchema).max(5),
    organisationIds: z.array(idSchema).max(20),
  })
  .partial();
export type UpdateReceptionSessionBody = z.infer<typeof updateReceptionSessionBodySchema>;

export const listReceptionSessionsQuerySchema = pageQuerySchema.extend({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  kind: receptionKindSchema.optional(),
});
export type ListReceptionSessionsQuery = z.infer<typeof listReceptionSessionsQuerySchema>;

/**
 * A citizen received. A visit about a denunciation (its own kind, or the kind of the case it is
 * linked to) keeps the citizen's identity out of every response and the book: name, address,
 * identity number, phone and representative are null and `masked` is true. Those with
 * `can.viewIdentity` (the linked case's handler, the People's Committee head) reveal it through
 * GET /api/reception/visits/:id/identity, which is audited.
 */
export const receptionVisitSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  heldOn: isoDateSchema,
  citizenName: z.string().nullable(),
  address: z.string().nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  masked: z.boolean(),
  groupSize: z.number().int(),
  representative: z.string().nullable(),
  content: z.string(),
  kind: caseKindSchema.nullable(),
  field: caseFieldSchema.nullable(),
  documents: z.string().nullable(),
  handling: visitHandlingSchema.nullable(),
  result: z.string().nullable(),
  case: z.object({ id: idSchema, number: z.string() }).nullable(),
  officerName: z.string().nullable(),
  can: z.object({ viewIdentity: z.boolean() }),
  version: versionSchema,
  createdAt: dateTimeSchema,
});
export type ReceptionVisit = z.infer<typeof receptionVisitSchema>;

/** GET /api/reception/visits/:id/identity: a protected visit's citizen, audited. */
export const visitIdentitySchema = z.object({
  citizenName: z.string(),
  address: z.string().nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  representative: z.string().nullable(),
});
export type VisitIdentity = z.infer<typeof visitIdentitySchema>;

const visitFields = {
  citizenName: nameSchema(200),
  address: optionalTextSchema(500),
  idNumber: idNumberSchema,
  phone: phoneSchema,
  groupSize: z.number().int().min(1).max(10000).default(1),
  representative: optionalNameSchema(200),
  content: textSchema(5000),
  kind: caseKindSchema.nullable().optional(),
  field: caseFieldSchema.nullable().optional(),
  documents: optionalTextSchema(1000),
  handling: visitHandlingSchema.nullable().optional(),
  result: optionalTextSchema(2000),
  officerName: optionalNameSchema(200),
};
export const createReceptionVisitBodySchema = z.object(visitFields);
export type CreateReceptionVisitBody = z.infer<typeof createReceptionVisitBodySchema>;
export const updateReceptionVisitBodySchema = z
  .object({ ...visitFields, groupSize: z.number().int().min(1).max(10000) })
  .partial()
  .extend({
    /**
     * Join the visit to an existing case of the unit: handling becomes CASE_JOINED, or stays
     * CASE_OPENED when sent with it (the letter this citizen brought). Null unlinks.
     */
    caseId: idSchema.nullable().optional(),
  });
export type UpdateReceptionVisitBody = z.infer<typeof updateReceptionVisitBodySchema>;

export const receptionBookQuerySchema = periodQuerySchema;

export const receptionComplianceQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
});

/**
 * The duty check for a year: weeks without the Chairman, months with fewer than 2 Party-secretary
 * days. Only weeks and months already over count: ISO weeks (Monday to Sunday, in the year of
 * their Thursday) with at least one working day, and calendar months.
 */
export const receptionComplianceSchema = z.object({
  year: z.number().int(),
  chairmanWeeksMissed: z.array(z.object({ weekStart: isoDateSchema })),
  secretaryMonthsShort: z.array(z.object({ month: z.number().int(), days: z.number().int() })),
  weeksChecked: z.number().int(),
  monthsChecked: z.number().int(),
  sessions: z.number().int(),
  visits: z.number().int(),
});
export type ReceptionCompliance = z.infer<typeof receptionComplianceSchema>;
