import { z } from 'zod';
import { optionalTextSchema, versionSchema } from './common.ts';
import { isoDateSchema } from './dates.ts';
import { messageOf } from './validation-messages.ts';

export const holidaySchema = z.object({ date: isoDateSchema, name: z.string() });

/** A year's work calendar: what an admin set (or the defaults) and the days off it gives. */
export const holidayYearSchema = z.object({
  year: z.number().int(),
  tetDays: z.array(isoDateSchema),
  nationalDayExtra: z.enum(['before', 'after']),
  cultureDay: z.boolean(),
  extraDaysOff: z.array(isoDateSchema),
  workingWeekends: z.array(isoDateSchema),
  note: z.string().nullable(),
  /** Null while the year still follows the defaults. */
  version: versionSchema.nullable(),
  holidays: z.array(holidaySchema),
  /** Holidays and days in lieu, weekends excluded. */
  daysOff: z.array(isoDateSchema),
});
export type HolidayYear = z.infer<typeof holidayYearSchema>;

export const yearParamsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const updateHolidayYearBodySchema = z.object({
  tetDays: z.array(isoDateSchema).length(5, messageOf('tetDays')),
  nationalDayExtra: z.enum(['before', 'after']),
  cultureDay: z.boolean(),
  extraDaysOff: z.array(isoDateSchema).max(20).default([]),
  workingWeekends: z.array(isoDateSchema).max(20).default([]),
  note: optionalTextSchema(1000),
});
export type UpdateHolidayYearBody = z.infer<typeof updateHolidayYearBodySchema>;
