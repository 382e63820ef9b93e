import { z } from 'zod';

/** The home page's URL: the years the overview and "my work" count (absent: this year). */
export const dashboardSearchSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  mineYear: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
export type DashboardSearch = z.infer<typeof dashboardSearchSchema>;
