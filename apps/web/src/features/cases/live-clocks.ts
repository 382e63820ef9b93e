import { caseClocks, type CaseClock, type CaseKind } from '@phoihop/shared/case-clocks';
import type { CaseClockView, ClockSettings } from '@phoihop/shared/cases';
import type { WorkCalendar } from '@phoihop/shared/deadlines';

/** What the intake form knows that moves the first deadline. */
export interface IntakeFacts {
  receivedOn: string;
  kind: CaseKind | null;
  secondInstance: boolean;
  severalLocations: boolean;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The deadlines a letter gets the moment it is registered, counted by the same shared function
 * as the API: xử lý đơn (or thụ lý for a complaint) from the day received. None without a date.
 */
export function intakeClocks(
  facts: IntakeFacts,
  settings: ClockSettings,
  calendar: WorkCalendar,
): CaseClock[] {
  if (!isoDate.test(facts.receivedOn)) return [];
  return caseClocks(
    {
      kind: facts.kind,
      instance: facts.secondInstance ? 2 : 1,
      receivedOn: facts.receivedOn,
      classifiedOn: null,
      acceptedOn: null,
      decidedOn: null,
      stoppedOn: null,
      complexity: 'NORMAL',
      remote: false,
      severalLocations: facts.severalLocations,
      extensionDays: [],
      pauses: [],
    },
    settings.legal,
    calendar,
    settings.today,
  );
}

/** The shape the API sends a clock in, so the form and the case page show clocks alike. */
export const clockView = (clock: CaseClock): CaseClockView => ({
  key: clock.key,
  days: clock.limit.days,
  dayKind: clock.limit.kind,
  basis: clock.limit.basis,
  unconfirmed: clock.limit.unconfirmed ?? false,
  from: clock.from,
  extensionDays: clock.extensionDays,
  due: clock.due,
  metOn: clock.metOn,
  state: clock.state,
});
