// The demo ward's 2025 annual report as the ward saved it: the People's Committee officer
// generates the draft from the records on 15/12/2025, the day of the source document, removes the
// progress lines that only repeat the counts the report now takes from the records, and saves it
// as version 1 under number 245. Written through the report service, so the figures, the audit
// row and the version are the app's own. Idempotent: seeded while the ward has no saved report.
import { saveAnnualReportBodySchema, type AnnualReportContent } from '@phoihop/shared/reports';
import demo from '../../../../prisma/seed/demo-ward.json' with { type: 'json' };
import results2025 from '../../../../prisma/seed/plans/2025-results.json' with { type: 'json' };
import type { Db } from '../db/prisma.ts';
import { demoContexts } from './demo-actors.ts';
import type { ServicesAt } from './seed-demo-plans.ts';

const YEAR = 2025;
const AS_OF = '2025-12-15';
const NUMBER = 245;
/** Tasks whose progress reports restate the letters and mediation counts the figures give. */
const RESTATED_BY_FIGURES = ['6.2', '6.4', '6.5', '6.6'];

/** The content without the lines that repeat those tasks' progress reports. */
function withoutRestatedCounts(content: AnnualReportContent): AnnualReportContent {
  const progress = results2025.progress as Record<string, { text: string }[]>;
  const restated = new Set(RESTATED_BY_FIGURES.flatMap((code) => (progress[code] ?? []).map((r) => r.text)));
  const keep = (text: string) =>
    text
      .split('\n')
      .filter((line) => !restated.has(line.replace(/^- /, '')))
      .join('\n');
  const [results, ...rest] = content.sections;
  if (!results) return content;
  return {
    ...content,
    sections: [{ ...results, children: results.children.map((c) => ({ ...c, text: keep(c.text) })) }, ...rest],
  };
}

export async function seedDemoReports(servicesAt: ServicesAt, db: Db, now = new Date()): Promise<{ reports: number }> {
  const ward = await db.adminUnit.findUnique({ where: { code: demo.ward.code }, select: { id: true } });
  if (!ward || (await db.annualReport.count({ where: { unitId: ward.id } })) > 0) return { reports: 0 };
  const writtenAt = new Date(`${AS_OF}T15:00:00+07:00`);
  if (writtenAt > now) return { reports: 0 };
  const services = servicesAt(() => writtenAt);
  const officer = (await demoContexts(db, ward.id)).as('canbo-ubnd');

  const draft = await services.reports.annual.draft(YEAR, { asOf: AS_OF }, officer);
  const body = saveAnnualReportBodySchema.parse({
    basedOn: draft.latestVersionNo,
    asOf: AS_OF,
    header: { ...draft.header, number: NUMBER, date: AS_OF },
    content: withoutRestatedCounts(draft.content),
    note: 'Báo cáo trình Hội nghị tổng kết công tác phối hợp năm 2025',
  });
  await services.reports.annual.save(YEAR, body, officer);
  return { reports: 1 };
}
