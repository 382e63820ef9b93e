// Suggestion boxes for building the Party and the government (hòm thư góp ý xây dựng Đảng, xây
// dựng chính quyền): boxes, openings before witnesses, the suggestions found, forwarded and
// answered; one that is really a complaint or denunciation becomes a case and keeps the link.
import { z } from 'zod';
import {
  booleanQuerySchema,
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
import { isoDateSchema } from './dates.ts';
import {
  addresseeFields,
  addresseeMessage,
  addresseeSchema,
  requireAddressee,
} from './follow-ups.ts';
import { organisationRefSchema } from './plans.ts';

export const suggestionFields = [
  'PARTY_BUILDING',
  'GOVERNMENT',
  'OFFICIALS',
  'PUBLIC_SERVICES',
  'SOCIO_ECONOMIC',
  'OTHER',
] as const;
export const suggestionFieldSchema = z.enum(suggestionFields);
export type SuggestionField = z.infer<typeof suggestionFieldSchema>;

/** RECEIVED → FORWARDED → ANSWERED; or FILED (kept, nothing to answer); or CASE_OPENED (a complaint or denunciation). */
export const suggestionStatuses = [
  'RECEIVED',
  'FORWARDED',
  'ANSWERED',
  'FILED',
  'CASE_OPENED',
] as const;
export const suggestionStatusSchema = z.enum(suggestionStatuses);
export type SuggestionStatus = z.infer<typeof suggestionStatusSchema>;

export const suggestionBoxSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  name: z.string(),
  location: z.string(),
  placedOn: isoDateSchema.nullable(),
  /** The organisation keeping the key. */
  keeper: organisationRefSchema.nullable(),
  active: z.boolean(),
  lastOpenedOn: isoDateSchema.nullable(),
  suggestionCount: z.number().int(),
  version: versionSchema,
});
export type SuggestionBox = z.infer<typeof suggestionBoxSchema>;

const boxFields = {
  name: nameSchema(200),
  location: textSchema(300),
  placedOn: isoDateSchema.nullable().optional(),
  keeperOrganisationId: idSchema.nullable().optional(),
};
export const createSuggestionBoxBodySchema = z.object(boxFields);
export type CreateSuggestionBoxBody = z.infer<typeof createSuggestionBoxBodySchema>;
export const updateSuggestionBoxBodySchema = z
  .object({ ...boxFields, active: z.boolean() })
  .partial();
export type UpdateSuggestionBoxBody = z.infer<typeof updateSuggestionBoxBodySchema>;

export const boxOpeningSchema = z.object({
  id: idSchema,
  box: z.object({ id: idSchema, name: z.string() }),
  openedOn: isoDateSchema,
  /** Who opened the box (names, titles). */
  openedBy: z.string(),
  /** Witnesses present (names, titles). */
  witnesses: z.string(),
  note: z.string().nullable(),
  suggestionCount: z.number().int(),
  version: versionSchema,
});
export type BoxOpening = z.infer<typeof boxOpeningSchema>;

const openingFields = {
  openedOn: isoDateSchema,
  openedBy: nameSchema(500),
  witnesses: nameSchema(1000),
  note: optionalTextSchema(2000),
};
export const createBoxOpeningBodySchema = z.object(openingFields);
export type CreateBoxOpeningBody = z.infer<typeof createBoxOpeningBodySchema>;
export const updateBoxOpeningBodySchema = z.object(openingFields).partial();
export type UpdateBoxOpeningBody = z.infer<typeof updateBoxOpeningBodySchema>;
export const listBoxOpeningsQuerySchema = pageQuerySchema.extend({ boxId: idSchema.optional() });
export type ListBoxOpeningsQuery = z.infer<typeof listBoxOpeningsQuerySchema>;

/** The author as given; null for readers who may not see an anonymous author's details. */
export const suggestionAuthorSchema = z.object({
  name: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
});

export const suggestionSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  box: z.object({ id: idSchema, name: z.string() }),
  opening: z.object({ id: idSchema, openedOn: isoDateSchema }),
  summary: z.string(),
  field: suggestionFieldSchema,
  /** The author did not sign, or asked not to be named: only the Front sees any details left. */
  anonymous: z.boolean(),
  /**
   * The case opened from it is (or became) a denunciation: the author is a denouncer (Luật Tố cáo
   * Art 56), `author` is null for everyone, and those with `can.viewIdentity` reveal it through
   * GET /api/suggestions/:id/author, which is audited.
   */
  identityProtected: z.boolean(),
  author: suggestionAuthorSchema.nullable(),
  status: suggestionStatusSchema,
  forwardedTo: addresseeSchema.nullable(),
  forwardedOn: isoDateSchema.nullable(),
  answer: z.object({ text: z.string(), answeredOn: isoDateSchema }).nullable(),
  /** Why it was filed without forwarding. */
  filedNote: z.string().nullable(),
  case: z.object({ id: idSchema, number: z.string() }).nullable(),
  can: z.object({ manage: z.boolean(), answer: z.boolean(), viewIdentity: z.boolean() }),
  version: versionSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
});
export type Suggestion = z.infer<typeof suggestionSchema>;
export type SuggestionAuthor = z.infer<typeof suggestionAuthorSchema>;

const suggestionFieldsInput = {
  summary: textSchema(5000),
  field: suggestionFieldSchema,
  anonymous: z.boolean(),
  authorName: optionalNameSchema(200),
  authorAddress: optionalTextSchema(500),
  authorPhone: optionalTextSchema(20),
};
export const createSuggestionBodySchema = z.object({
  openingId: idSchema,
  ...suggestionFieldsInput,
  anonymous: z.boolean().default(false),
});
export type CreateSuggestionBody = z.infer<typeof createSuggestionBodySchema>;
export const updateSuggestionBodySchema = z.object(suggestionFieldsInput).partial();
export type UpdateSuggestionBody = z.infer<typeof updateSuggestionBodySchema>;

export const forwardSuggestionBodySchema = z
  .object({ ...addresseeFields, forwardedOn: isoDateSchema })
  .refine(requireAddressee, addresseeMessage);
export type ForwardSuggestionBody = z.infer<typeof forwardSuggestionBodySchema>;
export const answerSuggestionBodySchema = z.object({
  text: textSchema(10000),
  answeredOn: isoDateSchema,
});
export type AnswerSuggestionBody = z.infer<typeof answerSuggestionBodySchema>;
export const fileSuggestionBodySchema = z.object({ note: textSchema(2000) });
export type FileSuggestionBody = z.infer<typeof fileSuggestionBodySchema>;

export const listSuggestionsQuerySchema = pageQuerySchema.extend({
  q: searchQuerySchema,
  status: suggestionStatusSchema.optional(),
  field: suggestionFieldSchema.optional(),
  boxId: idSchema.optional(),
  openingId: idSchema.optional(),
  /** Only those forwarded to the reader's organisation. */
  mine: booleanQuerySchema.optional(),
});
export type ListSuggestionsQuery = z.infer<typeof listSuggestionsQuerySchema>;
