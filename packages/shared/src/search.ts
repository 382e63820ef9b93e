import { z } from 'zod';
import { idSchema, safeStringSchema } from './common.ts';

/** What the header's search box looks in; each with the access rules of its own list. */
export const searchKinds = [
  'cases',
  'tasks',
  'supervisions',
  'recommendations',
  'petitions',
] as const;
export const searchKindSchema = z.enum(searchKinds);
export type SearchKind = z.infer<typeof searchKindSchema>;

export const SEARCH_GROUP_SIZE = 5;

export const globalSearchQuerySchema = z.object({
  q: safeStringSchema().trim().min(2).max(100),
});

export const searchHitSchema = z.object({
  id: idSchema,
  title: z.string(),
  /** The number, plan or supervision the hit belongs to: what tells two hits apart. */
  context: z.string().nullable(),
  /** The in-app path that opens it. */
  link: z.string(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/** Only the groups the reader may list; a group's `more` says its list has further hits. */
export const searchResultSchema = z.object({
  groups: z.array(
    z.object({ kind: searchKindSchema, items: z.array(searchHitSchema), more: z.boolean() }),
  ),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
