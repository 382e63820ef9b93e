// The annual report written from the records, in the shape of the ward's own report: the title,
// an opening paragraph, I. the year's results by area of the plan (what the tasks' progress
// reports said, and the figures where they belong), II. the plan's assessment, III. next year's
// programme, and the closing sentence. Texts hold one paragraph a line, "- " for a dash item.
import type { AnnualReportContent, ReportFigure, ReportFigureKey, ReportSection, ReportSubsection } from '@phoihop/shared/reports';
import { foldText } from '@phoihop/shared/text';
import { figureGroups, type SentenceContext } from './figure-sentences.ts';
import type { ReportPlan, ReportPlanItem } from './report-plans.repository.ts';
import type { UnitNaming } from './report-unit.ts';

export interface DraftInput {
  year: number;
  naming: UnitNaming;
  plan: ReportPlan | null;
  items: ReportPlanItem[];
  nextPlan: ReportPlan | null;
  nextItems: ReportPlanItem[];
  figures: ReportFigure[];
}

export const OTHER_FIGURES_TITLE = 'Số liệu khác';

/** Outline codes in order: "2" < "10", "6.2" < "6.10". */
function byCode(a: { code: string; position: number }, b: { code: string; position: number }): number {
  const x = a.code.split('.').map(Number);
  const y = b.code.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d) return d;
  }
  return a.position - b.position;
}

interface Area {
  item: ReportPlanItem;
  tasks: ReportPlanItem[];
}

/** Top-level areas in order, each with every task under it (sub-tasks too), in outline order. */
export function areasOf(items: ReportPlanItem[]): Area[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const areaOf = (item: ReportPlanItem): ReportPlanItem => {
    let at = item;
    for (let parent = at.parentId ? byId.get(at.parentId) : undefined; parent; parent = parent.parentId ? byId.get(parent.parentId) : undefined) at = parent;
    return at;
  };
  const areas = items.filter((i) => i.parentId === null && i.kind === 'AREA').sort(byCode);
  const tasks = items.filter((i) => i.kind === 'TASK' && i.status !== 'CANCELLED').sort(byCode);
  return areas.map((item) => ({ item, tasks: tasks.filter((t) => areaOf(t).id === item.id) }));
}

const lines = (text: string | null | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const dash = (line: string) => (line.startsWith('- ') ? line : `- ${line}`);

/** " phoi hop to chuc tiep xuc cu tri ": folded words between spaces, for whole-word matching. */
const words = (text: string) => ` ${foldText(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;

/** The first area naming the group's subject, trying its keywords from the most specific. */
function areaFor(keywords: readonly string[], areas: Area[]): Area | undefined {
  for (const keyword of keywords) {
    const found = areas.find((a) => words(a.item.title).includes(` ${keyword} `));
    if (found) return found;
  }
  return undefined;
}

/** What the area's tasks reported by asOf: one paragraph, or dash items when several. */
function progressLines(area: Area): string[] {
  const reported = area.tasks.map((t) => lines(t.latestText)).filter((l) => l.length > 0);
  return reported.length > 1 ? reported.flat().map(dash) : reported.flat();
}

function resultsSection(input: DraftInput, ctx: SentenceContext): ReportSection {
  const areas = areasOf(input.items);
  const sentences = new Map<Area | null, string[]>();
  for (const group of figureGroups) {
    const written = group.sentences(ctx);
    if (!written.length) continue;
    const area = areaFor(group.keywords, areas) ?? null;
    sentences.set(area, [...(sentences.get(area) ?? []), ...written]);
  }
  const children: ReportSubsection[] = areas.map((area) => ({
    title: area.item.title,
    text: [...progressLines(area), ...(sentences.get(area) ?? [])].join('\n'),
  }));
  const other = sentences.get(null);
  if (other) children.push({ title: OTHER_FIGURES_TITLE, text: other.join('\n') });
  return { title: `KẾT QUẢ PHỐI HỢP THỰC HIỆN NĂM ${input.year}`, text: '', children };
}

function assessmentSection(plan: ReportPlan | null): ReportSection {
  return {
    title: 'ĐÁNH GIÁ CHUNG',
    text: '',
    children: [
      { title: 'Ưu điểm', text: lines(plan?.strengths).join('\n') },
      { title: 'Một số tồn tại, hạn chế', text: lines(plan?.limitations).join('\n') },
      { title: 'Nguyên nhân của những tồn tại, hạn chế', text: lines(plan?.causes).join('\n') },
    ],
  };
}

/**
 * Next year's key tasks as dash items, under their area's title when there are several areas.
 * Areas about signing the regulation or about solutions are items 1 and 3 of the section.
 */
function keyTasks(items: ReportPlanItem[]): string {
  const areas = areasOf(items).filter((a) => {
    const title = words(a.item.title);
    return !title.includes(' giai phap ') && !(title.includes(' ky ket ') && title.includes(' quy che '));
  });
  const several = areas.filter((a) => a.tasks.length).length > 1;
  return areas
    .flatMap((a) => (a.tasks.length ? [...(several ? [a.item.title] : []), ...a.tasks.map((t) => dash(t.title))] : []))
    .join('\n');
}

function programmeSection(input: DraftInput): ReportSection {
  const { kindWord } = input.naming;
  const next = input.year + 1;
  const parties = `UBMTTQ và các tổ chức chính trị - xã hội ${kindWord}`;
  return {
    title: `NỘI DUNG CHƯƠNG TRÌNH PHỐI HỢP HOẠT ĐỘNG GIỮA UBND ${kindWord} VỚI ${parties} NĂM ${next}`.toUpperCase(),
    text: `Năm ${next}, UBND ${kindWord}, ${parties} tiếp tục triển khai thực hiện phối hợp với các nội dung trọng tâm sau:`,
    children: [
      { title: `Tổ chức ký kết Quy chế phối hợp hoạt động giữa UBND ${kindWord} với ${parties} năm ${next}`, text: '' },
      { title: `Một số nhiệm vụ trọng tâm trong công tác phối hợp năm ${next}`, text: keyTasks(input.nextItems) },
      { title: 'Giải pháp thực hiện', text: lines(input.plan?.solutions).join('\n') },
    ],
  };
}

export function buildDraftContent(input: DraftInput): AnnualReportContent {
  const { year, naming, plan } = input;
  const { kindWord, inSentence } = naming;
  const values = new Map(input.figures.map((f) => [f.key, f.value]));
  const ctx: SentenceContext = { year, kindWord, value: (key: ReportFigureKey) => values.get(key) ?? null };
  const late = (values.get('plan.tasksOverdue') ?? 0) > 0 ? '; {{plan.tasksOverdue}} nhiệm vụ quá hạn chưa hoàn thành' : '';
  const planned = plan
    ? ` được triển khai theo Chương trình phối hợp năm ${year} gồm {{plan.tasks}} nhiệm vụ; đến nay đã hoàn thành {{plan.tasksDone}} nhiệm vụ, tiến độ chung đạt {{plan.progress}}${late}.`
    : ' được triển khai trên các lĩnh vực phối hợp.';
  return {
    title: [
      // "Ủy ban" as the body writes it (the source report's title has "Uỷ ban", its body "Ủy ban").
      'Kết quả phối hợp hoạt động giữa UBND với Ủy ban MTTQ',
      `và các tổ chức chính trị - xã hội ${kindWord} năm ${year};`,
      `nhiệm vụ trọng tâm năm ${year + 1}`,
    ],
    intro: `Năm ${year}, công tác phối hợp giữa UBND ${inSentence} với Ủy ban MTTQ và các tổ chức chính trị - xã hội ${kindWord}${planned} Kết quả phối hợp được đánh giá cụ thể như sau:`,
    sections: [resultsSection(input, ctx), assessmentSection(plan), programmeSection(input)],
    closing: `Trên đây là báo cáo kết quả phối hợp hoạt động giữa UBND ${kindWord} với UBMTTQ và các tổ chức chính trị - xã hội năm ${year}, một số nhiệm vụ trọng tâm năm ${year + 1}./.`,
  };
}
