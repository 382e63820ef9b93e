// Counting a legal time limit (Bộ luật Dân sự 2015, Arts 147–148): the day of the event is not
// counted; a calendar-day period ending on a weekend or holiday ends on the next working day; a
// working-day period skips weekends and days off all along.
import { addDays, type IsoDate } from './dates.ts';
import { daysOff, isWeekend, type HolidaySettings } from './holidays.ts';

export type DayKind = 'calendar' | 'working';

export interface WorkCalendar {
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
  const isWorkingDay = (date: IsoDate) => !isWeekend(date) && !offIn(Number(date.slice(0, 4))).has(date);
  const nextWorkingDay = (date: IsoDate) => {
    let day = date;
    while (!isWorkingDay(day)) day = addDays(day, 1);
    return day;
  };

  return {
    isWorkingDay,
    deadline(event, days, kind) {
      if (days < 0 || !Number.isInteger(days)) throw new Error('days must be a whole number ≥ 0');
      if (kind === 'calendar') return nextWorkingDay(addDays(event, days));
      let day = event;
      for (let counted = 0; counted < days; ) {
        day = addDays(day, 1);
        if (isWorkingDay(day)) counted++;
      }
      return day;
    },
    workingDaysBetween(from, to) {
      let count = 0;
      for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
      return count;
    },
  };
}
