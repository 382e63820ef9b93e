// Counting a legal time limit (Bộ luật Dân sự 2015, Arts 147–148): the day of the event is not
// counted; a calendar-day period ending on a weekend or holiday ends on the next working day; a
// working-day period skips weekends and days off all along.
import { addDays, type IsoDate } from './dates.ts';
import { daysOff, isWeekend, type HolidaySettings } from './holidays.ts';

export type DayKind = 'calendar' | 'working';

/** A stretch when the clock stands still (waiting for the citizen's documents): [from, until). */
export interface Pause {
  from: IsoDate;
  /** The day the clock runs again; null while still waiting. */
  until: IsoDate | null;
}

export interface ClockInput {
  /** The event the period runs from (receipt, acceptance): not itself counted. */
  start: IsoDate;
  days: number;
  kind: DayKind;
  /** Recorded extension decisions: their days add to the period, counted the same way. */
  extensions?: number[];
  pauses?: Pause[];
}

export interface WorkCalendar {
  /**
   * The last day of a legal period, with its extensions and pauses; null while a pause is still
   * open (nothing is due until the clock runs again).
   */
  legalDeadline: (clock: ClockInput) => IsoDate | null;
  isWorkingDay: (date: IsoDate) => boolean;
  /** The last day of a period of `days` starting the day after `event`. */
  deadline: (event: IsoDate, days: number, kind: DayKind) => IsoDate;
  /** Working days from the day after `from` up to and including `to` (0 if `to` is not after). */
  workingDaysBetween: (from: IsoDate, to: IsoDate) => number;
}

export function createWorkCalendar(settings: HolidaySettings = {}): WorkCalendar {
  const years = new Map<number, Set<IsoDate>>();
  const offIn = (year: number) => {
    let set = years.get(year);
    if (!set) years.set(year, (set = daysOff(year, settings)));
    return set;
  };
  const worked = new Set(settings.workingWeekends ?? []);
  const isWorkingDay = (date: IsoDate) =>
    worked.has(date) || (!isWeekend(date) && !offIn(Number(date.slice(0, 4))).has(date));
  const nextWorkingDay = (date: IsoDate) => {
    let day = date;
    while (!isWorkingDay(day)) day = addDays(day, 1);
    return day;
  };

  const paused = (day: IsoDate, pauses: Pause[]) =>
    pauses.some((p) => day >= p.from && (p.until === null || day < p.until));

  return {
    isWorkingDay,
    legalDeadline({ start, days, kind, extensions = [], pauses = [] }) {
      if (pauses.some((p) => p.until === null)) return null;
      const total = days + extensions.reduce((sum, d) => sum + d, 0);
      let day = start;
      for (let counted = 0; counted < total;) {
        day = addDays(day, 1);
        if (!paused(day, pauses) && (kind === 'calendar' || isWorkingDay(day))) counted++;
      }
      return kind === 'calendar' ? nextWorkingDay(day) : day;
    },
    deadline(event, days, kind) {
      if (days < 0 || !Number.isInteger(days)) throw new Error('days must be a whole number ≥ 0');
      if (kind === 'calendar') return nextWorkingDay(addDays(event, days));
      let day = event;
      for (let counted = 0; counted < days;) {
        day = addDays(day, 1);
        if (isWorkingDay(day)) counted++;
      }
      return day;
    },
    workingDaysBetween(from, to) {
      let count = 0;
      for (let day = addDays(from, 1); day <= to; day = addDays(day, 1))
        if (isWorkingDay(day)) count++;
      return count;
    },
  };
}
