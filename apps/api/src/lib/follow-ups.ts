// What supervision and the civic areas (criticism, voter contact, suggestion boxes) share on the
// server: a due day from a legal time limit on the work calendar, files linked only by their
// uploader, the names of organisations, users and files around a record (cases and reports read
// them too), and who is told what was sent to an organisation or is overdue there.
import type { FileRef } from '@phoihop/shared/follow-ups';
import type { LegalSettings } from '@phoihop/shared/legal-rules';
import type { IsoDate } from '@phoihop/shared/dates';
import type { OrganisationKind } from '@phoihop/shared/roles';
import type { Db, Tx } from '../db/prisma.ts';
import type { CalendarService } from '../modules/calendar/calendar.service.ts';
import type { NotificationRepository } from '../modules/notifications/notifications.repository.ts';
import type { LegalSettingsService } from '../modules/settings/legal-settings.service.ts';
import { invalid } from './app-error.ts';
import type { RequestContext } from './context.ts';

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

const present = <T>(ids: (T | null | undefined)[]): T[] => [...new Set(ids.filter((id): id is T => id != null))];

/** Names of the organisations among `ids`, by id. */
export async function organisationRefs(tx: Tx, ids: (string | null | undefined)[]) {
  const wanted = present(ids);
  const rows = wanted.length
    ? await tx.organisation.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, shortName: true } })
    : [];
  return new Map(rows.map((o) => [o.id, o]));
}

/** Names of the users among `ids`, by id. */
export async function userRefs(tx: Tx, ids: (string | null | undefined)[]) {
  const wanted = present(ids);
  const rows = wanted.length ? await tx.user.findMany({ where: { id: { in: wanted } }, select: { id: true, fullName: true } }) : [];
  return new Map(rows.map((u) => [u.id, u]));
}

/** The files among `ids` as their readers see them, by id. */
export async function fileRefs(tx: Tx, ids: (string | null | undefined)[]): Promise<Map<string, FileRef>> {
  const wanted = present(ids);
  const rows = wanted.length
    ? await tx.attachment.findMany({ where: { id: { in: wanted } }, select: { id: true, fileName: true, mimeType: true, size: true } })
    : [];
  return new Map(rows.map((f) => [f.id, f]));
}

/**
 * A newly linked file must be one the actor uploaded in their unit and did not attach to a
 * progress report (the rule of a case's letters); keeping the one already linked (`kept`) is fine.
 */
export async function checkFile(tx: Tx, ctx: RequestContext, path: string, id: string | null | undefined, kept: string | null = null) {
  if (!id || id === kept) return;
  const usable = await tx.attachment.count({ where: { id, unitId: ctx.actor.unitId, uploadedById: ctx.actor.id, progressUpdateId: null } });
  if (!usable) throw invalid(path, 'Tệp đính kèm không hợp lệ: hãy tải tệp lên trước khi chọn');
}

type StaffRole = 'ORG_LEADER' | 'ORG_OFFICER';

/** Active leaders and officers (or only `roles`) of the organisations. */
export async function staffOf(tx: Tx, organisationIds: string[], roles: StaffRole[] = ['ORG_LEADER', 'ORG_OFFICER']): Promise<string[]> {
  if (!organisationIds.length) return [];
  const rows = await tx.user.findMany({
    where: { organisationId: { in: organisationIds }, active: true, roles: { some: { role: { in: roles } } } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/**
 * Who is told that an answer is overdue: the addressee organisation's staff; for a body outside
 * the unit (null), the leaders of the unit's organisations of the `managers` kinds, who chase it.
 */
export async function overdueRecipients(
  tx: Tx,
  item: { unitId: string; addresseeOrganisationId: string | null },
  managers: OrganisationKind[],
): Promise<string[]> {
  if (item.addresseeOrganisationId) return staffOf(tx, [item.addresseeOrganisationId]);
  const orgs = await tx.organisation.findMany({ where: { unitId: item.unitId, kind: { in: managers }, active: true }, select: { id: true } });
  return staffOf(tx, orgs.map((o) => o.id), ['ORG_LEADER']);
}

export interface OnceNotice {
  unitId: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  dedupeKey: string;
}

/** Each notice once per (user, dedupe key), whichever API process sends it; returns how many were new. */
export async function notifyOnce(tx: Tx, notices: OnceNotice[]): Promise<number> {
  if (!notices.length) return 0;
  return (await tx.notification.createMany({ data: notices, skipDuplicates: true })).count;
}
