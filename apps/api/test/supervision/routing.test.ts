// Who hears of a recommendation and who answers it: the addressee's active staff are told when it
// arrives and once when it runs late (the Front's leaders for an outside body), only the addressee
// answers (the Front records an outside body's answer), and the Front hears of every answer.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs } from '../helpers/app.ts';
import { createUser } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';
import { ifMatch, supervisionApi, supervisionWard, type Rec } from './helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-20T03:00:00Z');
const ward = await supervisionWard(t);
const { ubnd, women } = ward.organisations;
const u = ward.users;
const retired = await createUser(t.db, { unitId: ward.unit.id, roles: ['ORG_OFFICER'], organisationId: ubnd.id });
await t.db.user.update({ where: { id: retired.id }, data: { active: false } });
const front = await ward.as(u.frontOfficer);
const committee = await ward.as(u.ubndOfficer);
const api = supervisionApi(t, ward.organisations);
const reported = await api.report(front, await api.create(front));

const noticesOf = (userId: string, kind: string) => t.db.notification.findMany({ where: { userId, kind }, orderBy: { createdAt: 'asc' } });
/** Moves the clock, signing in again (sessions expire when idle). */
const moveTo = async (iso: string) => {
  t.clock.now = new Date(iso);
  return { front: await ward.as(u.frontOfficer), committee: await ward.as(u.ubndOfficer) };
};
const everyone = () => Object.values(u).map((x) => x.id).concat(retired.id);

describe('routing recommendations', () => {
  it('tells the addressee’s active staff when a recommendation arrives, and nobody else', async () => {
    const r = await api.recommend(front, reported.id, { content: 'Đề nghị bố trí kinh phí sửa nhà văn hóa TDP 5' });
    const told = await t.db.notification.findMany({ where: { kind: 'recommendation.received', userId: { in: everyone() } } });
    expect(told.map((n) => n.userId).sort()).toEqual([u.leader.id, u.ubndOfficer.id].sort());
    expect(told[0]).toMatchObject({ link: `/supervision/${reported.id}`, title: 'Kiến nghị sau giám sát cần trả lời trước ngày 01/04/2026' });
    expect(told[0]!.body).toContain('Kiến nghị 1: Đề nghị bố trí kinh phí');

    // Only the addressee answers: the Front and another organisation are refused.
    for (const who of [u.frontOfficer, u.officer, u.frontLeader]) {
      const res = await injectAs(t.app, await ward.as(who), { method: 'POST', url: `/api/recommendations/${r.id}/responses`, payload: { status: 'ANSWERED', text: 'x', on: '2026-03-10' }, headers: ifMatch(r.version) });
      expect(res.statusCode).toBe(403);
    }
    const seen = await call<Rec>(t.app, front, 'GET', `/api/recommendations/${r.id}`);
    expect(seen.can).toEqual({ manage: true, answer: false });
    expect((await call<Rec>(t.app, committee, 'GET', `/api/recommendations/${r.id}`)).can).toEqual({ manage: false, answer: true });

    await api.respond(committee, r, { status: 'ANSWERED', text: 'Đã bố trí trong dự toán 2026', on: '2026-03-18' });
    const answered = await t.db.notification.findMany({ where: { kind: 'recommendation.answered', userId: { in: everyone() } } });
    // The Front (the lead) hears of the answer; the one who answered does not.
    expect(answered.map((n) => n.userId).sort()).toEqual([u.frontLeader.id, u.frontOfficer.id].sort());
  });

  it('lets the Front record an outside body’s answer, and nobody else', async () => {
    const r = await api.recommend(front, reported.id, { addresseeOrganisationId: null, addresseeName: 'Công an phường Hoành Sơn' });
    expect(await t.db.notification.count({ where: { kind: 'recommendation.received', body: { contains: `Kiến nghị ${r.ordinal}:` } } })).toBe(0);
    for (const who of [u.ubndOfficer, u.leader, u.officer]) {
      const res = await injectAs(t.app, await ward.as(who), { method: 'POST', url: `/api/recommendations/${r.id}/responses`, payload: { status: 'ANSWERED', text: 'x', on: '2026-03-10' }, headers: ifMatch(r.version) });
      expect(res.statusCode).toBe(403);
    }
    const answered = await api.respond(front, r, { status: 'IMPLEMENTED', text: 'Công an phường đã tăng cường tuần tra', on: '2026-03-19' });
    expect(answered).toMatchObject({ status: 'IMPLEMENTED', implementedOn: '2026-03-19', answer: { answeredOn: '2026-03-19' } });
  });
});

describe('overdue recommendations', () => {
  it('turns overdue the day after its due day, and tells each addressee once however often the sweep runs', async () => {
    const r = await api.recommend(front, reported.id, { content: 'Khơi thông cống thoát nước TDP 2', dueOn: '2026-03-25' });
    const outside = await api.recommend(front, reported.id, { addresseeOrganisationId: null, addresseeName: 'Điện lực Hoành Sơn', dueOn: '2026-03-25' });
    const toWomen = await api.recommend(front, reported.id, { addresseeOrganisationId: women.id, dueOn: '2026-03-26' });

    let s = await moveTo('2026-03-25T10:00:00Z'); // the due day itself: not yet late
    expect((await call<Rec>(t.app, s.front, 'GET', `/api/recommendations/${r.id}`)).overdue).toBe(false);
    expect(await t.services.supervision.notifyOverdue()).toBe(0);

    s = await moveTo('2026-03-26T01:00:00Z');
    expect((await call<Rec>(t.app, s.front, 'GET', `/api/recommendations/${r.id}`)).overdue).toBe(true);
    expect(await t.services.supervision.notifyOverdue()).toBe(2);
    expect(await t.services.supervision.notifyOverdue()).toBe(0);
    // Several processes may sweep: a notice exists once per user even if the mark is lost.
    await t.db.recommendation.updateMany({ where: { id: r.id }, data: { overdueNotifiedAt: null } });
    expect(await t.services.supervision.notifyOverdue()).toBe(1);

    const late = await t.db.notification.findMany({ where: { kind: 'recommendation.overdue', userId: { in: everyone() } } });
    const byUser = (id: string) => late.filter((n) => n.userId === id).map((n) => n.dedupeKey).sort();
    expect(byUser(u.leader.id)).toEqual([`recommendation-overdue:${r.id}`]);
    expect(byUser(u.ubndOfficer.id)).toEqual([`recommendation-overdue:${r.id}`]);
    // The outside body's late answer is the Front leaders' to chase; officers and others hear nothing.
    expect(byUser(u.frontLeader.id)).toEqual([`recommendation-overdue:${outside.id}`]);
    for (const quiet of [u.frontOfficer, u.officer, u.unitAdmin, u.viewer, u.councilLeader, retired]) expect(byUser(quiet.id)).toEqual([]);
    expect(late.find((n) => n.userId === u.leader.id)).toMatchObject({ title: 'Kiến nghị sau giám sát quá hạn trả lời (hạn 25/03/2026)', link: '/supervision/recommendations?overdue=true&mine=true' });
    expect(late.find((n) => n.userId === u.frontLeader.id)!.link).toBe('/supervision/recommendations?overdue=true');
    expect((await t.db.recommendation.findUniqueOrThrow({ where: { id: r.id } })).overdueNotifiedAt).not.toBeNull();

    // The next day the Women's Union's turns late: only its staff hear of it.
    s = await moveTo('2026-03-27T01:00:00Z');
    expect(await t.services.supervision.notifyOverdue()).toBe(1);
    expect((await noticesOf(u.officer.id, 'recommendation.overdue')).map((n) => n.dedupeKey)).toEqual([`recommendation-overdue:${toWomen.id}`]);

    // Answered late: no longer overdue, marked late; a new due day set by the Front is told again.
    const answered = await api.respond(s.committee, r, { status: 'ANSWERED', text: 'Đã nạo vét', on: '2026-03-27' });
    expect(answered).toMatchObject({ overdue: false, answeredLate: true });
    const moved = await call<Rec>(t.app, s.front, 'PATCH', `/api/recommendations/${toWomen.id}`, { dueOn: '2026-04-10' }, ifMatch(toWomen.version));
    expect(moved.overdue).toBe(false);
    expect((await t.db.recommendation.findUniqueOrThrow({ where: { id: toWomen.id } })).overdueNotifiedAt).toBeNull();
    // Sent on to the People's Committee instead: its staff are told it arrived.
    const before = (await noticesOf(u.ubndOfficer.id, 'recommendation.received')).length;
    await call<Rec>(t.app, s.front, 'PATCH', `/api/recommendations/${toWomen.id}`, { addresseeOrganisationId: ubnd.id }, ifMatch(moved.version));
    expect(await noticesOf(u.ubndOfficer.id, 'recommendation.received')).toHaveLength(before + 1);
  });
});
