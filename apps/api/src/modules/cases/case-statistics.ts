// Statistics of the letters received in a period, summed from counts grouped in SQL.
import type { CaseStatistics } from '@phoihop/shared/cases';
import { percentOf } from '@phoihop/shared/percent';
import type { OrganisationRef } from '@phoihop/shared/plans';
import type { StatisticsRow } from './case-query.ts';

type Counts = Pick<StatisticsRow, 'received' | 'handled' | 'inProgress' | 'overdue' | 'handledOnTime'>;
const zero = (): Counts => ({ received: 0, handled: 0, inProgress: 0, overdue: 0, handledOnTime: 0 });

function add(into: Counts, row: Counts) {
  into.received += row.received;
  into.handled += row.handled;
  into.inProgress += row.inProgress;
  into.overdue += row.overdue;
  into.handledOnTime += row.handledOnTime;
}

/** Groups with something to count, largest first. */
function breakdown<K>(rows: StatisticsRow[], keyOf: (row: StatisticsRow) => string | null, toKey: (raw: string | null) => K) {
  const groups = new Map<string | null, Counts>();
  for (const row of rows) {
    const raw = keyOf(row);
    if (!groups.has(raw)) groups.set(raw, zero());
    add(groups.get(raw)!, row);
  }
  return [...groups.entries()]
    .filter(([, counts]) => counts.received > 0)
    .sort((a, b) => b[1].received - a[1].received)
    .map(([raw, counts]) => ({ key: toKey(raw), ...counts }));
}

export function statisticsOf(
  rows: StatisticsRow[],
  period: { from: string; to: string },
  organisations: Map<string, OrganisationRef>,
): CaseStatistics {
  const totals = zero();
  let duplicates = 0;
  for (const row of rows) {
    add(totals, row);
    duplicates += row.duplicates;
  }
  return {
    ...period,
    totals: {
      ...totals,
      duplicates,
      onTimeRate: percentOf(totals.handledOnTime, totals.handled),
    },
    byKind: breakdown(rows, (r) => r.kind, (k) => k as CaseStatistics['byKind'][number]['key']),
    byField: breakdown(rows, (r) => r.field, (k) => k as CaseStatistics['byField'][number]['key']),
    byChannel: breakdown(rows, (r) => r.channel, (k) => k as CaseStatistics['byChannel'][number]['key']),
    byOrganisation: breakdown(rows, (r) => r.organisationId, (id) => (id ? (organisations.get(id) ?? null) : null)),
  };
}
