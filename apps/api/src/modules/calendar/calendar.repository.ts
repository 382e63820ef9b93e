import type { Db, Tx } from '../../db/prisma.ts';
import { fromIsoDate, toIsoDate } from '../../lib/db-values.ts';

export interface HolidayYearRecord {
  year: number;
  tetDays: string[];
  nationalDayExtra: 'before' | 'after';
  cultureDay: boolean;
  extraDaysOff: string[];
  workingWeekends: string[];
  note: string | null;
  version: number;
}

type Row = Awaited<ReturnType<Db['holidayYear']['findMany']>>[number];

const toRecord = (row: Row): HolidayYearRecord => ({
  year: row.year,
  tetDays: row.tetDays.map((d) => toIsoDate(d)!),
  nationalDayExtra: row.nationalDayExtra === 'after' ? 'after' : 'before',
  cultureDay: row.cultureDay,
  extraDaysOff: row.extraDaysOff.map((d) => toIsoDate(d)!),
  workingWeekends: row.workingWeekends.map((d) => toIsoDate(d)!),
  note: row.note,
  version: row.version,
});

const dates = (list: string[]) => list.map((d) => fromIsoDate(d)!);

export function createCalendarRepository(db: Db) {
  return {
    async all(): Promise<HolidayYearRecord[]> {
      return (await db.holidayYear.findMany({ orderBy: { year: 'asc' } })).map(toRecord);
    },

    async find(tx: Tx, year: number): Promise<HolidayYearRecord | null> {
      const row = await tx.holidayYear.findUnique({ where: { year } });
      return row ? toRecord(row) : null;
    },

    /** Creates the year (expected version 0) or updates it; false when `version` is stale. */
    async save(tx: Tx, record: Omit<HolidayYearRecord, 'version'>, version: number, userId: string): Promise<boolean> {
      const data = {
        tetDays: dates(record.tetDays),
        nationalDayExtra: record.nationalDayExtra,
        cultureDay: record.cultureDay,
        extraDaysOff: dates(record.extraDaysOff),
        workingWeekends: dates(record.workingWeekends),
        note: record.note,
        updatedById: userId,
      };
      if (version === 0) {
        const { count } = await tx.holidayYear.createMany({ data: [{ year: record.year, ...data }], skipDuplicates: true });
        return count === 1;
      }
      const { count } = await tx.holidayYear.updateMany({
        where: { year: record.year, version },
        data: { ...data, version: { increment: 1 } },
      });
      return count === 1;
    },
  };
}

export type CalendarRepository = ReturnType<typeof createCalendarRepository>;
