// The national work calendar: each year's announced days off, editable by a system admin, and
// the WorkCalendar every legal deadline is counted on.
import type { HolidayYear, UpdateHolidayYearBody } from '@phoihop/shared/calendar';
import { createWorkCalendar, type WorkCalendar } from '@phoihop/shared/deadlines';
import { daysOff, defaultTet, isWeekend, publicHolidays, type HolidaySettings } from '@phoihop/shared/holidays';
import { can } from '@phoihop/shared/policies';
import type { Db } from '../../db/prisma.ts';
import { AppError, forbidden, invalid } from '../../lib/app-error.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { CalendarRepository, HolidayYearRecord } from './calendar.repository.ts';

export function settingsOf(records: HolidayYearRecord[]): HolidaySettings {
  const settings: Required<Pick<HolidaySettings, 'tet' | 'nationalDayExtra' | 'cultureDay'>> &
    Pick<HolidaySettings, 'extraDaysOff' | 'workingWeekends'> = {
    tet: {},
    nationalDayExtra: {},
    cultureDay: {},
    extraDaysOff: [],
    workingWeekends: [],
  };
  for (const r of records) {
    settings.tet[r.year] = r.tetDays;
    settings.nationalDayExtra[r.year] = r.nationalDayExtra;
    settings.cultureDay[r.year] = r.cultureDay;
    settings.extraDaysOff!.push(...r.extraDaysOff);
    settings.workingWeekends!.push(...r.workingWeekends);
  }
  return settings;
}

function defaultsFor(year: number): Omit<HolidayYearRecord, 'version'> {
  const holidays = publicHolidays(year).map((h) => h.date);
  return {
    year,
    tetDays: defaultTet(year),
    nationalDayExtra: 'before',
    cultureDay: holidays.includes(`${year}-11-24`),
    extraDaysOff: [],
    workingWeekends: [],
    note: null,
  };
}

export function createCalendarService({ db, calendar }: { db: Db; calendar: CalendarRepository }) {
  /** Told after a change is committed: stored deadlines counted on the old calendar are recomputed. */
  const listeners: (() => Promise<void>)[] = [];
  const holidaySettings = async (): Promise<HolidaySettings> => settingsOf(await calendar.all());

  function view(record: Omit<HolidayYearRecord, 'version'> & { version: number | null }): HolidayYear {
    const settings = settingsOf([{ ...record, version: record.version ?? 0 }]);
    const off = [...daysOff(record.year, settings)].sort();
    return {
      ...record,
      holidays: publicHolidays(record.year, settings),
      daysOff: off,
    };
  }

  return {
    async get(year: number): Promise<HolidayYear> {
      const found = await calendar.find(db, year);
      return view(found ?? { ...defaultsFor(year), version: null });
    },

    async update(year: number, version: number, body: UpdateHolidayYearBody, ctx: RequestContext): Promise<HolidayYear> {
      if (!can(ctx.actor, 'calendar:manage')) throw forbidden();
      const inYear = (d: string) => d.startsWith(`${year}-`);
      body.tetDays.forEach((d, i) => {
        if (!inYear(d)) throw invalid(`tetDays.${i}`, `Ngày phải thuộc năm ${year}`);
      });
      body.extraDaysOff.forEach((d, i) => {
        if (!inYear(d)) throw invalid(`extraDaysOff.${i}`, `Ngày phải thuộc năm ${year}`);
      });
      body.workingWeekends.forEach((d, i) => {
        if (!inYear(d) || !isWeekend(d)) throw invalid(`workingWeekends.${i}`, 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật trong năm');
      });
      const saved = await db.$transaction(async (tx) => {
        const before = await calendar.find(tx, year);
        const record = { year, ...body, note: body.note ?? null };
        if (!(await calendar.save(tx, record, version, ctx.actor.id))) {
          throw new AppError('VERSION_CONFLICT', { meta: { currentVersion: before?.version ?? 0 } });
        }
        await recordAudit(tx, ctx, {
          action: 'calendar.update',
          entityType: 'HolidayYear',
          entityId: String(year),
          unitId: null,
          changes: { before: before ? { ...before } : null, after: { ...record } },
        });
        return view((await calendar.find(tx, year))!);
      });
      for (const listener of listeners) await listener();
      return saved;
    },

    onChange(listener: () => Promise<void>) {
      listeners.push(listener);
    },

    /** Every year's announced days off, as the shared deadline functions (and the SPA) take them. */
    holidaySettings,

    /** The calendar legal deadlines are counted on, with every year an admin has set. */
    async workCalendar(): Promise<WorkCalendar> {
      return createWorkCalendar(await holidaySettings());
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
