// The annual report's figures as they stood on a day (asOf 30/06/2025), counted from records
// dated around it: what happened before the year, after asOf or in another unit is left out; a
// letter handled after asOf is still pending; a duplicate is counted apart; the plan's progress is
// the one its reports gave by asOf. Then where the draft puts them.
import type { AnnualReportDraft, AnnualReportFigures, ReportFigure } from '@phoihop/shared/reports';
import { describe, expect, it } from 'vitest';
import { buildTestApp, login } from '../helpers/app.ts';
import { createWard, PASSWORD } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';
import { reportRecords } from './report-records.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-10T03:00:00Z');
const ward = await createWard(t.db);
const other = await createWard(t.db);
const { ubnd, mttq } = ward.organisations;
const records = reportRecords(t.db, ward.unit.id, ward.users.leader.id, mttq.id);
const elsewhere = reportRecords(t.db, other.unit.id, other.users.leader.id, other.organisations.mttq.id);
const viewer = await login(t.app, ward.users.viewer.username, PASSWORD);
const at = (date: string) => new Date(`${date}T09:00:00+07:00`);

// Letters: four received in the year by 30/06, two of them handled by then (one late).
await records.letter({ receivedOn: '2025-01-10', handledOn: '2025-02-01', status: 'CLOSED' });
await records.letter({ receivedOn: '2025-03-05', handledOn: '2025-04-20', onTime: false, status: 'FORWARDED' });
await records.letter({ receivedOn: '2025-05-02', handledOn: '2025-07-15', status: 'DECIDED' });
const open = await records.letter({ receivedOn: '2025-06-10', status: 'ACCEPTED' });
await records.letter({ receivedOn: '2025-06-12', status: 'DUPLICATE', duplicateOfId: open.id });
await records.letter({ receivedOn: '2024-12-30', handledOn: '2025-01-05' });
await records.letter({ receivedOn: '2025-07-02' });
await elsewhere.letter({ receivedOn: '2025-02-02', handledOn: '2025-02-20' });

// Mediation: two teams counted (one without a recognition date), four active mediators.
const team = await records.team({ establishedOn: '2025-01-01', mediators: [true, true, true, false] });
await records.team({ mediators: [true] });
await records.team({ establishedOn: '2025-08-01', mediators: [true, true] });
await records.team({ establishedOn: '2025-01-01', active: false, mediators: [true, true] });
await elsewhere.team({ establishedOn: '2025-01-01', mediators: [true, true, true] });
await records.mediationCase(team.id, { receivedOn: '2025-02-10', mediatedOn: '2025-02-20', outcome: 'SUCCESSFUL' });
await records.mediationCase(team.id, { receivedOn: '2025-03-10', mediatedOn: '2025-03-30', outcome: 'UNSUCCESSFUL' });
await records.mediationCase(team.id, { receivedOn: '2025-06-20', mediatedOn: '2025-07-05', outcome: 'SUCCESSFUL' });
await records.mediationCase(team.id, { receivedOn: '2025-05-15', outcome: 'IN_PROGRESS' });
await records.mediationCase(team.id, { receivedOn: '2024-12-15', mediatedOn: '2024-12-20', outcome: 'SUCCESSFUL' });

// Supervision: three touching the year by 30/06; recommendations answered, overdue, not yet due.
const thematic = await records.supervision({ title: 'Giám sát cải cách hành chính', kind: 'THEMATIC', from: '2025-03-01', to: '2025-04-01' });
await records.supervision({ title: 'Giám sát an sinh xã hội', kind: 'JOINT_COUNCIL', from: '2025-06-01', to: '2025-07-31' });
await records.supervision({ title: 'Giám sát thường xuyên quý IV', kind: 'REGULAR', from: '2024-11-01', to: '2025-01-31' });
await records.supervision({ title: 'Giám sát môi trường', kind: 'JOINT_COUNCIL', from: '2025-08-01', to: '2025-08-31' });
await records.supervision({ title: 'Giám sát năm trước', kind: 'THEMATIC', from: '2024-03-01', to: '2024-04-01' });
await records.recommendation(thematic.id, { sentOn: '2025-04-05', dueOn: '2025-05-05', answeredOn: '2025-05-01' });
await records.recommendation(thematic.id, { sentOn: '2025-04-05', dueOn: '2025-05-05' });
await records.recommendation(thematic.id, { sentOn: '2025-06-01', dueOn: '2025-07-01' });
await records.recommendation(thematic.id, { sentOn: '2025-05-01', dueOn: '2025-06-01', answeredOn: '2025-07-10' });
await records.recommendation(thematic.id, { sentOn: '2024-12-01', dueOn: '2024-12-31' });

// Voter contact, reception, criticism, suggestion boxes.
await records.voterMeeting('2025-04-10', ['2025-05-01', '2025-08-01', null]);
await records.voterMeeting('2025-07-10', [null]);
await records.receptionSession('2025-02-05', 2);
await records.receptionSession('2025-06-30', 1);
await records.receptionSession('2025-07-01', 1);
await elsewhere.receptionSession('2025-03-01', 4);
await records.draft('2025-03-01', [at('2025-03-05'), at('2025-06-30'), at('2025-07-01')]);
await records.draft('2025-05-01', []);
await records.draft('2024-12-01', [at('2024-12-05')]);
await records.boxOpening('2025-03-10', 2);
await records.boxOpening('2025-07-10', 1);

// The plan: two areas; a task done by then, one done later (40% by then), one measured (5 of 10 by then), one cancelled.
const plan = await records.plan(2025);
const letters = await records.area(plan.id, '1', 'Phối hợp tiếp công dân, giải quyết khiếu nại, tố cáo');
const supervisionArea = await records.area(plan.id, '2', 'Hoạt động giám sát, phản biện xã hội');
await records.task(plan.id, letters, { code: '1.1', title: 'Tiếp công dân định kỳ', status: 'DONE', completedOn: '2025-05-01', reports: [{ on: '2025-05-01', text: 'Đã tiếp công dân định kỳ hằng tháng.' }] });
await records.task(plan.id, letters, {
  code: '1.2',
  title: 'Giải quyết đơn thư',
  status: 'DONE',
  completedOn: '2025-08-01',
  reportedPercent: 100,
  reports: [
    { on: '2025-06-01', text: 'Đang giải quyết đơn thư.', reportedPercent: 40 },
    { on: '2025-08-01', text: 'Đã giải quyết xong.', reportedPercent: 100 },
  ],
});
await records.task(plan.id, supervisionArea, {
  code: '2.1',
  title: 'Giám sát chuyên đề',
  targetValue: 10,
  achievedValue: 8,
  reports: [
    { on: '2025-04-01', text: 'Đã giám sát 05 nội dung.', achievedValue: 5 },
    { on: '2025-09-01', text: 'Đã giám sát 08 nội dung.', achievedValue: 8 },
  ],
});
await records.task(plan.id, supervisionArea, { code: '2.2', title: 'Việc đã hủy', status: 'CANCELLED' });
await elsewhere.plan(2025);

const { asOf, figures } = await call<AnnualReportFigures>(t.app, viewer, 'GET', '/api/reports/annual/2025/figures?asOf=2025-06-30');
const figure = (key: string): ReportFigure => {
  const found = figures.find((f) => f.key === key);
  if (!found) throw new Error(`no figure ${key}`);
  return found;
};
const shown = (...keys: string[]) => keys.map((k) => [figure(k).value, figure(k).text]);

describe('annual report figures at a day', () => {
  it('counts the letters received in the year up to asOf, handled by asOf, duplicates apart', () => {
    expect(asOf).toBe('2025-06-30');
    expect(shown('cases.received', 'cases.handled', 'cases.pending', 'cases.handledOnTime', 'cases.onTimeRate', 'cases.duplicates')).toEqual([
      [4, '04'],
      [2, '02'],
      [2, '02'],
      [1, '01'],
      [50, '50% (1/2 đơn đã xử lý)'],
      [1, '01'],
    ]);
    expect(figure('cases.onTimeRate').rate).toEqual({ value: 50, part: 1, whole: 2, base: 'letters-handled' });
    expect(figure('cases.received').source).toContain('từ 01/01/2025 đến 30/06/2025');
    expect(figure('cases.pending').source).toContain('sau ngày 30/06/2025 vẫn tính là đang giải quyết');
    expect(figure('cases.received').link).toEqual({ to: '/cases', search: { from: '2025-01-01', to: '2025-06-30' } });
    expect(figure('cases.handled').link).toEqual({ to: '/cases', search: { from: '2025-01-01', to: '2025-06-30', state: 'handled' } });
    expect(figure('cases.pending').link?.search.state).toBe('open');
  });

  it('counts active, recognised mediation teams and their mediators, and the success of concluded mediations', () => {
    expect(shown('mediation.teams', 'mediation.mediators', 'mediation.cases', 'mediation.successful', 'mediation.successRate')).toEqual([
      [2, '02'],
      [4, '04'],
      [4, '04'],
      [1, '01'],
      [50, '50% (1/2 vụ đã kết thúc hòa giải)'],
    ]);
    // The cases not concluded by asOf are named apart; the rate's list is of the concluded ones.
    expect(shown('mediation.inProgress')).toEqual([[2, '02']]);
    expect(figure('mediation.successRate').link?.search).toMatchObject({ concluded: 'true' });
    expect(figure('mediation.successful').link).toEqual({
      to: '/mediation',
      search: { tab: 'cases', from: '2025-01-01', to: '2025-06-30', outcome: 'SUCCESSFUL' },
    });
  });

  it('counts supervisions touching the year, their topics, recommendations answered and overdue on asOf', () => {
    expect(shown('supervision.supervisions', 'supervision.thematic', 'supervision.joint')).toEqual([
      [3, '03'],
      [1, '01'],
      [1, '01'],
    ]);
    expect(figure('supervision.topics')).toMatchObject({ value: 2, text: 'Giám sát cải cách hành chính; Giám sát an sinh xã hội' });
    expect(shown('supervision.recommendations', 'supervision.recommendationsAnswered', 'supervision.recommendationsOverdue')).toEqual([
      [4, '04'],
      [1, '01'],
      [2, '02'],
    ]);
    expect(figure('supervision.joint').link).toEqual({ to: '/supervision', search: { year: '2025', kind: 'JOINT_COUNCIL' } });
    expect(figure('supervision.recommendationsOverdue').link).toEqual({ to: '/supervision/recommendations', search: { overdue: 'true' } });
  });

  it('counts voter contact, reception, criticism and suggestions of the unit up to asOf', () => {
    expect(shown('voter.meetings', 'voter.petitions', 'voter.petitionsAnswered')).toEqual([
      [1, '01'],
      [3, '03'],
      [1, '01'],
    ]);
    expect(shown('reception.sessions', 'reception.visits')).toEqual([
      [2, '02'],
      [3, '03'],
    ]);
    expect(shown('criticism.drafts', 'criticism.comments', 'suggestions.received')).toEqual([
      [1, '01'],
      [2, '02'],
      [2, '02'],
    ]);
    expect(figure('reception.sessions').link).toEqual({ to: '/reception', search: { from: '2025-01-01', to: '2025-06-30' } });
  });

  it('takes the plan as its reports stood on asOf', () => {
    // 1.1 done (100), 1.2 at 40% then (done later), 2.1 at 5 of 10; area 1 = 70, area 2 = 50.
    expect(shown('plan.tasks', 'plan.tasksDone', 'plan.progress')).toEqual([
      [3, '03'],
      [1, '01'],
      [60, '60%'],
    ]);
    expect(figure('plan.progress').link).toEqual({ to: `/plans/${plan.id}`, search: { tab: 'tree' } });
  });

  it('writes nothing to divide by as a blank, and counts only the year by default', async () => {
    const later = await call<AnnualReportFigures>(t.app, viewer, 'GET', '/api/reports/annual/2024/figures');
    expect(later.asOf).toBe('2024-12-31');
    const rate = later.figures.find((f) => f.key === 'cases.onTimeRate')!;
    expect([rate.value, rate.text]).toEqual([null, '…']);
    expect(later.figures.find((f) => f.key === 'plan.tasks')).toMatchObject({ value: 0, link: null });
  });

  it('refuses a day outside the year', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/reports/annual/2025/figures?asOf=2026-01-02', headers: { cookie: viewer.cookie } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'asOf' }] });
  });
});

const draft = await call<AnnualReportDraft>(t.app, viewer, 'GET', '/api/reports/annual/2025/draft?asOf=2025-06-30');
const [results, assessment, programme] = draft.content.sections;

describe('the draft', () => {
  it('has one part per area and the figures in the area they belong to', () => {
    expect(draft.plan).toEqual({ id: plan.id, title: plan.title });
    expect(draft.header).toMatchObject({ number: null, date: '2025-06-30', symbol: 'BC-UBND' });
    expect(results!.children.map((c) => c.title)).toEqual([letters.title, supervisionArea.title, 'Số liệu khác']);
    const [first, second, rest] = results!.children;
    // Each task's latest report by asOf, as dash items when several.
    expect(first!.text.split('\n').slice(0, 2)).toEqual(['- Đã tiếp công dân định kỳ hằng tháng.', '- Đang giải quyết đơn thư.']);
    expect(first!.text).toContain('đã tiếp nhận {{cases.received}} đơn thư, đã xử lý {{cases.handled}} đơn, còn {{cases.pending}} đơn đang giải quyết');
    expect(first!.text).toContain('{{reception.sessions}} buổi tiếp công dân');
    expect(first!.text).toContain('{{mediation.teams}} tổ hòa giải với {{mediation.mediators}} hòa giải viên');
    expect(first!.text).toContain('{{cases.duplicates}} đơn trùng');
    expect(second!.text.split('\n')[0]).toBe('Đã giám sát 05 nội dung.');
    expect(second!.text).toContain('{{supervision.supervisions}} cuộc giám sát');
    expect(second!.text).toContain('{{criticism.drafts}} dự thảo');
    expect(rest!.text).toContain('{{voter.meetings}} buổi tiếp xúc cử tri');
    expect(rest!.text).toContain('{{suggestions.received}} ý kiến');
    expect(draft.content.intro).toContain('gồm {{plan.tasks}} nhiệm vụ');
  });

  it('has the assessment and next year’s programme even when the plan says nothing of them', () => {
    expect(assessment!.children.map((c) => [c.title, c.text])).toEqual([
      ['Ưu điểm', ''],
      ['Một số tồn tại, hạn chế', ''],
      ['Nguyên nhân của những tồn tại, hạn chế', ''],
    ]);
    expect(programme!.title).toMatch(/NĂM 2026$/);
    expect(programme!.children.map((c) => c.text)).toEqual(['', '', '']);
    expect(draft.nextPlan).toBeNull();
  });

  it('names the unit from its name and its People’s Committee', () => {
    const place = ward.unit.name.replace(/^Phường /, '');
    expect(draft.header.issuerName).toEqual(['ỦY BAN NHÂN DÂN', `PHƯỜNG ${place.toUpperCase()}`]);
    expect(draft.header.place).toBe(place);
    expect(draft.header.signature).toEqual({ authority: [{ prefix: 'TM.', of: 'ỦY BAN NHÂN DÂN' }], title: 'CHỦ TỊCH', name: ward.users.leader.fullName });
    expect(draft.content.intro).toContain(`UBND phường ${place} với`);
    expect(ubnd.kind).toBe('PEOPLES_COMMITTEE');
  });
});
