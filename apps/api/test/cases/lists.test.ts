// Who sees which cases in lists (the Front and organisations follow what they forward), filters,
// keyset pages, accent-insensitive and typo-tolerant search (exports: test/exports).
import type { CaseSummary } from '@phoihop/shared/cases';
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login, type Session } from '../helpers/app.ts';
import { createOrganisation, createUser, PASSWORD } from '../helpers/factories.ts';
import { caseWard, register, send, step } from './case-helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-20T03:00:00Z');
const w = await caseWard(t);
const s = w.sessions;
const { ubnd, mttq, women } = w.organisations;

const youth = await createOrganisation(t.db, w.unit.id, { name: 'Đoàn Thanh niên' });
const youthOfficer = await login(t.app, (await createUser(t.db, { unitId: w.unit.id, roles: ['ORG_OFFICER'], organisationId: youth.id })).username, PASSWORD);
const party = await createOrganisation(t.db, w.unit.id, { name: 'Đảng ủy' });
await t.db.organisation.update({ where: { id: party.id }, data: { kind: 'PARTY_COMMITTEE' } });
const partyLeader = await login(t.app, (await createUser(t.db, { unitId: w.unit.id, roles: ['ORG_LEADER'], organisationId: party.id })).username, PASSWORD);
const partyOfficer = await login(t.app, (await createUser(t.db, { unitId: w.unit.id, roles: ['ORG_OFFICER'], organisationId: party.id })).username, PASSWORD);

const direct = await register(t.app, s.pcOfficer, {
  receivedOn: '2026-03-02',
  kind: 'COMPLAINT',
  field: 'LAND',
  summary: 'Khiếu nại quyết định thu hồi đất',
  petitioners: [{ fullName: 'Nguyễn Văn Bình' }],
});
const byFront = await register(t.app, s.frontOfficer, {
  receivedOn: '2026-03-05',
  channel: 'FRONT_FORWARDED',
  field: 'ENVIRONMENT',
  summary: 'Phản ánh ô nhiễm môi trường từ xưởng gỗ',
  petitioners: [{ fullName: 'Lê Thị Hoa' }],
});
const byUnion = await register(t.app, s.womenOfficer, {
  receivedOn: '2026-03-09',
  channel: 'ORGANISATION_FORWARDED',
  field: 'SOCIAL_POLICY',
  summary: 'Kiến nghị xét hộ cận nghèo',
  petitioners: [{ fullName: 'Trần Thị Mai' }],
});
let handledByUnion = await register(t.app, s.pcOfficer, {
  receivedOn: '2026-03-10',
  kind: 'PETITION',
  field: 'OTHER',
  summary: 'Kiến nghị sửa nhà văn hóa tổ dân phố',
  petitioners: [{ fullName: 'Phạm Văn Nguyên' }],
});
handledByUnion = await step(t.app, s.pcOfficer, handledByUnion, { action: 'assign', assignedOrganisationId: women.id, handlerId: w.users.officer.id });
const all = [handledByUnion, byUnion, byFront, direct];

const ids = async (session: Session, query = '') =>
  (await send<{ items: CaseSummary[] }>(t.app, session, 'GET', `/api/cases?${query}`)).items.map((c) => c.id);

describe('who sees which cases', () => {
  it('shows the whole unit to the People’s Committee, the Front and the Party leader, newest first', async () => {
    for (const session of [s.pcOfficer, s.pcHead, s.frontOfficer, s.frontLeader, partyLeader]) {
      expect(await ids(session)).toEqual(all.map((c) => c.id));
    }
  });

  it('shows an organisation what it forwarded or handles, and nothing to others', async () => {
    expect(await ids(s.womenOfficer)).toEqual([handledByUnion.id, byUnion.id]);
    for (const session of [youthOfficer, partyOfficer, s.viewer, s.unitAdmin, s.systemAdmin]) expect(await ids(session)).toEqual([]);
    expect((await injectAs(t.app, youthOfficer, { method: 'GET', url: `/api/cases/${direct.id}` })).statusCode).toBe(404);
  });

  it('narrows to my cases, those my organisation forwarded, or those it handles', async () => {
    expect(await ids(s.womenOfficer, 'scope=mine')).toEqual([handledByUnion.id]);
    expect(await ids(s.womenOfficer, 'scope=forwarded')).toEqual([byUnion.id]);
    expect(await ids(s.womenOfficer, 'scope=assigned')).toEqual([handledByUnion.id]);
    expect(await ids(s.frontOfficer, 'scope=forwarded')).toEqual([byFront.id]);
  });

  it('keeps the Front informed of the outcome of what it forwarded', async () => {
    let c = await step(t.app, s.pcOfficer, byFront, { action: 'classify', kind: 'FEEDBACK' });
    c = await step(t.app, s.pcOfficer, c, { action: 'forward', on: '2026-03-12', forwardedTo: 'Phòng Tài nguyên và Môi trường', letterNumber: '40/UBND', letterDate: '2026-03-12' });
    const notices = await t.db.notification.findMany({ where: { kind: 'case.outcome' }, select: { userId: true, title: true, link: true } });
    expect(notices.map((n) => n.userId).sort()).toEqual([w.users.frontLeader.id, w.users.frontOfficer.id].sort());
    expect(notices[0]!.title).toContain(byFront.number);
    const seen = await send(t.app, s.frontOfficer, 'GET', `/api/cases/${c.id}`);
    expect(seen).toMatchObject({ status: 'FORWARDED', forwardLetterNumber: '40/UBND', handledOnTime: true });
  });
});

describe('filters and pages', () => {
  it('filters by kind, field, channel, status, organisation and period', async () => {
    expect(await ids(s.pcOfficer, 'kind=COMPLAINT')).toEqual([direct.id]);
    expect(await ids(s.pcOfficer, 'field=SOCIAL_POLICY')).toEqual([byUnion.id]);
    expect(await ids(s.pcOfficer, 'channel=FRONT_FORWARDED')).toEqual([byFront.id]);
    expect(await ids(s.pcOfficer, `organisationId=${women.id}`)).toEqual([handledByUnion.id, byUnion.id]);
    expect(await ids(s.pcOfficer, `organisationId=${mttq.id}`)).toEqual([byFront.id]);
    expect(await ids(s.pcOfficer, 'from=2026-03-05&to=2026-03-09')).toEqual([byUnion.id, byFront.id]);
    expect(await ids(s.pcOfficer, 'status=FORWARDED')).toEqual([byFront.id]);
    expect(await ids(s.pcOfficer, 'state=handled')).toEqual([byFront.id]);
    expect(await ids(s.pcOfficer, 'state=open')).toEqual([handledByUnion.id, byUnion.id, direct.id]);
    expect(await ids(s.pcOfficer, `organisationId=${ubnd.id}`)).toEqual([]);
  });

  it('pages with a keyset cursor, by receipt or by deadline', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: CaseSummary[]; nextCursor: string | null } = await send(
        t.app,
        s.pcOfficer,
        'GET',
        `/api/cases?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((c) => c.id));

    const byDue: string[] = [];
    const dues: (string | null)[] = [];
    cursor = null;
    do {
      const page: { items: CaseSummary[]; nextCursor: string | null } = await send(
        t.app,
        s.pcOfficer,
        'GET',
        `/api/cases?sort=due&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      byDue.push(...page.items.map((c) => c.id));
      dues.push(...page.items.map((c) => c.dueOn));
      cursor = page.nextCursor;
    } while (cursor);
    expect(byDue.sort()).toEqual(all.map((c) => c.id).sort());
    // Open cases by their deadline, handled ones (no deadline) last.
    expect(dues).toEqual(['2026-03-12', '2026-03-19', '2026-03-20', null]);
    const cursorOf = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const cursor of ['nonsense', cursorOf(['2026-13-45', direct.id]), cursorOf(['2026-03-02', 'x']), cursorOf([null, direct.id])]) {
      const bad = await injectAs(t.app, s.pcOfficer, { method: 'GET', url: `/api/cases?cursor=${cursor}` });
      expect(bad.statusCode, cursor).toBe(400);
      expect(bad.json()).toMatchObject({ code: 'BAD_REQUEST' });
    }
  });
});

describe('search', () => {
  it('finds without accents, in either Unicode form, with a typo, and by number', async () => {
    expect(await ids(s.pcOfficer, 'q=nguyen%20van')).toEqual([handledByUnion.id, direct.id]);
    expect(await ids(s.pcOfficer, `q=${encodeURIComponent('Nguye\u0302\u0303n Va\u0306n Bi\u0300nh')}`)).toEqual([direct.id]);
    expect(await ids(s.pcOfficer, 'q=nguyem%20van%20binh')).toEqual([direct.id]);
    expect(await ids(s.pcOfficer, 'q=o%20nhiem%20xuong%20go')).toEqual([byFront.id]);
    expect(await ids(s.pcOfficer, 'q=thu%20hoi%20dat')).toEqual([direct.id]);
    expect(await ids(s.pcOfficer, `q=${encodeURIComponent(direct.number)}`)).toEqual([direct.id]);
    const seq = String(Number(byUnion.number.slice(5)));
    expect(await ids(s.pcOfficer, `q=${seq}`)).toContain(byUnion.id);
    expect(await ids(s.pcOfficer, 'q=khong%20co%20gi%20nhu%20vay')).toEqual([]);
  });

  it('searches only the cases the asker may see', async () => {
    expect(await ids(s.womenOfficer, 'q=nguyen%20van')).toEqual([handledByUnion.id]);
    expect(await ids(youthOfficer, 'q=nguyen')).toEqual([]);
  });
});
