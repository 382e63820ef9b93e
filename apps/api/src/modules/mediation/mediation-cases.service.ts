// Mediation cases: the parties, the team's mediators who took it, the outcome (successful,
// unsuccessful and referred, or still in progress), possibly linked to a letter; and the
// success rate of a period.
import { caseFields } from '@phoihop/shared/cases';
import { todayInVietnam } from '@phoihop/shared/dates';
import {
  successRate,
  type CreateMediationCaseBody,
  type ListMediationCasesQuery,
  type MediationCase,
  type MediationParties,
  type MediationStatistics,
  type UpdateMediationCaseBody,
} from '@phoihop/shared/mediation';
import { can } from '@phoihop/shared/policies';
import type { Db, Tx } from '../../db/prisma.ts';
import { AppError, forbidden } from '../../lib/app-error.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { caseResource } from '../cases/case-access.ts';
import { invalid, requireAllowed, versionConflict } from '../reception/reception-access.ts';
import { matchesWithoutParties, mediationCaseView, partiesIdentity } from './mediation-case-view.ts';
import type { MediationCaseData, MediationCaseRecord, MediationCaseRepository } from './mediation-cases.repository.ts';
import { requireReadable } from './teams.service.ts';

const auditedFields = [
  'teamId',
  'title',
  'parties',
  'field',
  'receivedOn',
  'mediatedOn',
  'outcome',
  'agreement',
  'referral',
  'followUp',
  'caseId',
  'mediatorIds',
] as const satisfies (keyof MediationCaseData)[];

/** Field changes for the audit log; parties noted as changed, never written (a letter may become a denunciation). */
function auditChanges(before: MediationCaseData, after: MediationCaseData) {
  const changes = diffChanges(before, after, [...auditedFields]);
  if ('parties' in changes) changes.parties = 'đã thay đổi (bảo mật)';
  return changes;
}

const dataOf = (found: MediationCaseRecord): MediationCaseData => ({
  teamId: found.team.id,
  title: found.title,
  parties: found.parties.map((p) => ({ name: p.name, address: p.address ?? null })),
  field: found.field,
  receivedOn: found.receivedOn,
  mediatedOn: found.mediatedOn,
  outcome: found.outcome,
  agreement: found.agreement,
  referral: found.referral,
  followUp: found.followUp,
  caseId: found.case?.id ?? null,
  mediatorIds: found.mediators.map((m) => m.id),
});

interface Deps {
  db: Db;
  cases: MediationCaseRepository;
  now?: () => Date;
}

export function createMediationCaseService({ db, cases, now = () => new Date() }: Deps) {
  const load = async (tx: Tx, id: string, ctx: RequestContext) => requireReadable(await cases.find(tx, id), ctx);

  /** The rules of a case as it would be saved; `before` is its current data on an update. */
  async function check(tx: Tx, unitId: string, data: MediationCaseData, ctx: RequestContext, before?: MediationCaseData) {
    const today = todayInVietnam(now());
    const team = await cases.team(tx, data.teamId);
    if (!team || team.unitId !== unitId) throw invalid('teamId', 'Tổ hòa giải không thuộc đơn vị');
    if (!team.active && data.teamId !== before?.teamId) throw invalid('teamId', 'Tổ hòa giải đã ngừng hoạt động');
    const members = await cases.mediatorsOf(tx, data.teamId, data.mediatorIds);
    if (members.length !== data.mediatorIds.length) throw invalid('mediatorIds', 'Hòa giải viên phải thuộc tổ hòa giải của vụ việc');
    const kept = new Set(before?.mediatorIds);
    if (members.some((m) => !m.active && !kept.has(m.id))) throw invalid('mediatorIds', 'Hòa giải viên đã thôi tham gia tổ');
    if (data.receivedOn > today) throw invalid('receivedOn', 'Ngày tiếp nhận không được sau hôm nay');
    if (data.outcome !== 'IN_PROGRESS' && !data.mediatedOn) throw invalid('mediatedOn', 'Cần ngày hòa giải khi đã có kết quả');
    if (data.mediatedOn && data.mediatedOn < data.receivedOn) throw invalid('mediatedOn', 'Ngày hòa giải không được trước ngày tiếp nhận');
    if (data.mediatedOn && data.mediatedOn > today) throw invalid('mediatedOn', 'Ngày hòa giải không được sau hôm nay');
    if (data.referral && data.outcome !== 'UNSUCCESSFUL') throw invalid('referral', 'Chỉ hòa giải không thành mới chuyển cơ quan có thẩm quyền');
    if (data.agreement && data.outcome !== 'SUCCESSFUL') throw invalid('agreement', 'Chỉ hòa giải thành mới có thỏa thuận');
    if (data.caseId && data.caseId !== before?.caseId) {
      const letter = await cases.letter(tx, data.caseId);
      if (!letter || letter.unitId !== unitId || !can(ctx.actor, 'case:read', caseResource(letter))) throw invalid('caseId', 'Không tìm thấy đơn thư này trong đơn vị');
    }
  }

  const range = (from: string | undefined, to: string | undefined) => {
    if (from && to && from > to) throw invalid('to', 'Ngày kết thúc phải sau ngày bắt đầu');
  };

  return {
    async listCases(query: ListMediationCasesQuery, ctx: RequestContext) {
      requireAllowed(ctx, 'mediation:read');
      range(query.from, query.to);
      const page = await cases.list(ctx.actor.unitId, query);
      // The cursor stays the unfiltered page's: a case dropped here is dropped on every page.
      const items = page.items.filter((c) => matchesWithoutParties(c, ctx.actor, query.q));
      // A search may drop cases on masked parties: its total would not be the list's, so none is given.
      const total = query.q ? {} : { total: page.total };
      return { items: items.map((c) => mediationCaseView(c, ctx.actor)), nextCursor: page.nextCursor, ...total };
    },

    getCase: async (id: string, ctx: RequestContext) => mediationCaseView(await load(db, id, ctx), ctx.actor),

    /** A protected case's parties, for those who may see the letter's identity; every look is audited. */
    async revealParties(id: string, ctx: RequestContext): Promise<MediationParties> {
      return db.$transaction(async (tx) => {
        const found = await load(tx, id, ctx);
        if (!partiesIdentity(found, ctx.actor).canReveal) throw forbidden();
        await recordAudit(tx, ctx, {
          action: 'mediation_case.parties-view',
          entityType: 'MediationCase',
          entityId: id,
          unitId: found.unitId,
          changes: { caseId: found.case!.id, number: found.case!.number },
        });
        return { parties: found.parties };
      });
    },

    async createCase(body: CreateMediationCaseBody, ctx: RequestContext): Promise<MediationCase> {
      const unitId = ctx.actor.unitId;
      requireAllowed(ctx, 'mediation:manage', unitId);
      const data: MediationCaseData = {
        ...body,
        parties: body.parties.map((p) => ({ name: p.name, address: p.address ?? null })),
        mediatedOn: body.mediatedOn ?? null,
        agreement: body.agreement ?? null,
        referral: body.referral ?? null,
        followUp: body.followUp ?? null,
        caseId: body.caseId ?? null,
        mediatorIds: [...new Set(body.mediatorIds)],
      };
      return db.$transaction(async (tx) => {
        await check(tx, unitId, data, ctx);
        const id = await cases.create(tx, unitId, ctx.actor.id, data);
        await recordAudit(tx, ctx, {
          action: 'mediation_case.create',
          entityType: 'MediationCase',
          entityId: id,
          unitId,
          changes: { teamId: data.teamId, title: data.title, field: data.field, receivedOn: data.receivedOn, outcome: data.outcome },
        });
        return mediationCaseView((await cases.find(tx, id))!, ctx.actor);
      });
    },

    async updateCase(id: string, version: number, body: UpdateMediationCaseBody, ctx: RequestContext): Promise<MediationCase> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        requireAllowed(ctx, 'mediation:manage', current.unitId);
        // Parties read masked would be written back as the masked label (Art 56).
        const protectedNow = partiesIdentity(current, ctx.actor);
        if (body.parties !== undefined && protectedNow.masked && !protectedNow.canReveal) {
          throw new AppError('FORBIDDEN', { message: 'Chỉ người được xem danh tính người tố cáo mới sửa được các bên' });
        }
        const before = dataOf(current);
        const merged: MediationCaseData = { ...before };
        for (const field of auditedFields) {
          if (body[field] !== undefined) Object.assign(merged, { [field]: body[field] });
        }
        merged.parties = merged.parties.map((p) => ({ name: p.name, address: p.address ?? null }));
        merged.mediatorIds = [...new Set(merged.mediatorIds)];
        await check(tx, current.unitId, merged, ctx, before);
        if (!(await cases.update(tx, id, version, merged))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: 'mediation_case.update',
          entityType: 'MediationCase',
          entityId: id,
          unitId: current.unitId,
          changes: auditChanges(before, merged),
        });
        return mediationCaseView((await cases.find(tx, id))!, ctx.actor);
      });
    },

    /** Cases received in the period, by their outcome today; teams and mediators as they stand. */
    async statistics(query: { from: string; to: string }, ctx: RequestContext): Promise<MediationStatistics> {
      const unitId = ctx.actor.unitId;
      requireAllowed(ctx, 'mediation:read', unitId);
      range(query.from, query.to);
      const { teams, mediators, women, groups } = await cases.statistics(unitId, query.from, query.to);
      const sum = (rows: typeof groups) => rows.reduce((total, g) => total + g.count, 0);
      const successful = sum(groups.filter((g) => g.outcome === 'SUCCESSFUL'));
      const unsuccessful = sum(groups.filter((g) => g.outcome === 'UNSUCCESSFUL'));
      const teamIds = new Set(groups.map((g) => g.teamId));
      return {
        ...query,
        teams: teams.filter((t) => t.active).length,
        mediators,
        women,
        cases: sum(groups),
        successful,
        unsuccessful,
        inProgress: sum(groups.filter((g) => g.outcome === 'IN_PROGRESS')),
        successRate: successRate(successful, unsuccessful),
        byField: caseFields.map((key) => {
          const rows = groups.filter((g) => g.field === key);
          return { key, cases: sum(rows), successful: sum(rows.filter((g) => g.outcome === 'SUCCESSFUL')) };
        }),
        byTeam: teams
          .filter((t) => t.active || teamIds.has(t.id))
          .map((t) => {
            const rows = groups.filter((g) => g.teamId === t.id);
            return { team: { id: t.id, name: t.name }, cases: sum(rows), successful: sum(rows.filter((g) => g.outcome === 'SUCCESSFUL')) };
          }),
      };
    },
  };
}

export type MediationCaseService = ReturnType<typeof createMediationCaseService>;
