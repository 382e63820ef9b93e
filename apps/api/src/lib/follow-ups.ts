// What supervision recommendations and voter petitions share on the server: their due day comes
// from a legal time limit counted on the work calendar, and their addressees are notified.
import type { LegalSettings } from '@phoihop/shared/legal-rules';
import type { IsoDate } from '@phoihop/shared/dates';
import type { Db } from '../db/prisma.ts';
import type { CalendarService } from '../modules/calendar/calendar.service.ts';
import type { NotificationRepository } from '../modules/notifications/notifications.repository.ts';
import type { LegalSettingsService } from '../modules/settings/legal-settings.service.ts';

export interface FollowUpDeps {
  db: Db;
  calendar: CalendarService;
  legalSettings: LegalSettingsService;
  notifications: NotificationRepository;
  now?: () => Date;
}

/** The default answer day: `sentOn` plus the limit the legal settings give for `rule`. */
export async function defaultDueOn(
  deps: Pick<FollowUpDeps, 'calendar' | 'legalSettings'>,
  rule: 'supervisionReply' | 'voterPetitionAnswer' | 'petitionAnswer',
  sentOn: IsoDate,
): Promise<IsoDate> {
  const limit: LegalSettings[typeof rule] = (await deps.legalSettings.current())[rule];
  return (await deps.calendar.workCalendar()).deadline(sentOn, limit.days, limit.kind);
}
