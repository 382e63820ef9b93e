// Reading many cases: lists (which the list exports walk too), statistics, the clock settings of
// the SPA, and the recount of stored deadlines after the calendar or the legal limits change.
import type { CaseStatistics, CaseSummary, ClockSettings, ListCasesQuery } from '@phoihop/shared/cases';
import type { Page } from '@phoihop/shared/common';
import { can } from '@phoihop/shared/policies';
import type { Db } from '../../db/prisma.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { forbidden } from '../../lib/app-error.ts';
import type { RequestContext } from '../../lib/context.ts';
import { organisationRefs, userRefs } from '../../lib/follow-ups.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import type { LegalSettingsService } from '../settings/legal-settings.service.ts';
import type { ClockSource } from './case-clock-source.ts';
import { derivedColumns } from './case-clock-state.ts';
import { whereSql, type CaseFilter, type CaseQuery } from './case-query.ts';
import { statisticsOf } from './case-statistics.ts';
import { toSummary } from './case-view.ts';
import type { CaseRepository } from './cases.repository.ts';

const RECOMPUTE_BATCH = 500;

export function createCaseReports(deps: {
  db: Db;
  cases: CaseRepository;
  query: CaseQuery;
  calendar: CalendarService;
  legal: LegalSettingsService;
  clocks: ClockSource;
}) {
  const { db, cases, query, calendar, legal, clocks } = deps;

  /** Rows in the order of `ids`, masked as every list is. */
  async function summariesOf(ids: string[]) {
    const rows = await cases.summaries(ids);
    const [organisations, users] = await Promise.all([
      organisationRefs(db, rows.flatMap((r) => [r.sourceOrganisationId, r.assignedOrganisationId])),
      userRefs(db, rows.map((r) => r.handlerId)),
    ]);
    const day = clocks.today();
    return rows.map((r) => ({ row: r, summary: toSummary(r, r.firstName, { organisations, users }, day) }));
  }

  return {
    async list(listQuery: ListCasesQuery, ctx: RequestContext): Promise<Page<CaseSummary>> {
      const where = whereSql(listQuery, ctx.actor, clocks.today());
      // The first page carries the total, so a list opened from a figure shows the same count.
      const [{ ids, nextCursor }, total] = await Promise.all([
        query.pageIds(where, listQuery.sort, listQuery.limit, listQuery.cursor),
        listQuery.cursor ? undefined : query.count(where),
      ]);
      return { items: (await summariesOf(ids)).map((s) => s.summary), nextCursor, ...(total === undefined ? {} : { total }) };
    },

    /** How many rows the list shows this reader for the filter (the dashboard's and exports' totals). */
    count: (filter: Partial<CaseFilter>, ctx: RequestContext): Promise<number> => query.count(whereSql(filter, ctx.actor, clocks.today())),

    async statistics(period: { from: string; to: string }, ctx: RequestContext): Promise<CaseStatistics> {
      if (!can(ctx.actor, 'case:statistics', { unitId: ctx.actor.unitId })) throw forbidden();
      const day = clocks.today();
      // Counts carry no identity and no content: the unit's figures are everyone's (they go into
      // the annual report), while the cases themselves stay with those who follow them.
      const unitWide = Prisma.sql`c.unit_id = ${ctx.actor.unitId}::uuid AND c.received_on >= ${period.from}::date AND c.received_on <= ${period.to}::date`;
      const rows = await query.statistics(unitWide, day);
      return statisticsOf(rows, period, await organisationRefs(db, rows.map((r) => r.organisationId)));
    },

    async clockSettings(): Promise<ClockSettings> {
      const [law, holidays] = await Promise.all([legal.current(), calendar.holidaySettings()]);
      return { legal: law, holidays, today: clocks.today() };
    },

    /** After the calendar or the legal limits change: the stored deadlines of open cases. */
    async recomputeDeadlines(): Promise<number> {
      const clock = await clocks.context();
      let after: string | null = null;
      let changed = 0;
      for (;;) {
        const ids = await query.openIds(after, RECOMPUTE_BATCH);
        if (!ids.length) return changed;
        await db.$transaction(async (tx) => {
          const moved = (await cases.findMany(tx, ids))
            .map((r) => ({ r, ...derivedColumns(r, clock) }))
            .filter(({ r, dueOn, dueClock }) => dueOn !== r.dueOn || dueClock !== r.dueClock)
            .map(({ r, dueOn, dueClock }) => ({ id: r.id, version: r.version, dueOn, dueClock }));
          await cases.setDue(tx, moved);
          changed += moved.length;
        });
        after = ids.at(-1)!;
      }
    },
  };
}
