// The draft's pure parts: how figures are written, how a unit is named, where the figure
// sentences go without a plan, and next year's key tasks from a plan of several areas.
import type { ReportFigure } from '@phoihop/shared/reports';
import { reportFigureKeys } from '@phoihop/shared/reports';
import { describe, expect, it } from 'vitest';
import { buildDraftContent, OTHER_FIGURES_TITLE } from './report-draft.ts';
import { buildFigures, countText, percentText } from './report-figures.ts';
import type { ReportPlanItem } from './report-plans.repository.ts';
import { unitNaming } from './report-unit.ts';

const figures = (values: Partial<Record<string, number>>): ReportFigure[] =>
  reportFigureKeys.map((key) => ({ key, label: key, value: values[key] ?? 0, text: String(values[key] ?? 0), source: '', link: null, rate: null }));

let position = 0;
const item = (kind: 'AREA' | 'TASK', code: string, title: string, parentId: string | null = null): ReportPlanItem => ({
  id: `id-${code}`,
  parentId,
  kind,
  code,
  position: ++position,
  title,
  status: 'IN_PROGRESS',
  weight: 1,
  targetValue: null,
  achievedValue: null,
  reportedPercent: null,
  completedOn: null,
  nextDueOn: null,
  latestText: null,
  reportedAchieved: null,
  reportedPercentAsOf: null,
  achievedReported: false,
  percentReported: false,
});

describe('figure texts', () => {
  it('pads counts under 10 and writes rates with a decimal comma', () => {
    expect([0, 5, 10, 132].map(countText)).toEqual(['0', '05', '10', '132']);
    expect([percentText(100), percentText(95.3), percentText(null)]).toEqual(['100%', '95,3%', '…']);
  });
});

describe('rates in the report', () => {
  const counts = {
    cases: { received: 48, handled: 43, handledOnTime: 43, duplicates: 1 },
    mediation: { teams: 15, mediators: 132, cases: 23, successful: 22, concluded: 22 },
    supervision: { supervisions: 0, thematic: 0, joint: 0, topics: [], recommendations: 0, answered: 0, overdue: 0 },
    civic: { meetings: 0, petitions: 0, petitionsAnswered: 0, sessions: 0, visits: 0, drafts: 0, comments: 0, suggestions: 0 },
    plan: null,
  };
  const built = buildFigures(counts, { year: 2025, asOf: '2025-12-31', unitName: 'phường Hoành Sơn' });
  const of = (key: string) => built.find((f) => f.key === key)!;

  it('writes every rate with its base, and names the cases still in mediation', () => {
    expect(of('cases.onTimeRate')).toMatchObject({ text: '100% (43/43 đơn đã xử lý)', rate: { part: 43, whole: 43, base: 'letters-handled' } });
    expect(of('mediation.successRate')).toMatchObject({ text: '100% (22/22 vụ đã kết thúc hòa giải)', rate: { part: 22, whole: 22 } });
    expect(of('mediation.inProgress')).toMatchObject({ value: 1, text: '01' });
    // Counts carry no rate.
    expect(of('cases.handled').rate).toBeNull();
  });

  it('puts the rate with its base and the cases still in mediation into the sentence', () => {
    const values = Object.fromEntries(built.map((f) => [f.key, f.value ?? 0]));
    const content = buildDraftContent({ year: 2025, naming: unitNaming({ name: 'Phường Hoành Sơn', kind: 'WARD' }), plan: null, items: [], nextPlan: null, nextItems: [], figures: figures(values) });
    const text = content.sections[0]!.children[0]!.text;
    expect(text).toContain('đã tiếp nhận {{mediation.cases}} vụ việc, tỷ lệ hòa giải thành đạt {{mediation.successRate}}; {{mediation.inProgress}} vụ đang hòa giải.');
    expect(text).toContain('Tỷ lệ đơn được xử lý đúng thời hạn đạt {{cases.onTimeRate}}.');
  });

  it('spells "Ủy ban" in the title as the body does', () => {
    const content = buildDraftContent({ year: 2025, naming: unitNaming({ name: 'Phường Hoành Sơn', kind: 'WARD' }), plan: null, items: [], nextPlan: null, nextItems: [], figures: figures({}) });
    expect(content.title[0]).toBe('Kết quả phối hợp hoạt động giữa UBND với Ủy ban MTTQ');
    expect(content.intro).toContain('với Ủy ban MTTQ');
    expect(JSON.stringify(content)).not.toMatch(/Uỷ/);
  });
});

describe('unit naming', () => {
  it('takes the kind off the name for the place, and says it in lower case in sentences', () => {
    expect(unitNaming({ name: 'Phường Hoành Sơn', kind: 'WARD' })).toEqual({ kindWord: 'phường', place: 'Hoành Sơn', inSentence: 'phường Hoành Sơn' });
    expect(unitNaming({ name: 'Đặc khu Phú Quốc', kind: 'SPECIAL_ZONE' })).toMatchObject({ place: 'Phú Quốc', inSentence: 'đặc khu Phú Quốc' });
    expect(unitNaming({ name: 'Kỳ Anh', kind: 'COMMUNE' })).toMatchObject({ place: 'Kỳ Anh', inSentence: 'xã Kỳ Anh' });
  });
});

describe('draft content', () => {
  const naming = unitNaming({ name: 'Xã Kỳ Anh', kind: 'COMMUNE' });

  it('without a plan, puts every figure sentence under "Số liệu khác" and still states the letters', () => {
    const content = buildDraftContent({ year: 2025, naming, plan: null, items: [], nextPlan: null, nextItems: [], figures: figures({ 'voter.meetings': 2 }) });
    const [results] = content.sections;
    expect(results!.children.map((c) => c.title)).toEqual([OTHER_FIGURES_TITLE]);
    const lines = results!.children[0]!.text.split('\n');
    expect(lines[0]).toBe('Trong năm 2025 UBND xã đã tiếp nhận {{cases.received}} đơn thư, đã xử lý {{cases.handled}} đơn, còn {{cases.pending}} đơn đang giải quyết.');
    expect(lines[1]).toContain('{{voter.meetings}} buổi tiếp xúc cử tri');
    expect(lines).toHaveLength(2);
    expect(content.intro).toBe(
      'Năm 2025, công tác phối hợp giữa UBND xã Kỳ Anh với Ủy ban MTTQ và các tổ chức chính trị - xã hội xã được triển khai trên các lĩnh vực phối hợp. Kết quả phối hợp được đánh giá cụ thể như sau:',
    );
  });

  it('lists next year’s tasks under their areas, leaving the regulation and the solutions to their own parts', () => {
    const nextItems = [
      item('AREA', '1', 'Ký kết Quy chế phối hợp năm 2026'),
      item('TASK', '1.1', 'Tổ chức ký kết quy chế', 'id-1'),
      item('AREA', '2', 'Phối hợp bầu cử'),
      item('TASK', '2.1', 'Phối hợp tổ chức bầu cử đại biểu HĐND', 'id-2'),
      item('AREA', '10', 'An sinh xã hội'),
      item('TASK', '10.2', 'Sửa chữa nhà cho hộ khó khăn', 'id-10'),
      item('TASK', '10.1', 'Hỗ trợ sinh kế', 'id-10'),
      item('AREA', '3', 'Giải pháp thực hiện'),
      item('TASK', '3.1', 'Thông tin hai chiều', 'id-3'),
    ];
    const content = buildDraftContent({ year: 2025, naming, plan: null, items: [], nextPlan: null, nextItems, figures: figures({}) });
    expect(content.sections[2]!.children[1]!.text.split('\n')).toEqual([
      'Phối hợp bầu cử',
      '- Phối hợp tổ chức bầu cử đại biểu HĐND',
      'An sinh xã hội',
      '- Hỗ trợ sinh kế',
      '- Sửa chữa nhà cho hộ khó khăn',
    ]);
  });
});
