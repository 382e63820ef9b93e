// Today in Vietnam from the injected clock, and what a case's clocks are counted with.
import { todayInVietnam } from '@phoihop/shared/dates';
import type { CalendarService } from '../calendar/calendar.service.ts';
import type { LegalSettingsService } from '../settings/legal-settings.service.ts';
import type { ClockContext } from './case-clock-state.ts';

export function createClockSource(deps: { legal: LegalSettingsService; calendar: CalendarService; now: () => Date }) {
  const today = () => todayInVietnam(deps.now());
  return {
    today,
    context: async (): Promise<ClockContext> => {
      const [law, calendar] = await Promise.all([deps.legal.current(), deps.calendar.workCalendar()]);
      return { law, calendar, today: today() };
    },
  };
}

export type ClockSource = ReturnType<typeof createClockSource>;
