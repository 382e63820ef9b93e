// Progress posted by lead and partner organisations, and how it rolls up to the plan.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login } from '../helpers/app.ts';
import { createUser, createWard, PASSWORD } from '../helpers/factories.ts';
import { approve, buildPlan, call } from '../helpers/plans.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-11-26T03:00:00Z');
const ward = await createWard(t.db);
const { ubnd, mttq, women } = ward.organisations;
const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);
const leader = await login(t.app, ward.users.leader.username, PASSWORD);
const officer = await login(t.app, ward.users.officer.username, PASSWORD);
const mttqOfficer = await login(
  t.app,
  (await createUser(t.db, { unitId: ward.unit.id, roles: ['ORG_OFFICER'], organisationId: mttq.id })).username,
  PASSWORD,
);
const viewer = await login(t.app, ward.users.viewer.username, PASSWORD);

const built = await buildPlan(t.app, admin, {
  year: 2026,
  tasks: [
    { title: 'Thành lập tổ hòa giải', leadOrganisationId: women.id, partnerIds: [mttq.id], dueDate: '2026-12-31', targetValue: 15, targetUnit: 'tổ', weight: 3 },
    { title: 'Tổng kết phong trào', leadOrganisationId: ubnd.id, dueDate: '2026-10-31', weight: 1 },
  ],
});
const [mediation, summary] = built.taskIds as [string, string];
await approve(t.app, leader, built.planId);

const plan = async () => (await call<{ plan: { progress: number; status: string; counts: { overdue: number } }; items: { id: string; progress: number; timeliness: string; can: Record<string, boolean> }[] }>(t.app, admin, 'GET', `/api/plans/${built.planId}`));

describe('progress', () => {
  it('starts at nothing and flags the task past its due date as overdue', async () => {
    const tree = await plan();
    expect(tree.plan.progress).toBe(0);
    expect(tree.items.find((i) => i.id === summary)!.timeliness).toBe('overdue');
    expect(tree.plan.counts.overdue).toBe(1);
  });

  it('lets the lead organisation report an achieved value and moves the plan along', async () => {
    const updated = await call(t.app, officer, 'POST', `/api/plan-items/${mediation}/progress`, {
      reportedOn: '2026-11-20',
      text: 'Đã kiện toàn 6 tổ hòa giải',
      achievedValue: 6,
    });
    expect(updated).toMatchObject({ status: 'IN_PROGRESS', achievedValue: 6, progress: 40, lastReportedOn: '2026-11-20' });
    const tree = await plan();
    expect(tree.plan.status).toBe('IN_PROGRESS');
    expect(tree.plan.progress).toBe(30); // (40×3 + 0×1) / 4
  });

  it('lets a partner report but not change the status', async () => {
    const ok = await call(t.app, mttqOfficer, 'POST', `/api/plan-items/${mediation}/progress`, {
      reportedOn: '2026-11-21',
      text: 'MTTQ phối hợp khảo sát 3 khu dân cư',
    });
    expect(ok.status).toBe('IN_PROGRESS');
    const refused = await injectAs(t.app, mttqOfficer, {
      method: 'POST',
      url: `/api/plan-items/${mediation}/progress`,
      payload: { reportedOn: '2026-11-21', text: 'Xong', status: 'DONE' },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('refuses the Women’s Union officer on a task of another organisation, and hides the controls', async () => {
    const res = await injectAs(t.app, officer, {
      method: 'POST',
      url: `/api/plan-items/${summary}/progress`,
      payload: { reportedOn: '2026-11-20', text: 'Không phải việc của tôi' },
    });
    expect(res.statusCode).toBe(403);
    const tree = await call<{ items: { id: string; can: Record<string, boolean> }[] }>(t.app, officer, 'GET', `/api/plans/${built.planId}`);
    expect(tree.items.find((i) => i.id === summary)!.can).toEqual({ edit: false, updateStatus: false, postProgress: false });
    expect(tree.items.find((i) => i.id === mediation)!.can).toEqual({ edit: false, updateStatus: true, postProgress: true });
    const asViewer = await injectAs(t.app, viewer, {
      method: 'POST',
      url: `/api/plan-items/${mediation}/progress`,
      payload: { reportedOn: '2026-11-20', text: 'Xem' },
    });
    expect(asViewer.statusCode).toBe(403);
  });

  it('refuses a report dated in the future', async () => {
    const res = await injectAs(t.app, officer, {
      method: 'POST',
      url: `/api/plan-items/${mediation}/progress`,
      payload: { reportedOn: '2026-12-25', text: 'Tương lai' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('reportedOn');
  });

  it('finishes a task by status and shows the whole history in its timeline', async () => {
    const v = (await t.db.planItem.findUniqueOrThrow({ where: { id: summary } })).version;
    const done = await call(t.app, leader, 'POST', `/api/plan-items/${summary}/status`, { status: 'DONE' }, { 'if-match': `"${v}"` });
    expect(done).toMatchObject({ status: 'DONE', progress: 100, timeliness: 'none', completedOn: '2026-11-26' });
    expect((await plan()).plan.progress).toBe(55); // (40×3 + 100×1) / 4

    const timeline = await call<{ type: string; text: string | null }[]>(t.app, viewer, 'GET', `/api/plan-items/${mediation}/timeline`);
    expect(timeline.map((e) => e.type)).toEqual(['progress', 'progress', 'created']);
    expect(timeline[1]!.text).toBe('Đã kiện toàn 6 tổ hòa giải');
  });

  it('attaches uploaded evidence to a progress report', async () => {
    const boundary = '----phoihop';
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="biên bản.pdf"',
      'Content-Type: application/pdf',
      '',
      '%PDF-1.4 test',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const upload = await injectAs(t.app, officer, {
      method: 'POST',
      url: '/api/attachments',
      payload: body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const file = upload.json();
    expect(file).toMatchObject({ fileName: 'biên bản.pdf', mimeType: 'application/pdf' });

    await call(t.app, officer, 'POST', `/api/plan-items/${mediation}/progress`, {
      reportedOn: '2026-11-25',
      text: 'Kèm biên bản',
      attachmentIds: [file.id],
    });
    const timeline = await call<{ attachments: { id: string }[] }[]>(t.app, viewer, 'GET', `/api/plan-items/${mediation}/timeline`);
    expect(timeline[0]!.attachments.map((a) => a.id)).toEqual([file.id]);
    const download = await injectAs(t.app, viewer, { method: 'GET', url: `/api/attachments/${file.id}` });
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('%PDF-1.4 test');

    const reuse = await injectAs(t.app, officer, {
      method: 'POST',
      url: `/api/plan-items/${mediation}/progress`,
      payload: { reportedOn: '2026-11-25', text: 'Dùng lại', attachmentIds: [file.id] },
    });
    expect(reuse.statusCode).toBe(400);
  });

  it('refuses files of other types', async () => {
    const boundary = '----phoihop';
    const body = [`--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="virus.exe"', '', 'MZ', `--${boundary}--`, ''].join('\r\n');
    const res = await injectAs(t.app, officer, {
      method: 'POST',
      url: '/api/attachments',
      payload: body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('task list', () => {
  it('filters by organisation, involvement, timeliness and search, with the filters combinable', async () => {
    const list = async (qs: string) =>
      (await call<{ items: { id: string; areaTitle: string }[] }>(t.app, viewer, 'GET', `/api/tasks?planId=${built.planId}&${qs}`)).items.map((i) => i.id);
    expect(await list(`organisationId=${women.id}&involvement=lead`)).toEqual([mediation]);
    expect(await list(`organisationId=${mttq.id}&involvement=partner`)).toEqual([mediation]);
    expect(await list(`organisationId=${mttq.id}&involvement=lead`)).toEqual([]);
    expect(await list('status=DONE')).toEqual([summary]);
    expect(await list('q=hoa%20giai')).toEqual([mediation]);
    expect(await list('sort=title')).toEqual([mediation, summary]); // "Thành lập…" before "Tổng kết…"
    const rows = (await call<{ items: { areaTitle: string }[] }>(t.app, viewer, 'GET', `/api/tasks?areaId=${built.areaId}`)).items;
    expect(rows).toHaveLength(2);
    expect(rows[0]!.areaTitle).toBe('Phối hợp tuyên truyền, vận động Nhân dân');
  });

  it('scores each organisation', async () => {
    const card = await call<{ organisation: { id: string }; led: number; partnered: number; done: number; doneOnTime: number }[]>(
      t.app, viewer, 'GET', `/api/plans/${built.planId}/scorecard`,
    );
    const byOrg = new Map(card.map((r) => [r.organisation.id, r]));
    expect(byOrg.get(women.id)).toMatchObject({ led: 1, done: 0 });
    // The Front leads nothing: its one report on the shared task shows as its contribution.
    expect(byOrg.get(mttq.id)).toMatchObject({
      led: 0,
      partnered: 1,
      progress: null,
      contributions: 1,
      contributedTasks: 1,
    });
    expect(byOrg.get(women.id)).toMatchObject({ contributions: 0 }); // its reports as lead are the task's
    expect(byOrg.get(ubnd.id)).toMatchObject({ led: 1, done: 1, doneOnTime: 0 });
  });
});
