// Saved versions of the annual report (annual_reports): numbered per unit and year, never changed.
import type { IsoDate } from '@phoihop/shared/dates';
import type {
  AnnualReportContent,
  AnnualReportHeader,
  AnnualReportVersion,
  AnnualReportVersionSummary,
  ReportFigure,
} from '@phoihop/shared/reports';
import type { Db, Tx } from '../../db/prisma.ts';
import { fromIsoDate, toIsoDate } from '../../lib/db-values.ts';
import { userRefs } from '../../lib/follow-ups.ts';

const summarySelect = {
  id: true,
  year: true,
  versionNo: true,
  asOf: true,
  note: true,
  createdById: true,
  createdAt: true,
} as const;

interface SummaryRow {
  id: string;
  year: number;
  versionNo: number;
  asOf: Date;
  note: string | null;
  createdById: string;
  createdAt: Date;
}

export interface NewVersion {
  unitId: string;
  year: number;
  versionNo: number;
  asOf: IsoDate;
  header: AnnualReportHeader;
  content: AnnualReportContent;
  figures: ReportFigure[];
  note: string | null;
  createdById: string;
  createdAt: Date;
}

export function createAnnualReportRepository(db: Db) {
  /** Rows to summaries, with their authors' names read in one query. */
  async function toSummaries(tx: Tx, rows: SummaryRow[]): Promise<AnnualReportVersionSummary[]> {
    const byId = await userRefs(tx, rows.map((r) => r.createdById));
    return rows.map((r) => ({
      id: r.id,
      year: r.year,
      versionNo: r.versionNo,
      asOf: toIsoDate(r.asOf)!,
      note: r.note,
      createdBy: byId.get(r.createdById) ?? { id: r.createdById, fullName: '' },
      createdAt: r.createdAt.toISOString(),
    }));
  }

  return {
    async latestNo(tx: Tx, unitId: string, year: number): Promise<number | null> {
      const row = await tx.annualReport.findFirst({
        where: { unitId, year },
        orderBy: { versionNo: 'desc' },
        select: { versionNo: true },
      });
      return row?.versionNo ?? null;
    },

    async latest(unitId: string, year: number): Promise<AnnualReportVersionSummary | null> {
      const row = await db.annualReport.findFirst({ where: { unitId, year }, orderBy: { versionNo: 'desc' }, select: summarySelect });
      return row ? ((await toSummaries(db, [row]))[0] ?? null) : null;
    },

    async list(unitId: string, year: number): Promise<AnnualReportVersionSummary[]> {
      const rows = await db.annualReport.findMany({ where: { unitId, year }, orderBy: { versionNo: 'desc' }, select: summarySelect });
      return toSummaries(db, rows);
    },

    /** The newest version of each year that has one. */
    async latestOfEachYear(unitId: string): Promise<AnnualReportVersionSummary[]> {
      const rows = await db.annualReport.findMany({
        where: { unitId },
        distinct: ['year'],
        orderBy: [{ year: 'desc' }, { versionNo: 'desc' }],
        select: summarySelect,
      });
      return toSummaries(db, rows);
    },

    async find(tx: Tx, unitId: string, year: number, versionNo: number): Promise<AnnualReportVersion | null> {
      const row = await tx.annualReport.findUnique({
        where: { unitId_year_versionNo: { unitId, year, versionNo } },
        select: { ...summarySelect, header: true, content: true, figures: true },
      });
      if (!row) return null;
      const [summary] = await toSummaries(tx, [row]);
      return {
        ...summary!,
        // Written by this module after validation against the same schemas.
        header: row.header as AnnualReportHeader,
        content: row.content as AnnualReportContent,
        figures: row.figures as ReportFigure[],
      };
    },

    async create(tx: Tx, data: NewVersion): Promise<string> {
      const row = await tx.annualReport.create({
        data: { ...data, asOf: fromIsoDate(data.asOf)!, header: { ...data.header }, content: { ...data.content }, figures: [...data.figures] },
        select: { id: true },
      });
      return row.id;
    },
  };
}

export type AnnualReportRepository = ReturnType<typeof createAnnualReportRepository>;
