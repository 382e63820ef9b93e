// The annual report of the actor's unit: the years it can be written for, a draft generated from
// the records, the figures at a day, saved versions (numbered, with the figures the server
// computed when saving) and each version as a Decree 30 DOCX.
import { todayInVietnam, type IsoDate } from '@phoihop/shared/dates';
import { can } from '@phoihop/shared/policies';
import {
  unknownFigureTokens,
  type AnnualReportContent,
  type AnnualReportDraft,
  type AnnualReportFigures,
  type AnnualReportVersion,
  type AnnualReportYear,
  type SaveAnnualReportBody,
} from '@phoihop/shared/reports';
import type { FieldError } from '@phoihop/shared/errors';
import type { Db } from '../../db/prisma.ts';
import { AppError, forbidden, invalid, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { RequestContext } from '../../lib/context.ts';
import type { AnnualReportRepository } from './annual-reports.repository.ts';
import { renderReportDocx } from './report-docx.ts';
import { buildDraftContent } from './report-draft.ts';
import type { ReportFigureService } from './report-figures.service.ts';
import type { ReportPlanRepository } from './report-plans.repository.ts';
import type { ReportSettingsService } from './report-settings.service.ts';

interface Deps {
  db: Db;
  reports: AnnualReportRepository;
  plans: ReportPlanRepository;
  figures: ReportFigureService;
  settings: ReportSettingsService;
  now?: () => Date;
}

/** Every text of the content with where it sits, for the unknown-token check. */
function textsOf(content: AnnualReportContent): [string, string][] {
  return [
    ...content.title.map((t, i): [string, string] => [`content.title.${i}`, t]),
    ['content.intro', content.intro],
    ...content.sections.flatMap((s, i): [string, string][] => [
      [`content.sections.${i}.title`, s.title],
      [`content.sections.${i}.text`, s.text],
      ...s.children.flatMap((c, j): [string, string][] => [
        [`content.sections.${i}.children.${j}.title`, c.title],
        [`content.sections.${i}.children.${j}.text`, c.text],
      ]),
    ]),
    ['content.closing', content.closing],
  ];
}

export function createAnnualReportService(deps: Deps) {
  const { db, reports, plans, figures, settings, now = () => new Date() } = deps;

  function readable(ctx: RequestContext): string {
    const unitId = ctx.actor.unitId;
    if (!can(ctx.actor, 'report:read', { unitId })) throw forbidden();
    return unitId;
  }

  /** The day the figures count to: given (within the year), the newest version's, or today within the year. */
  async function asOfFor(unitId: string, year: number, given: IsoDate | undefined): Promise<IsoDate> {
    const first = `${year}-01-01`;
    const last = `${year}-12-31`;
    if (given !== undefined) {
      if (given < first || given > last) throw invalid('asOf', `Ngày số liệu phải trong năm ${year}`);
      return given;
    }
    const saved = await reports.latest(unitId, year);
    if (saved) return saved.asOf;
    const today = todayInVietnam(now());
    return today < first ? first : today > last ? last : today;
  }

  async function figuresAt(unitId: string, year: number, asOf: IsoDate) {
    const naming = await settings.namingOf(unitId);
    return figures.figuresAt({ unitId, unitName: naming.inSentence, year, asOf });
  }

  return {
    async years(ctx: RequestContext): Promise<{ items: AnnualReportYear[] }> {
      const unitId = readable(ctx);
      const [planned, saved] = await Promise.all([plans.plansOfUnit(unitId), reports.latestOfEachYear(unitId)]);
      const years = [...new Set([...planned.map((p) => p.year), ...saved.map((v) => v.year)])].sort((a, b) => b - a);
      return {
        items: years.map((year) => {
          const plan = planned.find((p) => p.year === year);
          return { year, plan: plan ? { id: plan.id, title: plan.title } : null, latestVersion: saved.find((v) => v.year === year) ?? null };
        }),
      };
    },

    async draft(year: number, query: { asOf?: IsoDate | undefined }, ctx: RequestContext): Promise<AnnualReportDraft> {
      const unitId = readable(ctx);
      const asOf = await asOfFor(unitId, year, query.asOf);
      const naming = await settings.namingOf(unitId);
      const [current, next, standing, latestVersionNo] = await Promise.all([
        figures.planAt(unitId, year, asOf),
        figures.planAt(unitId, year + 1, asOf),
        settings.current(unitId),
        reports.latestNo(db, unitId, year),
      ]);
      const figureList = await figures.figuresAt({ unitId, unitName: naming.inSentence, year, asOf, plan: current });
      const content = buildDraftContent({
        year,
        naming,
        plan: current.plan,
        items: current.items,
        nextPlan: next.plan,
        nextItems: next.items,
        figures: figureList,
      });
      const ref = (p: { id: string; title: string } | null) => (p ? { id: p.id, title: p.title } : null);
      return {
        year,
        asOf,
        header: { ...standing, number: null, date: asOf },
        content,
        figures: figureList,
        plan: ref(current.plan),
        nextPlan: ref(next.plan),
        latestVersionNo,
      };
    },

    async figures(year: number, query: { asOf?: IsoDate | undefined }, ctx: RequestContext): Promise<AnnualReportFigures> {
      const unitId = readable(ctx);
      const asOf = await asOfFor(unitId, year, query.asOf);
      return { asOf, figures: await figuresAt(unitId, year, asOf) };
    },

    async versions(year: number, ctx: RequestContext) {
      return { items: await reports.list(readable(ctx), year) };
    },

    async version(year: number, versionNo: number, ctx: RequestContext): Promise<AnnualReportVersion> {
      const found = await reports.find(db, readable(ctx), year, versionNo);
      if (!found) throw notFound();
      return found;
    },

    async docx(year: number, versionNo: number, ctx: RequestContext): Promise<Buffer> {
      const found = await reports.find(db, readable(ctx), year, versionNo);
      if (!found) throw notFound();
      return renderReportDocx(found);
    },

    /**
     * A new numbered version: 409 when another was saved after the one the author started from;
     * the figures are the server's at asOf, never the client's; an unknown token is refused.
     */
    async save(year: number, body: SaveAnnualReportBody, ctx: RequestContext): Promise<AnnualReportVersion> {
      const unitId = ctx.actor.unitId;
      if (!can(ctx.actor, 'report:edit', { unitId })) throw forbidden();
      const asOf = await asOfFor(unitId, year, body.asOf);
      const unknown = textsOf(body.content).flatMap(([path, text]) => unknownFigureTokens(text).map((key) => ({ path, key })));
      if (unknown.length) {
        const fieldErrors: FieldError[] = unknown.map(({ path, key }) => ({ path, message: `Không có số liệu {{${key}}}` }));
        const keys = [...new Set(unknown.map(({ key }) => `{{${key}}}`))].join(', ');
        throw new AppError('VALIDATION_FAILED', { message: `Báo cáo có số liệu không tồn tại: ${keys}`, fieldErrors });
      }
      const snapshot = await figuresAt(unitId, year, asOf);
      const conflict = (latest: number | null) =>
        new AppError('VERSION_CONFLICT', {
          message: `Đã có phiên bản ${latest} của báo cáo được lưu sau bản bạn đang sửa. Tải lại để xem trước khi lưu.`,
          meta: { currentVersion: latest },
        });
      const created = await db.$transaction(async (tx) => {
        const latest = await reports.latestNo(tx, unitId, year);
        if (latest !== body.basedOn) throw conflict(latest);
        const versionNo = (latest ?? 0) + 1;
        const id = await reports.create(tx, {
          unitId,
          year,
          versionNo,
          asOf,
          header: body.header,
          content: body.content,
          figures: snapshot,
          note: body.note || null,
          createdById: ctx.actor.id,
          createdAt: now(),
        });
        await recordAudit(tx, ctx, {
          action: 'report.annual.save',
          entityType: 'AnnualReport',
          entityId: id,
          unitId,
          changes: {
            year,
            versionNo,
            basedOn: body.basedOn,
            asOf,
            number: body.header.number,
            date: body.header.date,
            note: body.note || null,
            figures: Object.fromEntries(snapshot.map((f) => [f.key, f.text])),
          },
        });
        return (await reports.find(tx, unitId, year, versionNo))!;
      }).catch((error: unknown) => {
        // Two authors saving on the same version at once: the unique number lets only one through.
        if ((error as { code?: string }).code === 'P2002') throw conflict(body.basedOn === null ? 1 : body.basedOn + 1);
        throw error;
      });
      return created;
    },
  };
}

export type AnnualReportService = ReturnType<typeof createAnnualReportService>;
