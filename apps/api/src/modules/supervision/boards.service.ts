// Standing boards of the Front: anyone in the unit reads them, the Front sets them up and renews
// their members (a list sent replaces the old one); warnings say what the rules want (ND 59/2023).
import { can } from '@phoihop/shared/policies';
import type { BoardDetail, CreateBoardBody, ListBoardsQuery, UpdateBoardBody } from '@phoihop/shared/supervision';
import type { Db, Tx } from '../../db/prisma.ts';
import { diffChanges, recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { BoardData, BoardRecord, BoardRepository } from './boards.repository.ts';
import type { LookupRepository } from './lookups.repository.ts';
import { checkMembers, invalid, requireAllowed, requireInUnit, versionConflict } from './supervision-access.ts';

const auditedFields = ['name', 'projectName', 'decisionNumber', 'decisionDate', 'termStart', 'termEnd', 'note', 'active'] as const;

const memberSummary = (members: { fullName: string; role: string }[]) => members.map((m) => `${m.fullName} (${m.role})`);

export function createBoardService({ db, boards, lookups }: { db: Db; boards: BoardRepository; lookups: LookupRepository }) {
  const view = (board: BoardRecord, ctx: RequestContext): BoardDetail => ({
    ...board,
    can: { manage: can(ctx.actor, 'supervision:manage', { unitId: board.unitId }) },
  });

  const load = async (tx: Tx, id: string, ctx: RequestContext) => requireInUnit(await boards.find(tx, id), ctx);

  return {
    listBoards(query: ListBoardsQuery, ctx: RequestContext) {
      requireAllowed(ctx, 'supervision:read');
      return boards.list(ctx.actor.unitId, query);
    },

    async getBoard(id: string, ctx: RequestContext): Promise<BoardDetail> {
      requireAllowed(ctx, 'supervision:read');
      return view(await load(db, id, ctx), ctx);
    },

    async createBoard(body: CreateBoardBody, ctx: RequestContext): Promise<BoardDetail> {
      const unitId = ctx.actor.unitId;
      requireAllowed(ctx, 'supervision:manage', unitId);
      const data: BoardData = {
        kind: body.kind,
        name: body.name,
        projectName: body.projectName ?? null,
        decisionNumber: body.decisionNumber ?? null,
        decisionDate: body.decisionDate ?? null,
        termStart: body.termStart,
        termEnd: body.termEnd ?? null,
        note: body.note ?? null,
        active: true,
      };
      return db.$transaction(async (tx) => {
        await checkMembers(tx, lookups, unitId, body.members);
        const id = await boards.create(tx, unitId, data);
        await lookups.replaceMembers(tx, { boardId: id }, body.members);
        await recordAudit(tx, ctx, {
          action: 'supervision_board.create',
          entityType: 'SupervisionBoard',
          entityId: id,
          unitId,
          changes: { kind: data.kind, name: data.name, termStart: data.termStart, members: memberSummary(body.members) },
        });
        return view((await boards.find(tx, id))!, ctx);
      });
    },

    async updateBoard(id: string, version: number, body: UpdateBoardBody, ctx: RequestContext): Promise<BoardDetail> {
      return db.$transaction(async (tx) => {
        const current = await load(tx, id, ctx);
        requireAllowed(ctx, 'supervision:manage', current.unitId);
        const before: BoardData = {
          kind: current.kind,
          name: current.name,
          projectName: current.projectName,
          decisionNumber: current.decisionNumber,
          decisionDate: current.decisionDate,
          termStart: current.termStart,
          termEnd: current.termEnd,
          note: current.note,
          active: current.active,
        };
        const merged: BoardData = { ...before };
        for (const field of auditedFields) {
          if (body[field] !== undefined) Object.assign(merged, { [field]: body[field] });
        }
        // The body checks the order of the days it sends; here the merged term as a whole.
        if (merged.termEnd !== null && merged.termEnd < merged.termStart) throw invalid('termEnd', 'Ngày hết nhiệm kỳ phải sau ngày bắt đầu');
        if (body.members) await checkMembers(tx, lookups, current.unitId, body.members);
        if (!(await boards.update(tx, id, version, merged))) throw versionConflict(current.version);
        const changes = diffChanges(before, merged, [...auditedFields]);
        if (body.members) {
          await lookups.replaceMembers(tx, { boardId: id }, body.members);
          changes.members = [memberSummary(current.members), memberSummary(body.members)];
        }
        await recordAudit(tx, ctx, { action: 'supervision_board.update', entityType: 'SupervisionBoard', entityId: id, unitId: current.unitId, changes });
        return view((await boards.find(tx, id))!, ctx);
      });
    },
  };
}

export type BoardService = ReturnType<typeof createBoardService>;
