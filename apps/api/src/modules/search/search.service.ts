import { listCasesQuerySchema } from '@phoihop/shared/cases';
import { listTasksQuerySchema } from '@phoihop/shared/plans';
import {
  SEARCH_GROUP_SIZE,
  type SearchHit,
  type SearchKind,
  type SearchResult,
} from '@phoihop/shared/search';
import {
  listRecommendationsQuerySchema,
  listSupervisionsQuerySchema,
} from '@phoihop/shared/supervision';
import { listPetitionsQuerySchema } from '@phoihop/shared/voter-contact';
import { AppError } from '../../lib/app-error.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { CoreServices } from '../../services.ts';

type Page<T> = { items: T[]; nextCursor: string | null };
type Lists = Pick<CoreServices, 'cases' | 'tasks' | 'supervision' | 'voterContact'>;

/**
 * One search over the lists a ward works from. Each group is read through its own list service,
 * so the same permission filters, accent-insensitive matching and masking apply (a denouncer's
 * name finds a case only for those who may see it, and never shows); a list the reader may not
 * open is left out rather than refused.
 */
export function createSearchService(lists: Lists) {
  const page = { limit: SEARCH_GROUP_SIZE };
  const readers: Record<SearchKind, (q: string, ctx: RequestContext) => Promise<Page<SearchHit>>> =
    {
      cases: async (q, ctx) => {
        const found = await lists.cases.list(listCasesQuerySchema.parse({ ...page, q }), ctx);
        return hits(found, (c) => ({
          id: c.id,
          title: c.summary,
          context: c.number,
          link: `/cases/${c.id}`,
        }));
      },
      tasks: async (q, ctx) => {
        const found = await lists.tasks.list(listTasksQuerySchema.parse({ ...page, q }), ctx);
        return hits(found, (t) => ({
          id: t.id,
          title: t.title,
          context: t.code,
          link: `/plans/${t.planId}?task=${t.id}`,
        }));
      },
      supervisions: async (q, ctx) => {
        const found = await lists.supervision.listSupervisions(
          listSupervisionsQuerySchema.parse({ ...page, q }),
          ctx,
        );
        return hits(found, (s) => ({
          id: s.id,
          title: s.title,
          context: s.decisionNumber,
          link: `/supervision/${s.id}`,
        }));
      },
      recommendations: async (q, ctx) => {
        const found = await lists.supervision.listRecommendations(
          listRecommendationsQuerySchema.parse({ ...page, q }),
          ctx,
        );
        return hits(found, (r) => ({
          id: r.id,
          title: r.content,
          context: r.supervision.title,
          link: `/supervision/${r.supervision.id}`,
        }));
      },
      petitions: async (q, ctx) => {
        const found = await lists.voterContact.listPetitions(
          listPetitionsQuerySchema.parse({ ...page, q }),
          ctx,
        );
        // The voter's name stays in the petition's own page.
        return hits(found, (p) => ({
          id: p.id,
          title: p.content,
          context: p.meeting.location,
          link: `/voter-contact/${p.meeting.id}`,
        }));
      },
    };

  return {
    async search(q: string, ctx: RequestContext): Promise<SearchResult> {
      const kinds = Object.keys(readers) as SearchKind[];
      const answers = await Promise.all(kinds.map((kind) => allowed(readers[kind](q, ctx))));
      return {
        groups: kinds.flatMap((kind, i) => {
          const found = answers[i];
          return found ? [{ kind, items: found.items, more: found.nextCursor !== null }] : [];
        }),
      };
    },
  };
}

function hits<T>(found: Page<T>, toHit: (row: T) => SearchHit): Page<SearchHit> {
  return { items: found.items.map(toHit), nextCursor: found.nextCursor };
}

/** A list the reader may not open is no group at all, as the navigation hides it. */
async function allowed<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && error.code === 'FORBIDDEN') return null;
    throw error;
  }
}

export type SearchService = ReturnType<typeof createSearchService>;
