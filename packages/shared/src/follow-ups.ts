// What supervision recommendations, voter petitions and forwarded suggestions share: an
// addressee (a body of the unit, or one named outside it), a due date and a written answer.
import { z } from 'zod';
import { idSchema, optionalNameSchema, optionalTextSchema, textSchema } from './common.ts';
import { isoDateSchema, type IsoDate } from './dates.ts';
import { organisationRefSchema } from './plans.ts';
import { messageOf } from './validation-messages.ts';

/** An attached file as lists and details show it. */
export const fileRefSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
});
export type FileRef = z.infer<typeof fileRefSchema>;

/** Who must answer: an organisation of the unit (its staff answer and are notified) or a named outside body. */
export const addresseeSchema = z.object({
  organisation: organisationRefSchema.nullable(),
  name: z.string(),
});
export type Addressee = z.infer<typeof addresseeSchema>;

/** Request fields naming an addressee: one of the two is required (see `requireAddressee`). */
export const addresseeFields = {
  addresseeOrganisationId: idSchema.nullable().optional(),
  addresseeName: optionalNameSchema(300),
};

export const requireAddressee = (value: {
  addresseeOrganisationId?: string | null;
  addresseeName?: string | null;
}) => Boolean(value.addresseeOrganisationId) || Boolean(value.addresseeName);
export const addresseeMessage = {
  path: ['addresseeOrganisationId'],
  ...messageOf('addressee'),
};

export const answerSchema = z.object({
  text: z.string(),
  answeredOn: isoDateSchema,
  documentNumber: z.string().nullable(),
  file: fileRefSchema.nullable(),
});
export type Answer = z.infer<typeof answerSchema>;

export const answerBodySchema = z.object({
  text: textSchema(10000),
  answeredOn: isoDateSchema,
  documentNumber: optionalTextSchema(50),
  fileId: idSchema.nullable().optional(),
});
export type AnswerBody = z.infer<typeof answerBodySchema>;

/** Overdue: still waiting for an answer after its due day. */
export function answerOverdue(dueOn: IsoDate | null, answered: boolean, today: IsoDate): boolean {
  return !answered && dueOn !== null && dueOn < today;
}

/** Answered after its due day (null while unanswered or without a due day). */
export function answeredLate(dueOn: IsoDate | null, answeredOn: IsoDate | null): boolean | null {
  return dueOn === null || answeredOn === null ? null : answeredOn > dueOn;
}

/** Counts shown on dashboards and in the annual report. */
export const followUpSummarySchema = z.object({
  total: z.number().int(),
  awaiting: z.number().int(),
  overdue: z.number().int(),
  answered: z.number().int(),
  answeredLate: z.number().int(),
});
export type FollowUpSummary = z.infer<typeof followUpSummarySchema>;
