// Public holidays of Vietnam (Bộ luật Lao động 2019, Art 112) and the days off they give:
// lunar dates are converted with the Vietnamese calendar (UTC+7) — a Chinese-calendar library
// puts some Tết on other days. The Government fixes the exact Tết days each year, so they, the day
// next to 2/9 and 24/11 are settings an admin can correct.
import * as lunar from '@dqcai/vn-lunar';
import { addDays, type IsoDate } from './dates.ts';

// The package's own declarations use extensionless ESM imports that NodeNext cannot follow;
// this is the one call we make, typed here.
const { LunarCalendar } = lunar as unknown as {
  LunarCalendar: {
    fromLunar: (
      day: number,
      month: number,
      year: number,
    ) => { solarDate: { day: number; month: number; year: number } };
  };
};

export interface HolidaySettings {
  /** The five Tết days of a year, when the announced ones differ from the default. */
  tet?: Record<number, IsoDate[]>;
  /** The day taken next to 2/9: 1/9 ('before', the default) or 3/9 ('after'). */
  nationalDayExtra?: Record<number, 'before' | 'after'>;
  /** First year in which 24/11 (Ngày Văn hóa Việt Nam) is a day off; null: never. UNCONFIRMED in law. */
  cultureDayFrom?: number | null;
  /** Per-year answer on 24/11, winning over `cultureDayFrom`. */
  cultureDay?: Record<number, boolean>;
  /** Further days off the Government announces (bridging days and the like). */
  extraDaysOff?: IsoDate[];
  /** Weekend days worked instead, when the Government swaps a day off (hoán đổi ngày làm việc). */
  workingWeekends?: IsoDate[];
}

export const DEFAULT_CULTURE_DAY_FROM = 2026;

export interface Holiday {
  date: IsoDate;
  name: string;
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The solar date of a lunar day of lunar year `year`. */
export function fromLunar(day: number, month: number, year: number): IsoDate {
  const solar = LunarCalendar.fromLunar(day, month, year).solarDate;
  return iso(solar.year, solar.month, solar.day);
}

/** Default Tết: the last day of the old lunar year and the first four of the new one. */
export function defaultTet(year: number): IsoDate[] {
  const newYear = fromLunar(1, 1, year);
  return [-1, 0, 1, 2, 3].map((offset) => addDays(newYear, offset));
}

/** The statutory holidays falling in a calendar year. */
export function publicHolidays(year: number, settings: HolidaySettings = {}): Holiday[] {
  const extraSide = settings.nationalDayExtra?.[year] ?? 'before';
  const cultureFrom =
    settings.cultureDayFrom === undefined ? DEFAULT_CULTURE_DAY_FROM : settings.cultureDayFrom;
  const list: Holiday[] = [
    { date: iso(year, 1, 1), name: 'Tết Dương lịch' },
    ...(settings.tet?.[year] ?? defaultTet(year)).map((date) => ({ date, name: 'Tết Âm lịch' })),
    { date: fromLunar(10, 3, year), name: 'Giỗ Tổ Hùng Vương' },
    { date: iso(year, 4, 30), name: 'Ngày Chiến thắng' },
    { date: iso(year, 5, 1), name: 'Ngày Quốc tế lao động' },
    { date: iso(year, 9, 2), name: 'Quốc khánh' },
    { date: iso(year, 9, extraSide === 'before' ? 1 : 3), name: 'Quốc khánh (ngày liền kề)' },
    ...((settings.cultureDay?.[year] ?? (cultureFrom !== null && year >= cultureFrom))
      ? [{ date: iso(year, 11, 24), name: 'Ngày Văn hóa Việt Nam' }]
      : []),
    ...(settings.extraDaysOff ?? [])
      .filter((d) => d.startsWith(`${year}-`))
      .map((date) => ({ date, name: 'Nghỉ bù theo thông báo' })),
  ];
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

export const isWeekend = (date: IsoDate) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
};

/**
 * Every day off of a year besides weekends: the holidays, and for each holiday on a weekend the
 * next working day (Art 112(3): "được nghỉ bù vào ngày làm việc kế tiếp").
 */
export function daysOff(year: number, settings: HolidaySettings = {}): Set<IsoDate> {
  const holidays = publicHolidays(year, settings).map((h) => h.date);
  const off = new Set(holidays);
  for (const date of holidays) {
    if (!isWeekend(date)) continue;
    let next = addDays(date, 1);
    while (isWeekend(next) || off.has(next)) next = addDays(next, 1);
    off.add(next);
  }
  return off;
}
