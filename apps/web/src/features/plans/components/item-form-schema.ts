import { createItemBodySchema } from '@phoihop/shared/plans';
import { z } from 'zod';

// One schema for drafts and amendments; the reason is required only for an amendment.
export const itemFormSchema = (amend: boolean, reasonRequired: string) =>
  createItemBodySchema
    .extend({ reason: z.string().max(2000) })
    .refine((values) => !amend || values.reason.trim() !== '', {
      path: ['reason'],
      message: reasonRequired,
    });
export type ItemFormValues = z.input<ReturnType<typeof itemFormSchema>>;
export type ItemFormOutput = z.output<ReturnType<typeof itemFormSchema>>;
