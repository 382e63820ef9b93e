// A link from a figure (dashboard, report) to the filtered list behind it: the SPA path and the
// search params that list reads from the URL. The API builds them; the SPA renders them.
import { z } from 'zod';
import { rateSchema } from './percent.ts';

export const listLinkSchema = z.object({
  /** An SPA path, e.g. "/cases" or "/plans/<id>". */
  to: z.string(),
  search: z.record(z.string(), z.string()),
});
export type ListLink = z.infer<typeof listLinkSchema>;

/** SPA paths of the lists figures link to (apps/web config/paths.ts uses the same strings). */
export const listPaths = {
  cases: '/cases',
  plan: (planId: string) => `/plans/${planId}`,
  myTasks: '/plans/my-tasks',
  reception: '/reception',
  mediation: '/mediation',
  supervision: '/supervision',
  recommendations: '/supervision/recommendations',
  voterMeetings: '/voter-contact',
  voterPetitions: '/voter-contact/petitions',
  drafts: '/criticism',
  suggestions: '/suggestions',
} as const;

/** A link with only the params that have a value. */
export function listLink(
  to: string,
  search: Record<string, string | number | boolean | null | undefined> = {},
): ListLink {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(search)) {
    if (value !== null && value !== undefined && value !== '') kept[key] = String(value);
  }
  return { to, search: kept };
}

/** A figure with the list it was counted from. */
export const linkedCountSchema = z.object({
  value: z.number().nullable(),
  link: listLinkSchema.nullable(),
});
export type LinkedCount = z.infer<typeof linkedCountSchema>;

/** A rate with its base (percent.ts) and the list of its whole. */
export const linkedRateSchema = rateSchema.extend({ link: listLinkSchema.nullable() });
export type LinkedRate = z.infer<typeof linkedRateSchema>;
