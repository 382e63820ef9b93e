// GET /api/dashboard on a ward whose records sit on both sides of every boundary on 10/03/2026:
// the reader's organisation's work (its own tasks, the cases the reader follows, what was sent to
// it), the next dated things, and the unit's overview for those who steer, with each number's
// link giving the same count when its list is asked with those params. Another ward's rows and
// other organisations' work never count.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, type Session } from '../helpers/app.ts';
import { createUser, createWard } from '../helpers/factories.ts';
import { approve, buildPlan, call } from '../helpers/plans.ts';
import { supervisionWard } from '../supervision/helpers.ts';
import {
  caseRow,
  dashboardOf,
  href,
  mediationCaseRow,
  mediationTeam,
  meetingRow,
  petitionRow,
  recommendationRow,
  supervisionRow,
} from './helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-10T03:00:00Z'); // 10:00 in Vietnam
const ward = await supervisionWard(t);
const unitId = ward.unit.id;
const { ubnd, mttq, women } = ward.organisations;
const womenLeaderUser = await createUser(t.db, { unitId, roles: ['ORG_LEADER'], organisationId: women.id });
const by = ward.users.ubndOfficer.id;
const s = {
  pcLeader: await ward.as(ward.users.leader),
  pcOfficer: await ward.as(ward.users.ubndOfficer),
  frontLeader: await ward.as(ward.users.frontLeader),
  frontOfficer: await ward.as(ward.users.frontOfficer),
  womenOfficer: await ward.as(ward.users.officer),
  womenLeader: await ward.as(womenLeaderUser),
  viewer: await ward.as(ward.users.viewer),
  unitAdmin: await ward.as(ward.users.unitAdmin),
};

// --- The 2026 plan: tasks around today and the 7-day horizon --------------------------------
const plan = await buildPlan(t.app, s.pcLeader, {
  year: 2026,
  tasks: [
    { title: 'Hôm qua', leadOrganisationId: women.id, dueDate: '2026-03-09' },
    { title: 'Hôm nay', leadOrganisationId: women.id, dueDate: '2026-03-10' },
    { title: 'Bảy ngày nữa', leadOrganisationId: women.id, dueDate: '2026-03-17' },
    { title: 'Tám ngày nữa', leadOrganisationId: women.id, dueDate: '2026-03-18' },
    { title: 'Đã xong', leadOrganisationId: women.id, dueDate: '2026-03-05' },
    { title: 'Phụ nữ phối hợp', leadOrganisationId: ubnd.id, partnerIds: [women.id], dueDate: '2026-03-09' },
    { title: 'Của UBND', leadOrganisationId: ubnd.id, dueDate: '2026-03-02' },
  ],
});
await approve(t.app, s.pcLeader, plan.planId);
const done = plan.taskIds[4]!;
await call(t.app, s.womenOfficer, 'POST', `/api/plan-items/${done}/status`, { status: 'DONE' }, {
  'if-match': `"${(await t.db.planItem.findUniqueOrThrow({ where: { id: done } })).version}"`,
});

// --- Letters: forwarded by the Women's Union around the 3-day horizon, and the PC's own ----------
const forwarded = { unitId, createdById: by, sourceOrganisationId: women.id };
await caseRow(t.db, { ...forwarded, receivedOn: '2026-01-05', dueOn: '2026-03-09' });
await caseRow(t.db, { ...forwarded, receivedOn: '2026-02-03', status: 'ACCEPTED', dueOn: '2026-03-10' });
await caseRow(t.db, { ...forwarded, receivedOn: '2026-02-10', status: 'VERIFYING', dueOn: '2026-03-13' });
await caseRow(t.db, { ...forwarded, receivedOn: '2026-03-02', status: 'VERIFYING', dueOn: '2026-03-14' });
await caseRow(t.db, { unitId, createdById: by, receivedOn: '2026-01-20', dueOn: '2026-03-01' });
await caseRow(t.db, { unitId, createdById: by, receivedOn: '2026-01-10', status: 'CLOSED', handledOn: '2026-02-20', handledOnTime: true });
await caseRow(t.db, { unitId, createdById: by, receivedOn: '2026-02-11', status: 'DECLINED', handledOn: '2026-02-25', handledOnTime: false });
await caseRow(t.db, { unitId, createdById: by, receivedOn: '2026-02-15', status: 'DUPLICATE' });
await caseRow(t.db, { unitId, createdById: by, receivedOn: '2025-12-20', status: 'CLOSED', handledOn: '2026-01-06', handledOnTime: true });

// --- Supervision: recommendations to the Women's Union, the PC and outside ---------------------
const front = { unitId, leadOrganisationId: mttq.id, createdById: ward.users.frontOfficer.id };
const sup = await supervisionRow(t.db, { ...front, periodFrom: '2026-01-10', periodTo: '2026-02-10' });
await supervisionRow(t.db, { ...front, periodFrom: '2025-09-01', periodTo: '2025-10-15' });
await supervisionRow(t.db, { ...front, periodFrom: '2026-03-20', periodTo: '2026-04-20', title: 'Giám sát sắp tới' });
const rec = (addresseeOrganisationId: string | null, status: 'UNANSWERED' | 'ANSWERED' | 'IMPLEMENTED' | 'REJECTED', dueOn: string) =>
  recommendationRow(t.db, { unitId, supervisionId: sup.id, addresseeOrganisationId, status, dueOn });
await rec(women.id, 'UNANSWERED', '2026-04-01');
await rec(women.id, 'UNANSWERED', '2026-03-01');
await rec(ubnd.id, 'ANSWERED', '2026-02-01');
await rec(ubnd.id, 'IMPLEMENTED', '2026-02-01');
await rec(ubnd.id, 'UNANSWERED', '2026-03-09');
await rec(null, 'REJECTED', '2026-02-01');
// Sent in 2025: counted in 2025's figures only, answered or overdue.
const sup2025 = await supervisionRow(t.db, { ...front, periodFrom: '2025-05-01', periodTo: '2025-06-01' });
for (const [status, dueOn] of [['ANSWERED', '2025-08-01'], ['UNANSWERED', '2025-12-01']] as const) {
  await recommendationRow(t.db, { unitId, supervisionId: sup2025.id, addresseeOrganisationId: null, status, dueOn, sentOn: '2025-06-15' });
}

// --- Voter contact: a past meeting's petitions, and one coming ----------------------------------
const meeting = await meetingRow(t.db, { unitId, createdById: by, heldOn: '2026-03-01' });
await meetingRow(t.db, { unitId, createdById: by, heldOn: '2026-03-12', theme: 'Tiếp xúc cử tri trước kỳ họp' });
const petition = (addresseeOrganisationId: string | null, status: 'RECORDED' | 'SENT' | 'ANSWERED' | 'REPORTED_BACK', dueOn: string | null) =>
  petitionRow(t.db, { unitId, meetingId: meeting.id, addresseeOrganisationId, status, dueOn });
await petition(women.id, 'SENT', '2026-04-01');
await petition(women.id, 'SENT', '2026-03-05');
await petition(ubnd.id, 'ANSWERED', '2026-02-01');
await petition(ubnd.id, 'REPORTED_BACK', '2026-02-01');
await petition(null, 'RECORDED', null);
// Raised at a 2025 meeting: counted in 2025's figures only.
const meeting2025 = await meetingRow(t.db, { unitId, createdById: by, heldOn: '2025-07-01' });
await petitionRow(t.db, { unitId, meetingId: meeting2025.id, addresseeOrganisationId: null, status: 'SENT', dueOn: '2025-09-01' });

// --- Mediation, a reception session and a draft open for comment --------------------------------
const team = await mediationTeam(t.db, { unitId, mediators: 4, inactiveMediators: 1 });
await mediationTeam(t.db, { unitId, active: false, mediators: 3 });
for (const [receivedOn, outcome] of [
  ['2026-01-12', 'SUCCESSFUL'],
  ['2026-02-02', 'SUCCESSFUL'],
  ['2026-02-20', 'UNSUCCESSFUL'],
  ['2026-03-03', 'IN_PROGRESS'],
  ['2025-11-02', 'SUCCESSFUL'],
] as const) {
  await mediationCaseRow(t.db, { unitId, teamId: team.id, createdById: by, receivedOn, outcome });
}
await t.db.receptionSession.create({
  data: { unitId, heldOn: new Date('2026-03-11T00:00:00Z'), kind: 'REGULAR', hostNames: 'Chủ tịch UBND phường', createdById: by },
});
await t.db.draft.create({
  data: {
    unitId,
    title: 'Dự thảo quy hoạch chung',
    draftingBody: 'UBND phường',
    submittedOn: new Date('2026-03-01T00:00:00Z'),
    commentDeadline: new Date('2026-03-25T00:00:00Z'),
    searchText: 'du thao quy hoach chung',
    createdById: by,
  },
});

// --- Another ward with the same kinds of records: none of them may count here ------------------
const other = await createWard(t.db);
const otherUnit = other.unit.id;
const otherBy = other.users.leader.id;
await caseRow(t.db, { unitId: otherUnit, createdById: otherBy, receivedOn: '2026-02-01', dueOn: '2026-03-01', sourceOrganisationId: other.organisations.women.id });
const otherSup = await supervisionRow(t.db, { unitId: otherUnit, leadOrganisationId: other.organisations.mttq.id, createdById: otherBy, periodFrom: '2026-03-15', periodTo: '2026-03-30' });
await recommendationRow(t.db, { unitId: otherUnit, supervisionId: otherSup.id, addresseeOrganisationId: other.organisations.women.id, status: 'UNANSWERED', dueOn: '2026-03-01' });
const otherMeeting = await meetingRow(t.db, { unitId: otherUnit, createdById: otherBy, heldOn: '2026-03-11' });
await petitionRow(t.db, { unitId: otherUnit, meetingId: otherMeeting.id, addresseeOrganisationId: other.organisations.women.id, status: 'SENT', dueOn: '2026-03-01' });
const otherTeam = await mediationTeam(t.db, { unitId: otherUnit, mediators: 5 });
await mediationCaseRow(t.db, { unitId: otherUnit, teamId: otherTeam.id, createdById: otherBy, receivedOn: '2026-02-01', outcome: 'UNSUCCESSFUL' });

type Page = { items: unknown[]; nextCursor: string | null; total?: number };
const listed = async (session: Session, url: string) => (await call<Page>(t.app, session, 'GET', url)).items.length;
/** The total the list's first page gives: what its screen shows. */
const totalOf = async (session: Session, url: string) => (await call<Page>(t.app, session, 'GET', url)).total;

describe('my work', () => {
  it("counts the tasks the reader's organisation leads: overdue before today, due soon up to 7 days on", async () => {
    const { mine, today, year } = await dashboardOf(t.app, s.womenOfficer);
    expect({ today, year }).toEqual({ today: '2026-03-10', year: 2026 });
    expect(mine.organisation).toEqual({ id: women.id, name: women.name, shortName: null });
    expect(mine.tasksOverdue.value).toBe(1);
    expect(mine.tasksDueSoon.value).toBe(2);
    const tasks = `/plans/${plan.planId}?tab=tasks&org=${women.id}&involvement=lead`;
    expect(href(mine.tasksOverdue.link)).toBe(`${tasks}&timeliness=overdue`);
    expect(href(mine.tasksDueSoon.link)).toBe(`${tasks}&timeliness=due-soon`);
    // The plan's task list with those params shows the same tasks.
    const api = `/api/tasks?planId=${plan.planId}&organisationId=${women.id}&involvement=lead`;
    expect(await listed(s.womenOfficer, `${api}&timeliness=overdue`)).toBe(1);
    expect(await listed(s.womenOfficer, `${api}&timeliness=due-soon`)).toBe(2);
    // The People's Committee leads two overdue tasks (one shared with the Women's Union).
    const pc = (await dashboardOf(t.app, s.pcOfficer)).mine;
    expect([pc.tasksOverdue.value, pc.tasksDueSoon.value]).toEqual([2, 0]);
  });

  it('counts the cases the reader may read: overdue before today, due soon up to 3 days on', async () => {
    const women = (await dashboardOf(t.app, s.womenOfficer)).mine;
    expect([women.casesOverdue?.value, women.casesDueSoon?.value]).toEqual([1, 2]);
    expect(href(women.casesOverdue!.link)).toBe('/cases?state=overdue&sort=due');
    expect(href(women.casesDueSoon!.link)).toBe('/cases?state=due-soon&sort=due');
    expect(await listed(s.womenOfficer, '/api/cases?state=overdue&sort=due')).toBe(1);
    expect(await listed(s.womenOfficer, '/api/cases?state=due-soon&sort=due')).toBe(2);
    // The People's Committee follows every case of the unit.
    const pc = (await dashboardOf(t.app, s.pcOfficer)).mine;
    expect([pc.casesOverdue?.value, pc.casesDueSoon?.value]).toEqual([2, 2]);
    expect(await listed(s.pcOfficer, '/api/cases?state=overdue&sort=due')).toBe(2);
    // A viewer follows no case: nothing rather than a zero.
    const viewer = (await dashboardOf(t.app, s.viewer)).mine;
    expect([viewer.casesOverdue, viewer.casesDueSoon]).toEqual([null, null]);
  });

  it("counts the recommendations and petitions awaiting the organisation's answer", async () => {
    const { mine } = await dashboardOf(t.app, s.womenOfficer);
    expect(mine.recommendationsAwaiting.value).toBe(2);
    expect(href(mine.recommendationsAwaiting.link)).toBe('/supervision/recommendations?status=UNANSWERED&mine=true');
    expect(await listed(s.womenOfficer, '/api/recommendations?status=UNANSWERED&mine=true')).toBe(2);
    expect(mine.petitionsAwaiting.value).toBe(2);
    expect(href(mine.petitionsAwaiting.link)).toBe('/voter-contact/petitions?status=SENT&mine=true');
    expect(await listed(s.womenOfficer, '/api/voter-petitions?status=SENT&mine=true')).toBe(2);
    const pc = (await dashboardOf(t.app, s.pcOfficer)).mine;
    expect([pc.recommendationsAwaiting.value, pc.petitionsAwaiting.value]).toEqual([1, 0]);
  });

  it('gives no organisation counts to a reader outside any organisation', async () => {
    const { mine } = await dashboardOf(t.app, s.viewer);
    expect(mine.organisation).toBeNull();
    for (const count of [mine.tasksOverdue, mine.tasksDueSoon, mine.recommendationsAwaiting, mine.petitionsAwaiting]) {
      expect(count).toEqual({ value: null, link: null });
    }
  });

  it('lists the next ten dated things from today, nearest first, each with its page', async () => {
    const { mine } = await dashboardOf(t.app, s.womenOfficer);
    expect(mine.upcoming.map((u) => [u.on, u.kind])).toEqual([
      ['2026-03-10', 'task'],
      ['2026-03-11', 'reception-session'],
      ['2026-03-12', 'voter-meeting'],
      ['2026-03-17', 'task'],
      ['2026-03-18', 'task'],
      ['2026-03-20', 'supervision'],
      ['2026-03-25', 'draft-deadline'],
      ['2026-04-15', 'review'],
      ['2026-07-15', 'review'],
      ['2026-10-15', 'review'],
    ]);
    const [task, session, meetingItem] = mine.upcoming;
    expect(task).toMatchObject({ title: '1.2 Hôm nay', link: { to: `/plans/${plan.planId}`, search: { tab: 'tasks', task: plan.taskIds[1] } } });
    expect(session!.link.to).toMatch(/^\/reception\/[0-9a-f-]{36}$/);
    expect(meetingItem).toMatchObject({ title: 'Tiếp xúc cử tri trước kỳ họp' });
    expect(mine.upcoming[7]).toMatchObject({ title: `Kiểm điểm quý I năm 2026: Chương trình phối hợp năm 2026`, link: { search: { tab: 'reviews' } } });
    // A viewer has no tasks of an organisation and does not read reception records.
    const viewer = (await dashboardOf(t.app, s.viewer)).mine.upcoming;
    expect(viewer.map((u) => u.kind)).not.toContain('task');
    expect(viewer.map((u) => u.kind)).not.toContain('reception-session');
    expect(viewer[0]).toMatchObject({ on: '2026-03-12', kind: 'voter-meeting' });
  });
});

describe('overview', () => {
  it('is for those who steer: leaders, People’s Committee and Front staff, the unit admin', async () => {
    for (const session of [s.pcLeader, s.pcOfficer, s.frontLeader, s.frontOfficer, s.womenLeader, s.unitAdmin]) {
      expect((await dashboardOf(t.app, session)).overview).not.toBeNull();
    }
    for (const session of [s.womenOfficer, s.viewer]) {
      expect((await dashboardOf(t.app, session)).overview).toBeNull();
    }
  });

  it("shows the year's plan progress by area and by lead organisation", async () => {
    const overview = (await dashboardOf(t.app, s.pcLeader)).overview!;
    expect(overview.plan).toEqual({ id: plan.planId, title: 'Chương trình phối hợp năm 2026' });
    expect(overview.progressByArea).toEqual([
      {
        id: plan.areaId,
        code: '1',
        title: 'Phối hợp tuyên truyền, vận động Nhân dân',
        tasks: 7,
        done: 1,
        overdue: 3,
        percent: 14.3,
        link: { to: `/plans/${plan.planId}`, search: { tab: 'tasks', area: plan.areaId } },
      },
    ]);
    expect(overview.progressByOrganisation.map((r) => [r.organisation.id, r.tasks, r.done, r.overdue, r.percent])).toEqual([
      [women.id, 5, 1, 1, 20],
      [ubnd.id, 2, 0, 2, 0],
    ]);
    expect(overview.progressByOrganisation[0]!.link).toEqual({
      to: `/plans/${plan.planId}`,
      search: { tab: 'tasks', org: women.id, involvement: 'lead' },
    });
  });

  it("counts the year's letters, duplicates apart, with lists that show the same letters", async () => {
    const { letters, lettersByMonth, lettersByStatus } = (await dashboardOf(t.app, s.pcOfficer)).overview!;
    expect(Object.fromEntries(Object.entries(letters).map(([k, v]) => [k, v.value]))).toEqual({
      received: 7,
      handled: 2,
      pending: 5,
      overdue: 2,
      onTimeRate: 50,
    });
    // The rate names its base: 1 of the 2 handled letters, on the list of the handled ones.
    expect(letters.onTimeRate).toMatchObject({ part: 1, whole: 2, base: 'letters-handled' });
    expect(href(letters.onTimeRate.link)).toBe(`/cases?from=2026-01-01&to=2026-12-31&state=handled`);
    expect(await totalOf(s.pcOfficer, `/api/cases?from=2026-01-01&to=2026-12-31&state=handled`)).toBe(2);
    const year = 'from=2026-01-01&to=2026-12-31';
    // Received: the duplicate apart, on the list as on the figure.
    expect(href(letters.received.link)).toBe(`/cases?${year}&state=received`);
    expect(await totalOf(s.pcOfficer, `/api/cases?${year}&state=received`)).toBe(7);
    expect(await totalOf(s.pcOfficer, `/api/cases?${year}`)).toBe(8);
    expect(href(letters.handled.link)).toBe(`/cases?${year}&state=handled`);
    expect(href(letters.pending.link)).toBe(`/cases?${year}&state=open`);
    expect(href(letters.overdue.link)).toBe(`/cases?${year}&state=overdue&sort=due`);
    expect(await listed(s.pcOfficer, `/api/cases?${year}&state=handled`)).toBe(2);
    expect(await listed(s.pcOfficer, `/api/cases?${year}&state=open`)).toBe(5);
    expect(await listed(s.pcOfficer, `/api/cases?${year}&state=overdue`)).toBe(2);
    expect(lettersByMonth.slice(0, 4).map((m) => [m.month, m.received, m.handled])).toEqual([
      [1, 3, 1],
      [2, 3, 1],
      [3, 1, 0],
      [4, 0, 0],
    ]);
    expect(lettersByMonth).toHaveLength(12);
    expect(href(lettersByMonth[1]!.link)).toBe('/cases?from=2026-02-01&to=2026-02-28&state=received');
    expect(await totalOf(s.pcOfficer, '/api/cases?from=2026-02-01&to=2026-02-28&state=received')).toBe(3);
    expect(lettersByStatus.map((r) => [r.status, r.count])).toEqual([
      ['RECEIVED', 2],
      ['ACCEPTED', 1],
      ['VERIFYING', 2],
      ['CLOSED', 1],
      ['DECLINED', 1],
      ['DUPLICATE', 1],
    ]);
    expect(href(lettersByStatus[5]!.link)).toBe(`/cases?${year}&status=DUPLICATE`);
    expect(await listed(s.pcOfficer, `/api/cases?${year}&status=VERIFYING`)).toBe(2);
  });

  it("counts the year's mediation, supervision follow-up and voter petitions of the unit only, with lists of as many", async () => {
    const { mediation, supervision, voterPetitions } = (await dashboardOf(t.app, s.frontOfficer)).overview!;
    const values = (o: Record<string, { value: number | null }>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.value]));
    const year = 'from=2026-01-01&to=2026-12-31';
    expect(values(mediation)).toEqual({ teams: 1, mediators: 4, cases: 4, successful: 2, inProgress: 1, successRate: 66.7 });
    // Successful of the concluded ones (2 of 3), the one still in mediation named apart.
    expect(mediation.successRate).toMatchObject({ part: 2, whole: 3, base: 'mediation-concluded' });
    expect(href(mediation.teams.link)).toBe('/mediation?tab=teams&active=true');
    expect(await totalOf(s.frontOfficer, '/api/mediation/teams?active=true')).toBe(1);
    expect(href(mediation.cases.link)).toBe(`/mediation?tab=cases&${year}`);
    expect(href(mediation.successful.link)).toBe(`/mediation?tab=cases&${year}&outcome=SUCCESSFUL`);
    expect(await totalOf(s.frontOfficer, `/api/mediation/cases?${year}&outcome=SUCCESSFUL`)).toBe(2);
    expect(href(mediation.inProgress.link)).toBe(`/mediation?tab=cases&${year}&outcome=IN_PROGRESS`);
    expect(href(mediation.successRate.link)).toBe(`/mediation?tab=cases&${year}&concluded=true`);
    expect(await totalOf(s.frontOfficer, `/api/mediation/cases?${year}&concluded=true`)).toBe(3);

    // Recommendations sent in 2026 (the two of 2025 apart).
    expect(values(supervision)).toEqual({ supervisions: 2, recommendations: 6, answered: 3, overdue: 2, answerRate: 50 });
    expect(supervision.answerRate).toMatchObject({ part: 3, whole: 6, base: 'recommendations-sent' });
    expect(href(supervision.supervisions.link)).toBe('/supervision?year=2026');
    expect(await totalOf(s.frontOfficer, '/api/supervisions?year=2026')).toBe(2);
    expect(href(supervision.recommendations.link)).toBe('/supervision/recommendations?year=2026&open=false');
    expect(await totalOf(s.frontOfficer, '/api/recommendations?year=2026')).toBe(6);
    expect(href(supervision.answered.link)).toBe('/supervision/recommendations?year=2026&answered=true&open=false');
    expect(await totalOf(s.frontOfficer, '/api/recommendations?year=2026&answered=true')).toBe(3);
    expect(href(supervision.overdue.link)).toBe('/supervision/recommendations?overdue=true&year=2026');
    // The SPA adds open=true to a link without open=false (open ones by default).
    expect(await totalOf(s.frontOfficer, '/api/recommendations?overdue=true&year=2026&open=true')).toBe(2);

    expect(values(voterPetitions)).toEqual({ petitions: 5, answered: 2, overdue: 1 });
    expect(href(voterPetitions.petitions.link)).toBe('/voter-contact/petitions?year=2026&open=false');
    expect(await totalOf(s.frontOfficer, '/api/voter-petitions?year=2026')).toBe(5);
    expect(href(voterPetitions.answered.link)).toBe('/voter-contact/petitions?year=2026&answered=true&open=false');
    expect(await totalOf(s.frontOfficer, '/api/voter-petitions?year=2026&answered=true')).toBe(2);
    expect(href(voterPetitions.overdue.link)).toBe('/voter-contact/petitions?overdue=true&year=2026');
    expect(await totalOf(s.frontOfficer, '/api/voter-petitions?overdue=true&year=2026&open=true')).toBe(1);
  });

  it("counts 2025's recommendations and petitions in 2025 only", async () => {
    const { supervision, voterPetitions } = (await dashboardOf(t.app, s.frontOfficer, '?year=2025')).overview!;
    expect([supervision.recommendations.value, supervision.answered.value, supervision.overdue.value]).toEqual([2, 1, 1]);
    expect(supervision.answerRate).toMatchObject({ value: 50, part: 1, whole: 2 });
    expect(await totalOf(s.frontOfficer, '/api/recommendations?year=2025&overdue=true&open=true')).toBe(1);
    expect([voterPetitions.petitions.value, voterPetitions.overdue.value]).toEqual([1, 1]);
    // Only the first page carries the total.
    const first = await call<Page>(t.app, s.frontOfficer, 'GET', '/api/recommendations?limit=1');
    expect(first.total).toBe(8);
    const next = await call<Page>(t.app, s.frontOfficer, 'GET', `/api/recommendations?limit=1&cursor=${first.nextCursor}`);
    expect(next.total).toBeUndefined();
  });

  it("takes another year's plan and letters on ?year", async () => {
    const overview = (await dashboardOf(t.app, s.pcLeader, '?year=2025')).overview!;
    expect(overview.plan).toBeNull();
    expect([overview.progressByArea, overview.progressByOrganisation]).toEqual([[], []]);
    expect([overview.letters.received.value, overview.letters.handled.value, overview.letters.onTimeRate.value]).toEqual([1, 1, 100]);
    expect([overview.mediation.cases.value, overview.supervision.supervisions.value]).toEqual([1, 2]);
  });
});

describe('GET /api/dashboard', () => {
  it('refuses a bad year and a caller without a session', async () => {
    const bad = await injectAs(t.app, s.viewer, { method: 'GET', url: '/api/dashboard?year=abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/dashboard' });
    expect(anonymous.statusCode).toBe(401);
  });
});
