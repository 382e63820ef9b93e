// The reception duty check (domain.md §3): the ward Chairman receives citizens in person at
// least one day a week (Luật Tiếp công dân Art 15(2)(d)), the Party secretary at least two days
// a month (Quy định 11-QĐi/TW). Only weeks and months already over are judged; a week with no
// working day at all (Tết) asks nothing of the Chairman.
import { addDays, endOfMonth, type IsoDate } from '@phoihop/shared/dates';
import type { ReceptionHost } from '@phoihop/shared/reception';

const SECRETARY_DAYS_PER_MONTH = 2;

const weekday = (date: IsoDate) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The Monday of ISO week 1: the week holding 4 January. */
export function firstIsoMonday(year: number): IsoDate {
  const jan4 = `${year}-01-04`;
  return addDays(jan4, -((weekday(jan4) + 6) % 7));
}

/** The days the check reads sessions from and to: the ISO weeks and the calendar months of the year. */
export function complianceRange(year: number): { from: IsoDate; to: IsoDate } {
  const first = firstIsoMonday(year);
  const lastSunday = addDays(firstIsoMonday(year + 1), -1);
  return {
    from: first < `${year}-01-01` ? first : `${year}-01-01`,
    to: lastSunday > `${year}-12-31` ? lastSunday : `${year}-12-31`,
  };
}

export interface ComplianceInput {
  year: number;
  today: IsoDate;
  sessions: { heldOn: IsoDate; hosts: ReceptionHost[] }[];
  isWorkingDay: (date: IsoDate) => boolean;
}

export function receptionDuties({ year, today, sessions, isWorkingDay }: ComplianceInput) {
  const chairmanDays = new Set(sessions.filter((s) => s.hosts.includes('PC_CHAIRMAN')).map((s) => s.heldOn));
  const secretaryDays = new Set(sessions.filter((s) => s.hosts.includes('PARTY_SECRETARY')).map((s) => s.heldOn));

  const chairmanWeeksMissed: { weekStart: IsoDate }[] = [];
  let weeksChecked = 0;
  const end = firstIsoMonday(year + 1);
  for (let monday = firstIsoMonday(year); monday < end; monday = addDays(monday, 7)) {
    const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
    if (days[6]! >= today || !days.some(isWorkingDay)) continue;
    weeksChecked++;
    if (!days.some((d) => chairmanDays.has(d))) chairmanWeeksMissed.push({ weekStart: monday });
  }

  const secretaryMonthsShort: { month: number; days: number }[] = [];
  let monthsChecked = 0;
  for (let month = 1; month <= 12; month++) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    if (endOfMonth(first) >= today) break;
    monthsChecked++;
    const days = [...secretaryDays].filter((d) => d.startsWith(first.slice(0, 8))).length;
    if (days < SECRETARY_DAYS_PER_MONTH) secretaryMonthsShort.push({ month, days });
  }
  return { chairmanWeeksMissed, secretaryMonthsShort, weeksChecked, monthsChecked };
}
