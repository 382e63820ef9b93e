// The citizens received at a session: what they raised, how it was handled, and the case it
// opened or joined. A protected visit's identity stays out of responses and the audit log.
import type { PageQuery } from '@phoihop/shared/common';
import { todayInVietnam } from '@phoihop/shared/dates';
import { can } from '@phoihop/shared/policies';
import type {
  CreateReceptionVisitBody,
  ReceptionVisit,
  UpdateReceptionVisitBody,
  VisitHandling,
  VisitIdentity,
} from '@phoihop/shared/reception';
import type { Db, Tx } from '../../db/prisma.ts';
import { forbidden } from '../../lib/app-error.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { caseResource } from '../cases/case-access.ts';
import { invalid, requireAllowed, requireInUnit, versionConflict } from './reception-access.ts';
import type { ReceptionRepository, VisitData, VisitRecord } from './reception.repository.ts';
import { identityFields, identityOf, visitIdentity, visitView } from './visit-view.ts';

const auditedFields = [
  ...identityFields,
  'groupSize',
  'content',
  'kind',
  'field',
  'documents',
  'handling',
  'result',
  'caseId',
  'officerName',
] as const;

const caseHandlings: (VisitHandling | null)[] = ['CASE_OPENED', 'CASE_JOINED'];

const dataOf = (visit: VisitRecord): VisitData => ({
  citizenName: visit.citizenName,
  address: visit.address,
  idNumber: visit.idNumber,
  phone: visit.phone,
  groupSize: visit.groupSize,
  representative: visit.representative,
  content: visit.content,
  kind: visit.kind,
  field: visit.field,
  documents: visit.documents,
  handling: visit.handling,
  result: visit.result,
  caseId: visit.case?.id ?? null,
  officerName: visit.officerName,
});

/**
 * Field changes for the audit log. A citizen's identity is noted as changed, never written: a
 * visit may turn out to be a denunciation later (linked to such a case), and the log is kept.
 */
function auditChanges(before: VisitData, after: VisitData) {
  const changes = diffChanges(before, after, [...auditedFields]);
  for (const field of identityFields) if (field in changes) changes[field] = 'đã thay đổi (bảo mật)';
  return changes;
}

export function createVisitService({ db, reception, now = () => new Date() }: { db: Db; reception: ReceptionRepository; now?: () => Date }) {
  async function loadVisit(tx: Tx, id: string, ctx: RequestContext): Promise<VisitRecord> {
    const visit = requireInUnit(await reception.findVisit(tx, id), ctx);
    requireAllowed(ctx, 'reception:read', visit.unitId);
    return visit;
  }

  /** A case of the visit's unit that the actor may see; anything else reads as not found. */
  async function linkableCase(tx: Tx, caseId: string, unitId: string, ctx: RequestContext) {
    const found = await reception.findCase(tx, caseId);
    if (!found || found.unitId !== unitId || !can(ctx.actor, 'case:read', caseResource(found))) {
      throw invalid('caseId', 'Không tìm thấy đơn thư này trong đơn vị');
    }
    return found;
  }

  /** Whether a visit saved with `data` stays a denunciation's: by its kind or its linked case. */
  async function protectedAfter(tx: Tx, data: VisitData) {
    if (data.kind === 'DENUNCIATION') return true;
    return data.caseId !== null && (await reception.findCase(tx, data.caseId))?.kind === 'DENUNCIATION';
  }

  /** The case link and handling after an update: linking joins the case unless it says it opened it. */
  async function linkOf(tx: Tx, current: VisitRecord, body: UpdateReceptionVisitBody, ctx: RequestContext) {
    const handling = body.handling === undefined ? current.handling : body.handling;
    if (body.caseId === undefined) return { caseId: current.case?.id ?? null, handling };
    if (body.caseId === null) {
      return { caseId: null, handling: body.handling === undefined && caseHandlings.includes(handling) ? null : handling };
    }
    const linked = await linkableCase(tx, body.caseId, current.unitId, ctx);
    return { caseId: linked.id, handling: body.handling === 'CASE_OPENED' ? ('CASE_OPENED' as const) : ('CASE_JOINED' as const) };
  }

  return {
    async listVisits(sessionId: string, query: PageQuery, ctx: RequestContext) {
      const session = requireInUnit(await reception.findSession(db, sessionId), ctx);
      requireAllowed(ctx, 'reception:read', session.unitId);
      const page = await reception.listVisits(session.id, query);
      return { items: page.items.map((v) => visitView(v, ctx.actor)), nextCursor: page.nextCursor };
    },

    getVisit: async (id: string, ctx: RequestContext) => visitView(await loadVisit(db, id, ctx), ctx.actor),

    /** A protected visit's citizen, for those who may see the case's identity; every look is audited. */
    async revealIdentity(id: string, ctx: RequestContext): Promise<VisitIdentity> {
      return db.$transaction(async (tx) => {
        const visit = await loadVisit(tx, id, ctx);
        if (!visitIdentity(visit, ctx.actor).canReveal) throw forbidden();
        await recordAudit(tx, ctx, {
          action: 'reception_visit.identity-view',
          entityType: 'ReceptionVisit',
          entityId: id,
          unitId: visit.unitId,
          changes: { caseId: visit.case?.id ?? null, number: visit.case?.number ?? null },
        });
        return identityOf(visit);
      });
    },

    async createVisit(sessionId: string, body: CreateReceptionVisitBody, ctx: RequestContext): Promise<ReceptionVisit> {
      return db.$transaction(async (tx) => {
        const session = requireInUnit(await reception.findSession(tx, sessionId), ctx);
        requireAllowed(ctx, 'reception:manage', session.unitId);
        if (session.heldOn > todayInVietnam(now())) throw invalid('heldOn', 'Buổi tiếp công dân chưa diễn ra');
        const data: VisitData = {
          citizenName: body.citizenName,
          address: body.address ?? null,
          idNumber: body.idNumber ?? null,
          phone: body.phone ?? null,
          groupSize: body.groupSize,
          representative: body.representative ?? null,
          content: body.content,
          kind: body.kind ?? null,
          field: body.field ?? null,
          documents: body.documents ?? null,
          handling: body.handling ?? null,
          result: body.result ?? null,
          caseId: null,
          officerName: body.officerName ?? null,
        };
        const id = await reception.createVisit(tx, session, ctx.actor.id, data);
        const visit = (await reception.findVisit(tx, id))!;
        await recordAudit(tx, ctx, {
          action: 'reception_visit.create',
          entityType: 'ReceptionVisit',
          entityId: id,
          unitId: session.unitId,
          changes: {
            sessionId,
            groupSize: data.groupSize,
            kind: data.kind,
            field: data.field,
            handling: data.handling,
          },
        });
        return visitView(visit, ctx.actor);
      });
    },

    async updateVisit(id: string, version: number, body: UpdateReceptionVisitBody, ctx: RequestContext): Promise<ReceptionVisit> {
      return db.$transaction(async (tx) => {
        const current = await loadVisit(tx, id, ctx);
        requireAllowed(ctx, 'reception:manage', current.unitId);
        const before = dataOf(current);
        const { caseId: _caseId, ...fields } = body;
        const merged: VisitData = { ...before, ...definedOnly(fields), ...(await linkOf(tx, current, body, ctx)) };
        // Unmasking by an edit would hand a denouncer's identity to whoever made it (Art 56).
        if (visitIdentity(current, ctx.actor).masked && !(await protectedAfter(tx, merged))) {
          throw invalid('kind', 'Lượt tiếp về tố cáo được bảo mật danh tính: không đổi loại hoặc bỏ liên kết với đơn tố cáo được');
        }
        if (!(await reception.updateVisit(tx, id, version, merged))) throw versionConflict(current.version);
        const updated = (await reception.findVisit(tx, id))!;
        await recordAudit(tx, ctx, {
          action: 'reception_visit.update',
          entityType: 'ReceptionVisit',
          entityId: id,
          unitId: current.unitId,
          changes: auditChanges(before, merged),
        });
        return visitView(updated, ctx.actor);
      });
    },
  };
}

/** Keeps the keys a partial body actually sends (undefined means "leave as is"). */
function definedOnly<T extends object>(body: T): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export type VisitService = ReturnType<typeof createVisitService>;
