// Social criticism (phản biện xã hội, Luật MTTQ Art 33–34, NQLT 403/2017): drafts submitted for
// comment, comments from organisations and named persons, the Front's consolidated opinion and
// the drafting body's response to each point.
import { z } from 'zod';
import {
  booleanQuerySchema,
  dateTimeSchema,
  idSchema,
  optionalNameSchema,
  optionalTextSchema,
  pageQuerySchema,
  searchQuerySchema,
  textSchema,
  versionSchema,
} from './common.ts';
import { isoDateSchema, type IsoDate } from './dates.ts';
import { fileRefSchema } from './follow-ups.ts';
import { organisationRefSchema } from './plans.ts';
import { messageOf } from './validation-messages.ts';

/** OPEN until the comment deadline (inclusive), then CLOSED until the Front consolidates. */
export const draftPhases = ['OPEN', 'CLOSED', 'CONSOLIDATED'] as const;
export const draftPhaseSchema = z.enum(draftPhases);
export type DraftPhase = z.infer<typeof draftPhaseSchema>;

export function draftPhase(
  d: { commentDeadline: IsoDate; consolidated: boolean },
  today: IsoDate,
): DraftPhase {
  if (d.consolidated) return 'CONSOLIDATED';
  return today <= d.commentDeadline ? 'OPEN' : 'CLOSED';
}

export const commentResponses = ['PENDING', 'ACCEPTED', 'EXPLAINED'] as const;
export const commentResponseSchema = z.enum(commentResponses);
export type CommentResponse = z.infer<typeof commentResponseSchema>;

const userRefSchema = z.object({ id: idSchema, fullName: z.string() });

export const draftSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  title: z.string(),
  /** The drafting organisation of the unit, whose staff respond to the comments. */
  draftingOrganisation: organisationRefSchema.nullable(),
  draftingBody: z.string(),
  summary: z.string().nullable(),
  file: fileRefSchema.nullable(),
  submittedOn: isoDateSchema,
  commentDeadline: isoDateSchema,
  phase: draftPhaseSchema,
  commentCount: z.number().int(),
  /** Comments the drafting body has not responded to yet. */
  pendingResponses: z.number().int(),
  version: versionSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});
export type Draft = z.infer<typeof draftSchema>;

export const draftCommentSchema = z.object({
  id: idSchema,
  draftId: idSchema,
  organisation: organisationRefSchema.nullable(),
  /** A named person commenting in their own name (or for their organisation). */
  personName: z.string().nullable(),
  /** The part of the draft commented on (article, section, page). */
  point: z.string().nullable(),
  content: z.string(),
  createdBy: userRefSchema,
  createdAt: dateTimeSchema,
  response: commentResponseSchema,
  responseText: z.string().nullable(),
  respondedOn: isoDateSchema.nullable(),
  respondedBy: userRefSchema.nullable(),
  can: z.object({ edit: z.boolean(), respond: z.boolean() }),
  version: versionSchema,
});
export type DraftComment = z.infer<typeof draftCommentSchema>;

export const consolidatedOpinionSchema = z.object({
  text: z.string(),
  on: isoDateSchema,
  file: fileRefSchema.nullable(),
  by: userRefSchema,
});

export const draftDetailSchema = draftSchema.extend({
  comments: z.array(draftCommentSchema),
  consolidated: consolidatedOpinionSchema.nullable(),
  can: z.object({ manage: z.boolean(), comment: z.boolean(), respond: z.boolean() }),
});
export type DraftDetail = z.infer<typeof draftDetailSchema>;

const draftFields = {
  title: textSchema(500),
  draftingOrganisationId: idSchema.nullable().optional(),
  /** Required when the drafting body is not an organisation of the unit. */
  draftingBody: optionalTextSchema(300),
  summary: optionalTextSchema(5000),
  fileId: idSchema.nullable().optional(),
  submittedOn: isoDateSchema,
  commentDeadline: isoDateSchema,
};
const deadlineOrdered = (d: { submittedOn?: string; commentDeadline?: string }) =>
  !d.submittedOn || !d.commentDeadline || d.commentDeadline >= d.submittedOn;
const deadlineMessage = { path: ['commentDeadline'], ...messageOf('commentDeadline') };

export const createDraftBodySchema = z
  .object(draftFields)
  .refine((d) => Boolean(d.draftingOrganisationId) || Boolean(d.draftingBody), {
    path: ['draftingOrganisationId'],
    ...messageOf('draftingBody'),
  })
  .refine(deadlineOrdered, deadlineMessage);
export type CreateDraftBody = z.infer<typeof createDraftBodySchema>;
export const updateDraftBodySchema = z
  .object(draftFields)
  .partial()
  .refine(deadlineOrdered, deadlineMessage);
export type UpdateDraftBody = z.infer<typeof updateDraftBodySchema>;

/**
 * Staff comment for their own organisation until the deadline; the Front also records comments
 * of other organisations and named persons (received on paper or at a conference).
 */
export const createCommentBodySchema = z
  .object({
    organisationId: idSchema.nullable().optional(),
    personName: optionalNameSchema(200),
    point: optionalTextSchema(300),
    content: textSchema(10000),
  })
  .refine((c) => Boolean(c.organisationId) || Boolean(c.personName), {
    path: ['organisationId'],
    ...messageOf('commenter'),
  });
export type CreateCommentBody = z.infer<typeof createCommentBodySchema>;
export const updateCommentBodySchema = z
  .object({ point: optionalTextSchema(300), content: textSchema(10000) })
  .partial();
export type UpdateCommentBody = z.infer<typeof updateCommentBodySchema>;

/** The drafting body's response to one point: taken in, or explained why not. */
export const respondCommentBodySchema = z
  .object({
    response: z.enum(['ACCEPTED', 'EXPLAINED']),
    text: optionalTextSchema(10000),
    respondedOn: isoDateSchema,
  })
  .refine((r) => r.response === 'ACCEPTED' || Boolean(r.text), {
    path: ['text'],
    ...messageOf('explanation'),
  });
export type RespondCommentBody = z.infer<typeof respondCommentBodySchema>;

export const consolidateBodySchema = z.object({
  text: textSchema(50000),
  on: isoDateSchema,
  fileId: idSchema.nullable().optional(),
});
export type ConsolidateBody = z.infer<typeof consolidateBodySchema>;

export const listDraftsQuerySchema = pageQuerySchema.extend({
  q: searchQuerySchema,
  /** Open for comment today. */
  open: booleanQuerySchema.optional(),
  draftingOrganisationId: idSchema.optional(),
});
export type ListDraftsQuery = z.infer<typeof listDraftsQuerySchema>;
