import { receptionKinds } from '@phoihop/shared/reception';
import { z } from 'zod';
import { enumParam, isoDateParam } from '../../lib/search-params';

/** The sessions list's filters and the year of the duty check, as they sit in the URL. */
export const receptionSearchSchema = z.object({
  from: isoDateParam,
  to: isoDateParam,
  kind: enumParam(receptionKinds),
  year: z.number().int().min(2000).max(2100).optional().catch(undefined),
});
export type ReceptionSearch = z.infer<typeof receptionSearchSchema>;
