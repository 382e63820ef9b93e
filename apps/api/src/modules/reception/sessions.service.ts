// Reception sessions: scheduled and held by the leaders or officers, on behalf of the unit's
// bodies; the duty check of a year. The reception book of a period is a list export (modules/exports).
import { todayInVietnam } from '@phoihop/shared/dates';
import type {
  CreateReceptionSessionBody,
  ListReceptionSessionsQuery,
  ReceptionCompliance,
  ReceptionSession,
  UpdateReceptionSessionBody,
} from '@phoihop/shared/reception';
import { can } from '@phoihop/shared/policies';
import type { Db, Tx } from '../../db/prisma.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import { invalid, requireAllowed, requireInUnit, versionConflict } from './reception-access.ts';
import { complianceRange, receptionDuties } from './reception-compliance.ts';
import type { ReceptionRepository, SessionData, SessionRecord } from './reception.repository.ts';

interface Deps {
  db: Db;
  reception: ReceptionRepository;
  calendar: CalendarService;
  now?: () => Date;
}

export function createSessionService({ db, reception, calendar, now = () => new Date() }: Deps) {
  const view = (session: SessionRecord, ctx: RequestContext): ReceptionSession => ({
    ...session,
    can: { edit: can(ctx.actor, 'reception:manage', { unitId: session.unitId }) },
  });

  async function load(tx: Tx, id: string, ctx: RequestContext): Promise<SessionRecord> {
    const session = requireInUnit(await reception.findSession(tx, id), ctx);
    requireAllowed(ctx, 'reception:read', session.unitId);
    return session;
  }

  async function check(tx: Tx, unitId: string, data: SessionData, visitCount: number) {
    const organisations = [...new Set(data.organisationIds)];
    if ((await reception.organisationsInUnit(tx, organisations, unitId)) !== organisations.length) {
      throw invalid('organisationIds', 'Các cơ quan, tổ chức phải thuộc đơn vị');
    }
    if (visitCount > 0 && data.heldOn > todayInVietnam(now())) {
      throw invalid('heldOn', 'Buổi tiếp đã có công dân đến, không thể dời sang ngày chưa tới');
    }
  }

  const range = (from: string | undefined, to: string | undefined) => {
    if (from && to && from > to) throw invalid('to', 'Ngày kết thúc phải sau ngày bắt đầu');
  };

  return {
    async listSessions(query: ListReceptionSessionsQuery, ctx: RequestContext) {
      requireAllowed(ctx, 'reception:read');
      range(query.from, query.to);
      const page = await reception.listSessions(ctx.actor.unitId, query);
      return { items: page.items.map((s) => view(s, ctx)), nextCursor: page.nextCursor };
    },

    getSession: async (id: string, ctx: RequestContext) => view(await load(db, id, ctx), ctx),

    async createSession(body: CreateReceptionSessionBody, ctx: RequestContext): Promise<ReceptionSession> {
      const unitId = ctx.actor.unitId;
      requireAllowed(ctx, 'reception:manage', unitId);
      const data: SessionData = {
        ...body,
        location: body.location ?? null,
        note: body.note ?? null,
        hosts: [...new Set(body.hosts)],
        organisationIds: [...new Set(body.organisationIds)],
      };
      return db.$transaction(async (tx) => {
        await check(tx, unitId, data, 0);
        const id = await reception.createSession(tx, unitId, ctx.actor.id, data);
        await recordAudit(tx, ctx, {
          action: 'reception_session.create',
          entityType: 'ReceptionSession',
          entityId: id,
          unitId,
          changes: { heldOn: data.heldOn, kind: data.kind, hosts: data.hosts, hostNames: data.hostNames },
        });
        return view((await reception.findSession(tx, id))!, ctx);
      });
    },

    async updateSession(id: string, version: number, body: UpdateReceptionSessionBody, ctx: RequestContext) {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        requireAllowed(ctx, 'reception:manage', current.unitId);
        const before: SessionData = { ...current, organisationIds: current.organisations.map((o) => o.id) };
        const merged: SessionData = {
          heldOn: body.heldOn ?? before.heldOn,
          kind: body.kind ?? before.kind,
          location: body.location === undefined ? before.location : body.location,
          hosts: body.hosts ? [...new Set(body.hosts)] : before.hosts,
          hostNames: body.hostNames ?? before.hostNames,
          organisationIds: body.organisationIds ? [...new Set(body.organisationIds)] : before.organisationIds,
          note: body.note === undefined ? before.note : body.note,
        };
        await check(tx, current.unitId, merged, current.visitCount);
        if (!(await reception.updateSession(tx, id, version, merged))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: 'reception_session.update',
          entityType: 'ReceptionSession',
          entityId: id,
          unitId: current.unitId,
          changes: diffChanges(before, merged, ['heldOn', 'kind', 'location', 'hosts', 'hostNames', 'organisationIds', 'note']),
        });
        return view((await reception.findSession(tx, id))!, ctx);
      });
    },

    async compliance(year: number, ctx: RequestContext): Promise<ReceptionCompliance> {
      const unitId = ctx.actor.unitId;
      requireAllowed(ctx, 'reception:read', unitId);
      const { from, to } = complianceRange(year);
      const [sessions, work, counts] = await Promise.all([
        reception.sessionDays(unitId, from, to),
        calendar.workCalendar(),
        reception.countsBetween(unitId, `${year}-01-01`, `${year}-12-31`),
      ]);
      const duties = receptionDuties({ year, today: todayInVietnam(now()), sessions, isWorkingDay: work.isWorkingDay });
      return { year, ...duties, ...counts };
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
