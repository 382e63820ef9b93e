// Grassroots mediation (hòa giải ở cơ sở, Luật 35/2013/QH13): teams, mediators, cases.
import { z } from 'zod';
import { caseFieldSchema } from './cases.ts';
import {
  booleanQuerySchema,
  dateTimeSchema,
  idSchema,
  nameSchema,
  optionalTextSchema,
  pageQuerySchema,
  searchQuerySchema,
  textSchema,
  versionSchema,
} from './common.ts';
import { percentOf } from './percent.ts';
import { isoDateSchema, periodQuerySchema } from './dates.ts';
import { organisationRefSchema } from './plans.ts';
import { messageOf } from './validation-messages.ts';

export const genders = ['FEMALE', 'MALE'] as const;
export const genderSchema = z.enum(genders);
export const mediatorRoles = ['LEADER', 'MEMBER'] as const;
export const mediatorRoleSchema = z.enum(mediatorRoles);
export const mediationOutcomes = ['IN_PROGRESS', 'SUCCESSFUL', 'UNSUCCESSFUL'] as const;
export const mediationOutcomeSchema = z.enum(mediationOutcomes);
export type MediationOutcome = z.infer<typeof mediationOutcomeSchema>;

/** Art 12: a leader and at least 3 mediators, at least one a woman. */
export const MIN_MEDIATORS = 3;
export const teamWarnings = ['FEW_MEDIATORS', 'NO_WOMAN', 'NO_LEADER'] as const;
export type TeamWarning = (typeof teamWarnings)[number];

export function teamWarningsOf(
  mediators: { gender: 'FEMALE' | 'MALE'; role: 'LEADER' | 'MEMBER'; active: boolean }[],
): TeamWarning[] {
  const active = mediators.filter((m) => m.active);
  const warnings: TeamWarning[] = [];
  if (active.length < MIN_MEDIATORS) warnings.push('FEW_MEDIATORS');
  if (!active.some((m) => m.gender === 'FEMALE')) warnings.push('NO_WOMAN');
  if (!active.some((m) => m.role === 'LEADER')) warnings.push('NO_LEADER');
  return warnings;
}

/** Successful / (successful + unsuccessful), 0–100; null while nothing has concluded. */
export const successRate = (successful: number, unsuccessful: number): number | null =>
  percentOf(successful, successful + unsuccessful);

export const mediatorSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  fullName: z.string(),
  gender: genderSchema,
  birthYear: z.number().int().nullable(),
  role: mediatorRoleSchema,
  organisation: organisationRefSchema.nullable(),
  ethnicMinority: z.boolean(),
  phone: z.string().nullable(),
  active: z.boolean(),
  version: versionSchema,
});
export type Mediator = z.infer<typeof mediatorSchema>;

const mediatorFields = {
  fullName: nameSchema(200),
  gender: genderSchema,
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  role: mediatorRoleSchema.default('MEMBER'),
  organisationId: idSchema.nullable().optional(),
  ethnicMinority: z.boolean().default(false),
  phone: optionalTextSchema(20),
};
export const createMediatorBodySchema = z.object(mediatorFields);
export type CreateMediatorBody = z.infer<typeof createMediatorBodySchema>;
export const updateMediatorBodySchema = z
  .object({
    ...mediatorFields,
    role: mediatorRoleSchema,
    ethnicMinority: z.boolean(),
    active: z.boolean(),
  })
  .partial();
export type UpdateMediatorBody = z.infer<typeof updateMediatorBodySchema>;

export const mediationTeamSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  name: z.string(),
  area: z.string(),
  decisionNumber: z.string().nullable(),
  establishedOn: isoDateSchema.nullable(),
  note: z.string().nullable(),
  active: z.boolean(),
  leader: z.object({ id: idSchema, fullName: z.string() }).nullable(),
  mediatorCount: z.number().int(),
  womenCount: z.number().int(),
  warnings: z.array(z.enum(teamWarnings)),
  version: versionSchema,
});
export type MediationTeam = z.infer<typeof mediationTeamSchema>;

export const mediationTeamDetailSchema = mediationTeamSchema.extend({
  mediators: z.array(mediatorSchema),
});
export type MediationTeamDetail = z.infer<typeof mediationTeamDetailSchema>;

const teamFields = {
  name: nameSchema(200),
  area: textSchema(200),
  decisionNumber: optionalTextSchema(50),
  establishedOn: isoDateSchema.nullable().optional(),
  note: optionalTextSchema(2000),
};
export const createMediationTeamBodySchema = z.object(teamFields);
export type CreateMediationTeamBody = z.infer<typeof createMediationTeamBodySchema>;
export const updateMediationTeamBodySchema = z
  .object({ ...teamFields, active: z.boolean() })
  .partial();
export type UpdateMediationTeamBody = z.infer<typeof updateMediationTeamBodySchema>;
export const listMediationTeamsQuerySchema = pageQuerySchema.extend({
  q: searchQuerySchema,
  /** true: only the active teams (those the figures count). */
  active: booleanQuerySchema.optional(),
});
export type ListMediationTeamsQuery = z.infer<typeof listMediationTeamsQuerySchema>;

export const mediationPartySchema = z.object({
  name: textSchema(200),
  address: optionalTextSchema(500),
});

const partyViewSchema = z.object({ name: z.string(), address: z.string().nullable().optional() });

export const mediationCaseSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  team: z.object({ id: idSchema, name: z.string() }),
  title: z.string(),
  /**
   * When the linked letter is (or became) a denunciation, a party may be its denouncer (Luật Tố
   * cáo Art 56): `identityProtected`, every name reads "Người tố cáo (được bảo mật)" and no address,
   * and those with `can.viewIdentity` reveal them through GET /mediation/cases/:id/parties (audited).
   */
  parties: z.array(partyViewSchema),
  identityProtected: z.boolean(),
  field: caseFieldSchema,
  receivedOn: isoDateSchema,
  mediatedOn: isoDateSchema.nullable(),
  outcome: mediationOutcomeSchema,
  agreement: z.string().nullable(),
  referral: z.string().nullable(),
  followUp: z.string().nullable(),
  case: z.object({ id: idSchema, number: z.string() }).nullable(),
  mediators: z.array(z.object({ id: idSchema, fullName: z.string() })),
  can: z.object({ viewIdentity: z.boolean() }),
  version: versionSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});
export type MediationCase = z.infer<typeof mediationCaseSchema>;

/** GET /api/mediation/cases/:id/parties: the parties of a protected case, audited. */
export const mediationPartiesSchema = z.object({ parties: z.array(partyViewSchema) });
export type MediationParties = z.infer<typeof mediationPartiesSchema>;

const mediationCaseFields = {
  teamId: idSchema,
  title: textSchema(500),
  parties: z.array(mediationPartySchema).min(2, messageOf('twoParties')).max(20),
  field: caseFieldSchema,
  receivedOn: isoDateSchema,
  mediatedOn: isoDateSchema.nullable().optional(),
  outcome: mediationOutcomeSchema.default('IN_PROGRESS'),
  agreement: optionalTextSchema(5000),
  referral: optionalTextSchema(1000),
  followUp: optionalTextSchema(2000),
  caseId: idSchema.nullable().optional(),
  mediatorIds: z.array(idSchema).max(20).default([]),
};
export const createMediationCaseBodySchema = z.object(mediationCaseFields);
export type CreateMediationCaseBody = z.infer<typeof createMediationCaseBodySchema>;
export const updateMediationCaseBodySchema = z
  .object({
    ...mediationCaseFields,
    outcome: mediationOutcomeSchema,
    mediatorIds: z.array(idSchema).max(20),
  })
  .partial();
export type UpdateMediationCaseBody = z.infer<typeof updateMediationCaseBodySchema>;

export const listMediationCasesQuerySchema = pageQuerySchema.extend({
  q: searchQuerySchema,
  teamId: idSchema.optional(),
  outcome: mediationOutcomeSchema.optional(),
  field: caseFieldSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  /** true: concluded, successful or not (the success rate's base); false: still in mediation. */
  concluded: booleanQuerySchema.optional(),
});
export type ListMediationCasesQuery = z.infer<typeof listMediationCasesQuerySchema>;

export const mediationStatisticsQuerySchema = periodQuerySchema;
export const mediationStatisticsSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  teams: z.number().int(),
  mediators: z.number().int(),
  women: z.number().int(),
  cases: z.number().int(),
  successful: z.number().int(),
  unsuccessful: z.number().int(),
  inProgress: z.number().int(),
  successRate: z.number().nullable(),
  byField: z.array(
    z.object({ key: caseFieldSchema, cases: z.number().int(), successful: z.number().int() }),
  ),
  byTeam: z.array(
    z.object({
      team: z.object({ id: idSchema, name: z.string() }),
      cases: z.number().int(),
      successful: z.number().int(),
    }),
  ),
});
export type MediationStatistics = z.infer<typeof mediationStatisticsSchema>;
