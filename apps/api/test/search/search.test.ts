// The header's search (issue 13): each group read through its own list, so the same access rules,
// the same accent-insensitive matching and the same masking of a denouncer's identity.
import type { SearchResult } from '@phoihop/shared/search';
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login, type Session } from '../helpers/app.ts';
import { createUser, createWard, PASSWORD } from '../helpers/factories.ts';
import { caseWard, register, step } from '../cases/case-helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-04-10T03:00:00Z');
const w = await caseWard(t);
const s = w.sessions;

const denouncer = 'Đặng Thị Tố Giác';
const denunciation = await register(t.app, s.pcOfficer, {
  receivedOn: '2026-04-01',
  channel: 'FRONT_FORWARDED',
  sourceOrganisationId: w.organisations.mttq.id,
  kind: 'DENUNCIATION',
  summary: 'Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục đất',
  petitioners: [{ fullName: denouncer, address: 'Số 7 ngõ Bí Mật' }],
});
await step(t.app, s.pcOfficer, denunciation, {
  action: 'accept',
  on: '2026-04-03',
  assignedOrganisationId: w.organisations.ubnd.id,
  handlerId: w.users.pcOfficer.id,
});

const search = async (session: Session, q: string) => {
  const res = await injectAs(t.app, session, {
    method: 'GET',
    url: `/api/search?q=${encodeURIComponent(q)}`,
  });
  return { res, groups: res.statusCode === 200 ? res.json<SearchResult>().groups : [] };
};
const caseIds = (groups: SearchResult['groups']) =>
  groups.find((g) => g.kind === 'cases')?.items.map((i) => i.id) ?? [];

describe('search', () => {
  it('finds a case by its content without accents, linking to it, for those who read the case', async () => {
    for (const session of [s.pcHead, s.pcOfficer, s.frontOfficer]) {
      const { res, groups } = await search(session, 'can bo dia chinh');
      expect(res.statusCode).toBe(200);
      expect(caseIds(groups)).toEqual([denunciation.id]);
      expect(groups.find((g) => g.kind === 'cases')?.items[0]).toMatchObject({
        title: 'Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục đất',
        context: denunciation.number,
        link: `/cases/${denunciation.id}`,
      });
    }
    // Either Unicode form of the query.
    const decomposed = await search(s.frontOfficer, 'địa chính'.normalize('NFD'));
    expect(caseIds(decomposed.groups)).toEqual([denunciation.id]);
  });

  it('never finds or shows a case the reader may not read: a viewer, an officer of another organisation', async () => {
    for (const session of [s.viewer, s.womenOfficer]) {
      const { res, groups } = await search(session, 'can bo dia chinh');
      expect(res.statusCode).toBe(200);
      expect(caseIds(groups)).toEqual([]);
      expect(res.body).not.toContain('địa chính');
    }
  });

  it("finds a denunciation by the denouncer's name only for the handler and the head, and never shows the name", async () => {
    for (const [session, found] of [
      [s.pcHead, true],
      [s.pcOfficer, true],
      [s.frontOfficer, false],
      [s.viewer, false],
    ] as const) {
      const { res, groups } = await search(session, 'dang thi to giac');
      expect(caseIds(groups)).toEqual(found ? [denunciation.id] : []);
      expect(res.body).not.toMatch(/Tố Giác|To Giac|Bí Mật/i);
    }
  });

  it('answers each list the reader may open, and nothing of another unit', async () => {
    const other = await createWard(t.db);
    const stranger = await createUser(t.db, {
      unitId: other.unit.id,
      roles: ['ORG_LEADER'],
      organisationId: other.organisations.ubnd.id,
    });
    const session = await login(t.app, stranger.username, PASSWORD);
    const { res, groups } = await search(session, 'can bo dia chinh');
    expect(res.statusCode).toBe(200);
    expect(groups.map((g) => g.kind)).toEqual([
      'cases',
      'tasks',
      'supervisions',
      'recommendations',
      'petitions',
    ]);
    expect(groups.every((g) => g.items.length === 0)).toBe(true);
  });

  it('refuses a query too short or too long with a problem, not a 500', async () => {
    for (const q of ['a', 'x'.repeat(101)]) {
      const { res } = await search(s.pcHead, q);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
  });
});
