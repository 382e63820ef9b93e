// The report's figures for a unit and year as they stood on a day: the counts of each kind of
// record and the year's plan, gathered side by side.
import { addDays, type IsoDate } from '@phoihop/shared/dates';
import type { ReportFigure } from '@phoihop/shared/reports';
import { planCountsAt } from './plan-standing.ts';
import { buildFigures } from './report-figures.ts';
import type { ReportFigureRepository } from './report-figures.repository.ts';
import type { ReportPlan, ReportPlanItem, ReportPlanRepository } from './report-plans.repository.ts';

/** The first instant of the day after `date` in Vietnam (UTC+7). */
const endOfDayInVietnam = (date: IsoDate) => new Date(`${addDays(date, 1)}T00:00:00+07:00`);

export interface FigureRequest {
  unitId: string;
  /** "phường Hoành Sơn" */
  unitName: string;
  year: number;
  asOf: IsoDate;
  /** The year's plan and its items at asOf, when the caller has read them already. */
  plan?: { plan: ReportPlan | null; items: ReportPlanItem[] };
}

export function createReportFigureService(deps: { figures: ReportFigureRepository; plans: ReportPlanRepository }) {
  const { figures, plans } = deps;

  async function planAt(unitId: string, year: number, asOf: IsoDate) {
    const plan = await plans.planOf(unitId, year);
    return { plan, items: plan ? await plans.itemsOf(plan.id, asOf) : [] };
  }

  return {
    planAt,

    async figuresAt(request: FigureRequest): Promise<ReportFigure[]> {
      const { unitId, year, asOf } = request;
      const period = { unitId, from: `${year}-01-01`, asOf, asOfEnd: endOfDayInVietnam(asOf) };
      const [cases, mediation, supervision, civic, planned] = await Promise.all([
        figures.cases(period),
        figures.mediation(period),
        figures.supervision(period),
        figures.civic(period),
        request.plan ?? planAt(unitId, year, asOf),
      ]);
      const plan = planned.plan ? planCountsAt(planned.plan, planned.items, asOf) : null;
      return buildFigures({ cases, mediation, supervision, civic, plan }, { year, asOf, unitName: request.unitName });
    },
  };
}

export type ReportFigureService = ReturnType<typeof createReportFigureService>;
