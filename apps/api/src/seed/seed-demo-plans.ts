// The demo ward's coordination plans, from the Hoành Sơn report (prisma/seed/plans): the
// regulation, the 2025 plan with its results and assessment (closed), the 2026 plan under way.
// Written through the services as the demo users would, so rules, derived fields and audit rows
// are what the app itself produces; the services' clock is moved to each action's date.
import { todayInVietnam } from '@phoihop/shared/dates';
import { importFileSchema, type ImportFile } from '@phoihop/shared/plan-import';
import {
  createProgressBodySchema,
  createRegulationBodySchema,
  updateAssessmentBodySchema,
  type PlanTransition,
} from '@phoihop/shared/plans';
import demo from '../../../../prisma/seed/demo-ward.json' with { type: 'json' };
import plan2025 from '../../../../prisma/seed/plans/2025.json' with { type: 'json' };
import results2025 from '../../../../prisma/seed/plans/2025-results.json' with { type: 'json' };
import plan2026 from '../../../../prisma/seed/plans/2026.json' with { type: 'json' };
import progress2026 from '../../../../prisma/seed/plans/2026-progress.json' with { type: 'json' };
import regulation from '../../../../prisma/seed/plans/regulation.json' with { type: 'json' };
import type { Db } from '../db/prisma.ts';
import type { RequestContext } from '../lib/context.ts';
import type { Services } from '../services.ts';
import { demoContexts } from './demo-actors.ts';

/** Services on a given clock: the seed dates each action the way it happened. */
export type ServicesAt = (now: () => Date) => Services;

interface Report {
  reportedOn: string;
  text: string;
  status?: string;
  achievedValue?: number;
  reportedPercent?: number;
  /** Key of the organisation reporting, when not the lead (a partner). */
  by?: string;
}

export interface SeededPlans {
  plans: number;
  items: number;
  reports: number;
}

export async function seedDemoPlans(servicesAt: ServicesAt, db: Db, now = new Date()): Promise<SeededPlans> {
  const seeded: SeededPlans = { plans: 0, items: 0, reports: 0 };
  const ward = await db.adminUnit.findUnique({ where: { code: demo.ward.code }, select: { id: true } });
  if (!ward || (await db.plan.count({ where: { unitId: ward.id } })) > 0) return seeded;

  let clock = now;
  const services = servicesAt(() => clock);
  /** Acts on `date` (09:00 in Vietnam), never later than now. */
  const on = (date: string) => {
    const at = new Date(`${date}T09:00:00+07:00`);
    clock = at < now ? at : now;
  };
  const { as, officerOf, orgIdOf } = await demoContexts(db, ward.id);

  async function transition(planId: string, action: PlanTransition, ctx: RequestContext) {
    const { version } = await db.plan.findUniqueOrThrow({ where: { id: planId }, select: { version: true } });
    return services.plans.transition(planId, version, action, ctx);
  }

  /** Imports the plan file as the unit admin would (the row codes become the items' keys), then approves. */
  async function createPlan(year: number, file: ImportFile, regulationId: string | null, dates: { createdOn: string; approvedOn: string }) {
    on(dates.createdOn);
    const data = Buffer.from(JSON.stringify(file));
    const result = await services.planImport.importPlan(
      { unitId: ward!.id, year, title: file.title, source: { format: 'json', data }, dryRun: false },
      as('quantri'),
    );
    const planId = result.planId!;
    if (regulationId) {
      const { version } = await db.plan.findUniqueOrThrow({ where: { id: planId }, select: { version: true } });
      await services.plans.update(planId, version, { regulationId }, as('quantri'));
    }
    const rows = await db.planItem.findMany({ where: { planId }, select: { id: true, importKey: true, leadOrganisationId: true } });
    const ids = new Map(rows.map((r) => [r.importKey!, r.id]));
    const leads = new Map(rows.map((r) => [r.importKey!, r.leadOrganisationId]));
    on(dates.approvedOn);
    await transition(planId, 'approve', as('lanhdao'));
    seeded.plans++;
    seeded.items += ids.size;
    return { planId, ids, leads };
  }

  /**
   * Posts each task's reports in date order, by an officer of the lead (or the named partner);
   * tasks side by side (speed). Reports dated after today are left out. The clock stays at now:
   * a report's own date is its reportedOn, and the service only checks it is not in the future.
   */
  async function post(plan: { ids: Map<string, string>; leads: Map<string, string | null> }, reports: Record<string, Report[]>) {
    const today = todayInVietnam(now);
    clock = now;
    const tasks = Object.entries(reports).map(([code, list]) =>
      list
        .filter((report) => report.reportedOn <= today)
        .sort((a, b) => a.reportedOn.localeCompare(b.reportedOn))
        .map((report) => ({ code, report })),
    );
    await inGroups(tasks, async ({ code, report }) => {
      const taskId = plan.ids.get(code);
      const organisationId = report.by ? orgIdOf(report.by) : plan.leads.get(code);
      if (!taskId || !organisationId) throw new Error(`Báo cáo mẫu: không có nhiệm vụ ${code} hoặc tổ chức báo cáo`);
      const { by: _by, ...fields } = report;
      await services.progress.post(taskId, createProgressBodySchema.parse(fields), as(officerOf(organisationId)));
      seeded.reports++;
    });
  }

  on(regulation.signedOn);
  const existing = await db.regulation.findFirst({ where: { unitId: ward.id, number: regulation.number }, select: { id: true } });
  const regulationId =
    existing?.id ??
    (
      await services.regulations.create(
        createRegulationBodySchema.parse({ ...regulation, partyIds: regulation.parties.map(orgIdOf) }),
        as('quantri'),
      )
    ).id;

  const year2025 = await createPlan(2025, importFileSchema.parse(plan2025), regulationId, results2025);
  await post(year2025, results2025.progress);
  on(results2025.assessedOn);
  const { version } = await db.plan.findUniqueOrThrow({ where: { id: year2025.planId }, select: { version: true } });
  await services.plans.updateAssessment(year2025.planId, version, updateAssessmentBodySchema.parse(results2025.assessment), as('quantri'));
  on(results2025.closedOn);
  await transition(year2025.planId, 'close', as('quantri'));

  // The 2026 regulation is to be signed during the year (task 1.1): no number or date to record.
  const year2026 = await createPlan(2026, importFileSchema.parse(plan2026), null, progress2026);
  await post(year2026, progress2026.progress);
  return seeded;
}

/** Each group in order; a few groups at a time, well within a connection pool. */
async function inGroups<T>(groups: T[][], run: (item: T) => Promise<void>, lanes = 4): Promise<void> {
  const queue = [...groups];
  const lane = async () => {
    for (let group = queue.shift(); group; group = queue.shift()) {
      for (const item of group) await run(item);
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}
