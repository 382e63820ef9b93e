// A case's legal clocks from its stored dates, with the shared caseClocks(); the nearest running
// deadline and the on-time verdict are stored on the row for lists, alerts and statistics.
import {
  CASE_DUE_SOON_DAYS,
  caseClocks,
  handledStatuses,
  metOnTime,
  runningClock,
  type CaseClock,
  type CaseClockFacts,
  type CaseStepFacts,
} from '@phoihop/shared/case-clocks';
import type { CaseClockView } from '@phoihop/shared/cases';
import { addDays, type IsoDate } from '@phoihop/shared/dates';
import type { WorkCalendar } from '@phoihop/shared/deadlines';
import type { LegalSettings } from '@phoihop/shared/legal-rules';
import type { CaseRecord } from './cases.repository.ts';

export type ClockRecord = Pick<
  CaseRecord,
  | 'kind'
  | 'instance'
  | 'status'
  | 'receivedOn'
  | 'classifiedOn'
  | 'acceptedOn'
  | 'decidedOn'
  | 'closedOn'
  | 'complexity'
  | 'remote'
  | 'severalLocations'
  | 'extensionDays'
  | 'pauses'
>;

export interface ClockContext {
  law: LegalSettings;
  calendar: WorkCalendar;
  today: IsoDate;
}

export function clockFacts(r: ClockRecord): CaseClockFacts {
  return {
    kind: r.kind,
    instance: r.instance,
    receivedOn: r.receivedOn,
    classifiedOn: r.classifiedOn,
    acceptedOn: r.acceptedOn,
    decidedOn: r.decidedOn,
    // Withdrawal and duplicates end a case without a decision: the day its file closed.
    stoppedOn: r.status === 'WITHDRAWN' || r.status === 'DUPLICATE' ? r.closedOn : null,
    complexity: r.complexity,
    remote: r.remote,
    severalLocations: r.severalLocations,
    extensionDays: r.extensionDays,
    pauses: r.pauses.map((p) => ({ from: p.from, until: p.until })),
  };
}

export const clocksOf = (r: ClockRecord, { law, calendar, today }: ClockContext): CaseClock[] =>
  caseClocks(clockFacts(r), law, calendar, today);

/** The columns kept in step with the clocks after every change. */
export function derivedColumns(r: ClockRecord, context: ClockContext) {
  const clocks = clocksOf(r, context);
  const running = runningClock(clocks);
  return {
    dueOn: running?.due ?? null,
    dueClock: running && running.due ? running.key : null,
    handledOnTime: handledStatuses.includes(r.status) ? metOnTime(clocks) : null,
  };
}

export const clockView = (c: CaseClock): CaseClockView => ({
  key: c.key,
  days: c.limit.days,
  dayKind: c.limit.kind,
  basis: c.limit.basis,
  unconfirmed: c.limit.unconfirmed ?? false,
  from: c.from,
  extensionDays: c.extensionDays,
  due: c.due,
  metOn: c.metOn,
  state: c.state,
});

/** Where a case stands against its stored deadline (lists need no clock computation). */
export function timelinessOf(r: { dueOn: IsoDate | null; pausedSince: IsoDate | null }, today: IsoDate) {
  if (r.pausedSince) return 'paused' as const;
  if (!r.dueOn) return 'none' as const;
  if (r.dueOn < today) return 'overdue' as const;
  if (r.dueOn <= addDays(today, CASE_DUE_SOON_DAYS)) return 'due-soon' as const;
  return 'on-track' as const;
}

export const stepFacts = (r: CaseRecord): CaseStepFacts => ({
  status: r.status,
  kind: r.kind,
  paused: r.pausedSince !== null,
  complexity: r.complexity,
  extensions: r.extensionDays.length,
  published: r.publishedOn !== null,
});
