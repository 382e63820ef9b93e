// Mediation teams per residential group and their mediators (Luật Hòa giải ở cơ sở Art 12): a
// team shows what it lacks (warnings) and never gets a second active leader.
import type {
  CreateMediationTeamBody,
  CreateMediatorBody,
  ListMediationTeamsQuery,
  MediationTeamDetail,
  Mediator,
  UpdateMediationTeamBody,
  UpdateMediatorBody,
} from '@phoihop/shared/mediation';
import { can } from '@phoihop/shared/policies';
import type { Db, Tx } from '../../db/prisma.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import { invalid, requireAllowed, versionConflict } from '../reception/reception-access.ts';
import type { MediatorData, MediatorRecord, TeamData, TeamRepository } from './teams.repository.ts';

const secondLeader = () =>
  new AppError('CONFLICT', {
    message: 'Tổ hòa giải đã có tổ trưởng; mỗi tổ chỉ có một tổ trưởng',
    fieldErrors: [{ path: 'role', message: 'Tổ đã có tổ trưởng' }],
  });

/** Mediation records of another unit read as not found; anyone in the unit may read them. */
export function requireReadable<T extends { unitId: string }>(record: T | null, ctx: RequestContext): T {
  if (!record || !can(ctx.actor, 'mediation:read', { unitId: record.unitId })) throw notFound();
  return record;
}

export function createTeamService({ db, teams }: { db: Db; teams: TeamRepository }) {
  const loadTeam = async (tx: Tx, id: string, ctx: RequestContext) => requireReadable(await teams.findTeam(tx, id), ctx);

  async function checkTeam(tx: Tx, unitId: string, data: TeamData, selfId?: string) {
    if (await teams.nameTaken(tx, unitId, data.name, selfId)) {
      throw new AppError('DUPLICATE', {
        message: `Đã có ${data.name}`,
        fieldErrors: [{ path: 'name', message: 'Tên tổ hòa giải đã tồn tại' }],
      });
    }
  }

  async function checkMediator(tx: Tx, team: { id: string; unitId: string }, data: MediatorData, selfId?: string) {
    if (data.organisationId && !(await teams.organisationInUnit(tx, data.organisationId, team.unitId))) {
      throw invalid('organisationId', 'Tổ chức phải thuộc đơn vị');
    }
    if (data.active && data.role === 'LEADER' && (await teams.activeLeaders(tx, team.id, selfId)) > 0) throw secondLeader();
  }

  const withoutUnit = ({ unitId: _unitId, ...mediator }: MediatorRecord): Mediator => mediator;

  return {
    listTeams(query: ListMediationTeamsQuery, ctx: RequestContext) {
      requireAllowed(ctx, 'mediation:read');
      return teams.listTeams(ctx.actor.unitId, query);
    },

    getTeam: (id: string, ctx: RequestContext): Promise<MediationTeamDetail> => loadTeam(db, id, ctx),

    async createTeam(body: CreateMediationTeamBody, ctx: RequestContext): Promise<MediationTeamDetail> {
      const unitId = ctx.actor.unitId;
      requireAllowed(ctx, 'mediation:manage', unitId);
      const data: TeamData = {
        name: body.name,
        area: body.area,
        decisionNumber: body.decisionNumber ?? null,
        establishedOn: body.establishedOn ?? null,
        note: body.note ?? null,
        active: true,
      };
      return db.$transaction(async (tx) => {
        await checkTeam(tx, unitId, data);
        const id = await teams.createTeam(tx, unitId, data);
        await recordAudit(tx, ctx, {
          action: 'mediation_team.create',
          entityType: 'MediationTeam',
          entityId: id,
          unitId,
          changes: { name: data.name, area: data.area },
        });
        return (await teams.findTeam(tx, id))!;
      });
    },

    async updateTeam(id: string, version: number, body: UpdateMediationTeamBody, ctx: RequestContext) {
      return db.$transaction(async (tx) => {
        const current = await loadTeam(tx, id, ctx);
        requireAllowed(ctx, 'mediation:manage', current.unitId);
        const merged: TeamData = {
          name: body.name ?? current.name,
          area: body.area ?? current.area,
          decisionNumber: body.decisionNumber === undefined ? current.decisionNumber : body.decisionNumber,
          establishedOn: body.establishedOn === undefined ? current.establishedOn : body.establishedOn,
          note: body.note === undefined ? current.note : body.note,
          active: body.active ?? current.active,
        };
        await checkTeam(tx, current.unitId, merged, id);
        if (!(await teams.updateTeam(tx, id, version, merged))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: 'mediation_team.update',
          entityType: 'MediationTeam',
          entityId: id,
          unitId: current.unitId,
          changes: diffChanges(current, { ...current, ...merged }, ['name', 'area', 'decisionNumber', 'establishedOn', 'note', 'active']),
        });
        return (await teams.findTeam(tx, id))!;
      });
    },

    async addMediator(teamId: string, body: CreateMediatorBody, ctx: RequestContext): Promise<Mediator> {
      return db.$transaction(async (tx) => {
        const team = await loadTeam(tx, teamId, ctx);
        requireAllowed(ctx, 'mediation:manage', team.unitId);
        await teams.lockTeam(tx, team.id);
        const data: MediatorData = {
          fullName: body.fullName,
          gender: body.gender,
          birthYear: body.birthYear ?? null,
          role: body.role,
          organisationId: body.organisationId ?? null,
          ethnicMinority: body.ethnicMinority,
          phone: body.phone ?? null,
          active: true,
        };
        await checkMediator(tx, team, data);
        const id = await teams.createMediator(tx, team, data);
        await recordAudit(tx, ctx, {
          action: 'mediator.create',
          entityType: 'Mediator',
          entityId: id,
          unitId: team.unitId,
          changes: { teamId, fullName: data.fullName, gender: data.gender, role: data.role, organisationId: data.organisationId },
        });
        return withoutUnit((await teams.findMediator(tx, id))!);
      });
    },

    async updateMediator(id: string, version: number, body: UpdateMediatorBody, ctx: RequestContext): Promise<Mediator> {
      return db.$transaction(async (tx) => {
        const current = requireReadable(await teams.findMediator(tx, id), ctx);
        requireAllowed(ctx, 'mediation:manage', current.unitId);
        await teams.lockTeam(tx, current.teamId);
        const before: MediatorData = { ...current, organisationId: current.organisation?.id ?? null };
        const merged: MediatorData = {
          fullName: body.fullName ?? before.fullName,
          gender: body.gender ?? before.gender,
          birthYear: body.birthYear === undefined ? before.birthYear : body.birthYear,
          role: body.role ?? before.role,
          organisationId: body.organisationId === undefined ? before.organisationId : body.organisationId,
          ethnicMinority: body.ethnicMinority ?? before.ethnicMinority,
          phone: body.phone === undefined ? before.phone : body.phone,
          active: body.active ?? before.active,
        };
        await checkMediator(tx, { id: current.teamId, unitId: current.unitId }, merged, id);
        if (!(await teams.updateMediator(tx, id, version, merged))) throw versionConflict(current.version);
        await recordAudit(tx, ctx, {
          action: 'mediator.update',
          entityType: 'Mediator',
          entityId: id,
          unitId: current.unitId,
          changes: diffChanges(before, merged, ['fullName', 'gender', 'birthYear', 'role', 'organisationId', 'ethnicMinority', 'phone', 'active']),
        });
        return withoutUnit((await teams.findMediator(tx, id))!);
      });
    },
  };
}

export type TeamService = ReturnType<typeof createTeamService>;
