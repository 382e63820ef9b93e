import { z } from 'zod';
import { isoDateParam } from '../../lib/search-params';

/** /reports/annual/$year: the report's date, and a saved version opened to read. */
export const annualReportSearchSchema = z.object({
  asOf: isoDateParam,
  version: z.number().int().positive().optional().catch(undefined),
});
export type AnnualReportSearch = z.infer<typeof annualReportSearchSchema>;
