import { z } from 'zod';
import { dateTimeSchema, idSchema, optionalTextSchema, textSchema } from './common.ts';
import { isoDateSchema } from './dates.ts';
import { organisationRefSchema, reviewPeriodSchema } from './plans.ts';
import { messageOf } from './validation-messages.ts';

export const reviewRatingSchema = z.enum(['GOOD', 'ACHIEVED', 'NOT_ACHIEVED']);
export type ReviewRating = z.infer<typeof reviewRatingSchema>;

export const reviewSchema = z.object({
  id: idSchema,
  planId: idSchema,
  period: reviewPeriodSchema,
  heldOn: isoDateSchema,
  present: z.array(organisationRefSchema),
  conclusions: z.string(),
  assessments: z.array(
    z.object({
      taskId: idSchema,
      taskTitle: z.string(),
      rating: reviewRatingSchema,
      note: z.string().nullable(),
    }),
  ),
  /** Tasks created from the review's follow-up actions. */
  followUpTaskIds: z.array(idSchema),
  recordedBy: z.object({ id: idSchema, fullName: z.string() }).nullable(),
  createdAt: dateTimeSchema,
});
export type Review = z.infer<typeof reviewSchema>;

export const createReviewBodySchema = z.object({
  period: reviewPeriodSchema,
  heldOn: isoDateSchema,
  presentOrganisationIds: z.array(idSchema).min(1, messageOf('reviewPresent')).max(30),
  assessments: z
    .array(
      z.object({ taskId: idSchema, rating: reviewRatingSchema, note: optionalTextSchema(2000) }),
    )
    .max(500)
    .default([]),
  conclusions: textSchema(20000),
  followUps: z
    .array(
      z.object({
        title: textSchema(500),
        leadOrganisationId: idSchema,
        partnerIds: z.array(idSchema).max(30).optional(),
        dueDate: isoDateSchema,
      }),
    )
    .max(50)
    .default([]),
});
export type CreateReviewBody = z.infer<typeof createReviewBodySchema>;
