// Imports a year's plan from a spreadsheet or a JSON/YAML file: all rows checked first, then
// written in one transaction, or nothing at all.
import { randomUUID } from 'node:crypto';
import type { ImportProblem, ImportResult } from '@phoihop/shared/plan-import';
import { createPlanBodySchema } from '@phoihop/shared/plans';
import { can } from '@phoihop/shared/policies';
import type { Db, Tx } from '../../db/prisma.ts';
import { AppError, forbidden } from '../../lib/app-error.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { PlanItemRepository } from '../plans/plan-items.repository.ts';
import { newPlanData, type PlanRecord, type PlanRepository } from '../plans/plans.repository.ts';
import { applyRows } from './apply-rows.ts';
import { readFile } from './file-reader.ts';
import { checkRows, type ImportRow } from './import-rows.ts';
import type { ImportFormat, ImportSource } from './import-source.ts';
import { buildTemplate } from './import-template.ts';
import type { PlanImportRepository } from './plan-import.repository.ts';
import { readXlsx } from './xlsx-reader.ts';

/** The CLI acts as the system: no user, a null actor in the audit log. */
export interface SystemContext {
  actor: null;
  system: 'cli';
  requestId: string;
  ip: null;
}
export const systemContext = (): SystemContext => ({ actor: null, system: 'cli', requestId: `cli-${randomUUID()}`, ip: null });
export type ImportContext = RequestContext | SystemContext;

export interface ImportInput {
  unitId: string;
  year: number;
  /** Used when the plan is created; wins over the file's own title. */
  title?: string | undefined;
  source: { format: ImportFormat; data: Buffer };
  dryRun: boolean;
}

interface Deps {
  db: Db;
  plans: PlanRepository;
  items: PlanItemRepository;
  imports: PlanImportRepository;
}

const MAX_ROWS = 2000;
const defaultReviewPeriods = createPlanBodySchema.shape.reviewPeriods.parse(undefined);

/** 400 with every problem: `errors` for generic clients, `meta.problems` for the import screen. */
export function importFailed(problems: ImportProblem[]): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: `Tệp nhập có ${problems.length} lỗi, chưa ghi gì vào kế hoạch`,
    fieldErrors: problems.map((p) => ({
      path: p.row === 0 ? 'Tệp' : p.column ? `Dòng ${p.row} › ${p.column}` : `Dòng ${p.row}`,
      message: p.message,
    })),
    meta: { problems },
  });
}

/** Rows without a problem of their own: what a dry run counts. None if the file itself is wrong. */
function validRows(rows: ImportRow[], problems: ImportProblem[]): ImportRow[] {
  if (problems.some((p) => p.row === 0)) return [];
  const bad = new Set(problems.map((p) => p.row));
  return rows.filter((r) => !bad.has(r.rowNumber));
}

const read = (source: ImportInput['source']): Promise<ImportSource> =>
  source.format === 'xlsx' ? readXlsx(source.data) : Promise.resolve(readFile(source.data, source.format));

export function createPlanImportService({ db, plans, items, imports }: Deps) {
  function requireImporter(unitId: string, ctx: ImportContext) {
    const allowed = ctx.actor === null ? ctx.system === 'cli' : can(ctx.actor, 'plan:manage', { unitId });
    if (!allowed) throw forbidden();
  }

  async function run(tx: Tx, input: ImportInput, source: ImportSource, ctx: ImportContext): Promise<ImportResult> {
    const found = await plans.findByYear(tx, input.unitId, input.year);
    if (found && !input.dryRun) await plans.lock(tx, found.id);
    if (found && found.status !== 'DRAFT') {
      throw new AppError('CONFLICT', {
        message: `Kế hoạch năm ${input.year} đã phê duyệt: dùng điều chỉnh kế hoạch thay vì nhập tệp`,
        meta: { planId: found.id, planStatus: found.status },
      });
    }
    const existing = found ? await items.listByPlan(tx, found.id, input.unitId) : [];
    const organisations = await imports.activeOrganisations(tx, input.unitId);
    const keyed = existing.filter((i) => i.importKey !== null);
    const checked = checkRows(source.rows, {
      organisations,
      existing: new Map(keyed.map((i) => [i.importKey!, i.kind])),
    });
    const problems = [...source.problems, ...checked.problems];
    if (!source.problems.length && !source.rows.length) problems.push({ row: 0, column: null, message: 'Tệp không có dòng nào' });
    if (source.rows.length > MAX_ROWS) problems.unshift({ row: 0, column: null, message: `Tệp có hơn ${MAX_ROWS} dòng` });
    if (problems.length && !input.dryRun) throw importFailed(problems);

    let plan: Pick<PlanRecord, 'id' | 'unitId' | 'year'> | null = found;
    if (!plan && !input.dryRun) plan = await createDraft(tx, input, source);
    const counts = await applyRows(
      tx,
      items,
      plan ?? { id: '', unitId: input.unitId, year: input.year },
      validRows(checked.rows, problems),
      existing,
      !input.dryRun,
    );
    if (plan && !input.dryRun && (!found || counts.created || counts.updated)) {
      if (found) await plans.touch(tx, plan.id);
      await recordAudit(tx, ctx, {
        action: 'plan.import',
        entityType: 'Plan',
        entityId: plan.id,
        unitId: input.unitId,
        changes: {
          year: input.year,
          format: input.source.format,
          planCreated: !found,
          created: counts.created,
          updated: counts.updated,
          unchanged: counts.unchanged,
          updatedCodes: counts.changes.updated.slice(0, 200),
        },
      });
    }
    const { created, updated, unchanged } = counts;
    return { planId: plan?.id ?? null, dryRun: input.dryRun, created, updated, unchanged, problems };
  }

  function createDraft(tx: Tx, input: ImportInput, source: ImportSource) {
    return plans.create(
      tx,
      input.unitId,
      newPlanData({
        year: input.year,
        title: (input.title?.trim() || source.title || `Chương trình phối hợp năm ${input.year}`).slice(0, 300),
        reviewPeriods: source.reviewPeriods ?? defaultReviewPeriods,
      }),
    );
  }

  return {
    /**
     * Creates the year's draft plan or upserts into it. With problems: 400 and nothing written;
     * a dry run instead returns them with the counts the valid rows would give.
     */
    async importPlan(input: ImportInput, ctx: ImportContext): Promise<ImportResult> {
      requireImporter(input.unitId, ctx);
      const source = await read(input.source);
      if (input.dryRun) return run(db, input, source, ctx);
      return db.$transaction((tx) => run(tx, input, source, ctx), { timeout: 60_000, maxWait: 10_000 });
    },

    /** The XLSX template, with the caller's organisations listed for the "Chủ trì" column. */
    async template(ctx: RequestContext): Promise<Buffer> {
      if (!can(ctx.actor, 'plan:read', { unitId: ctx.actor.unitId })) throw forbidden();
      return buildTemplate(await imports.activeOrganisations(db, ctx.actor.unitId));
    },

    unitIdByCode: (code: string) => imports.unitIdByCode(code),
  };
}

export type PlanImportService = ReturnType<typeof createPlanImportService>;
