// Luật Tố cáo Art 56: a denouncer's name, address, identity number, phone and handwriting are
// seen only by the handler and the PC head, through the audited identity endpoint — for everyone
// else, and in every list and search result, they are masked (exports: test/exports).
import type { Case, CaseSummary } from '@phoihop/shared/cases';
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, type Session } from '../helpers/app.ts';
import { caseWard, register, send, step, upload } from './case-helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-04-10T03:00:00Z');
const w = await caseWard(t);
const s = w.sessions;
const { ubnd, mttq } = w.organisations;

const denouncer = {
  fullName: 'Đặng Thị Tố Giác',
  address: 'Số 7 ngõ Bí Mật',
  idNumber: '042199009999',
  phone: '0987000111',
};
const secrets = ['Đặng Thị Tố Giác', 'Dang Thi To Giac', 'dang thi to giac', 'Bí Mật', '042199009999', '0987000111'];
const leaks = (text: string) => secrets.filter((secret) => text.includes(secret));

// A denunciation the Front forwarded, with the denouncer's handwritten letter (protected) and a
// photo of the site (not protected), accepted and given to the PC officer.
const handwriting = await upload(t.app, s.pcOfficer, 'don-viet-tay.pdf');
const photo = await upload(t.app, s.pcOfficer, 'anh-hien-truong.pdf');
let denunciation = await register(t.app, s.pcOfficer, {
  receivedOn: '2026-04-01',
  channel: 'FRONT_FORWARDED',
  sourceOrganisationId: mttq.id,
  kind: 'DENUNCIATION',
  summary: 'Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục đất',
  subject: 'Cán bộ địa chính phường',
  petitioners: [denouncer],
  attachments: [
    { attachmentId: handwriting, kind: 'LETTER', protected: true },
    { attachmentId: photo, kind: 'EVIDENCE' },
  ],
});
denunciation = await step(t.app, s.pcOfficer, denunciation, {
  action: 'accept',
  on: '2026-04-03',
  assignedOrganisationId: ubnd.id,
  handlerId: w.users.pcOfficer.id,
});
// One the Women's Union forwarded, which it follows.
const fromUnion = await register(t.app, s.womenOfficer, {
  receivedOn: '2026-04-02',
  channel: 'ORGANISATION_FORWARDED',
  kind: 'DENUNCIATION',
  summary: 'Tố cáo việc thu tiền sai quy định tại chợ',
  petitioners: [{ ...denouncer, fullName: 'Đặng Thị Tố Giác' }],
});

type Role = keyof typeof s;
const readers: Role[] = ['pcHead', 'pcOfficer', 'pcOfficer2', 'frontLeader', 'frontOfficer'];
const strangers: Role[] = ['womenOfficer', 'viewer', 'unitAdmin', 'systemAdmin'];
const identityHolders: Role[] = ['pcHead', 'pcOfficer'];
const everyone = [...readers, ...strangers];

const get = (session: Session, url: string) => injectAs(t.app, session, { method: 'GET', url });

describe('confidentiality of denouncers', () => {
  it('masks the identity in the detail for every reader, the handler and the PC head included', async () => {
    for (const role of readers) {
      const res = await get(s[role], `/api/cases/${denunciation.id}`);
      expect(res.statusCode, role).toBe(200);
      expect(leaks(res.body), role).toEqual([]);
      const c = res.json<Case>();
      expect(c.petitioners, role).toEqual([
        { id: expect.any(String), fullName: null, address: null, idNumber: null, phone: null, representative: false, masked: true },
      ]);
      expect(c.attachments, role).toEqual([
        { file: null, kind: 'LETTER', protected: true },
        { file: expect.objectContaining({ id: photo }), kind: 'EVIDENCE', protected: false },
      ]);
      expect(c.petitionerLabel).toBe('Người tố cáo (được bảo mật)');
      expect(c.can.viewIdentity, role).toBe(identityHolders.includes(role));
    }
    for (const role of strangers) expect((await get(s[role], `/api/cases/${denunciation.id}`)).statusCode, role).toBe(404);
  });

  it('lets the Women’s Union follow the denunciation it forwarded, masked, and nothing else', async () => {
    const res = await get(s.womenOfficer, `/api/cases/${fromUnion.id}`);
    expect(res.statusCode).toBe(200);
    expect(leaks(res.body)).toEqual([]);
    const list = await send<{ items: CaseSummary[] }>(t.app, s.womenOfficer, 'GET', '/api/cases');
    expect(list.items.map((c) => c.id)).toEqual([fromUnion.id]);
  });

  it('gives the identity only to the handler and the PC head, and audits every look', async () => {
    for (const role of everyone) {
      const before = await t.db.auditLog.count({ where: { action: 'case.identity-view' } });
      const res = await get(s[role], `/api/cases/${denunciation.id}/identity`);
      const after = await t.db.auditLog.findMany({ where: { action: 'case.identity-view' }, orderBy: { id: 'desc' } });
      if (identityHolders.includes(role)) {
        expect(res.statusCode, role).toBe(200);
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.json()).toEqual({
          petitioners: [{ id: expect.any(String), ...denouncer, representative: false, masked: false }],
          attachments: [
            { file: expect.objectContaining({ id: handwriting }), kind: 'LETTER', protected: true },
            { file: expect.objectContaining({ id: photo }), kind: 'EVIDENCE', protected: false },
          ],
        });
        expect(after.length, role).toBe(before + 1);
        expect(after[0]).toMatchObject({ entityType: 'Case', entityId: denunciation.id, actorId: w.users[role === 'pcHead' ? 'leader' : 'pcOfficer'].id });
        expect(leaks(JSON.stringify(after[0]!.changes))).toEqual([]);
      } else {
        expect(res.statusCode, role).toBe(readers.includes(role) ? 403 : 404);
        expect(after.length, role).toBe(before);
      }
    }
  });

  it('never puts an identity in lists, whoever asks', async () => {
    for (const role of readers) {
      const res = await get(s[role], '/api/cases?limit=100');
      expect(res.statusCode).toBe(200);
      expect(leaks(res.body), role).toEqual([]);
      const row = res.json<{ items: CaseSummary[] }>().items.find((c) => c.id === denunciation.id)!;
      expect(row).toMatchObject({ petitionerLabel: 'Người tố cáo (được bảo mật)', identityProtected: true });
    }
  });

  it('finds a case by the denouncer’s name only for the handler and the PC head, and then still masked', async () => {
    for (const role of everyone) {
      const res = await get(s[role], `/api/cases?q=${encodeURIComponent('dang thi to giac')}`);
      expect(leaks(res.body), role).toEqual([]);
      const ids = res.json<{ items: CaseSummary[] }>().items.map((c) => c.id);
      if (identityHolders.includes(role)) {
        // The PC head sees every case of the unit; the handler only the names of their own.
        expect(ids, role).toEqual(role === 'pcHead' ? [fromUnion.id, denunciation.id] : [denunciation.id]);
      } else {
        expect(ids, role).toEqual([]);
      }
    }
    // The content is searchable by all who read the case.
    const byContent = await send<{ items: CaseSummary[] }>(t.app, s.frontOfficer, 'GET', `/api/cases?q=${encodeURIComponent('can bo dia chinh')}`);
    expect(byContent.items.map((c) => c.id)).toEqual([denunciation.id]);
  });

  it('opens the protected handwriting only for the handler and the PC head, audited; hides it from the rest', async () => {
    for (const role of everyone) {
      const before = await t.db.auditLog.count({ where: { action: 'case.identity-file-download' } });
      const res = await get(s[role], `/api/attachments/${handwriting}`);
      const after = await t.db.auditLog.count({ where: { action: 'case.identity-file-download' } });
      if (identityHolders.includes(role)) {
        expect(res.statusCode, role).toBe(200);
        expect(after, role).toBe(before + 1);
      } else {
        expect(res.statusCode, role).toBe(readers.includes(role) ? 403 : 404);
        expect(after, role).toBe(before);
      }
      // The site photo is no secret, but only for those who follow the case.
      expect((await get(s[role], `/api/attachments/${photo}`)).statusCode, role).toBe(readers.includes(role) ? 200 : 404);
    }
  });

  it('keeps identities out of the audit log and notifications', async () => {
    const rows = await t.db.auditLog.findMany({
      where: { entityId: { in: [denunciation.id, fromUnion.id] } },
      select: { action: true, changes: true },
    });
    expect(rows.length).toBeGreaterThan(3);
    expect(leaks(JSON.stringify(rows))).toEqual([]);
    const notices = await t.db.notification.findMany({ where: { unitId: w.unit.id } });
    expect(leaks(JSON.stringify(notices))).toEqual([]);
  });

  it('moves names between the searchable and the protected text when the kind changes', async () => {
    let c = await register(t.app, s.pcOfficer, { kind: 'PETITION', summary: 'Kiến nghị sửa đường', petitioners: [{ fullName: 'Vũ Thị Kín Đáo' }] });
    const found = async (session: Session) =>
      (await send<{ items: CaseSummary[] }>(t.app, session, 'GET', `/api/cases?q=${encodeURIComponent('vu thi kin dao')}`)).items.length;
    expect(await found(s.frontOfficer)).toBe(1);
    c = await step(t.app, s.pcOfficer, c, { action: 'classify', kind: 'DENUNCIATION' });
    expect(await t.db.case.findUnique({ where: { id: c.id }, select: { searchText: true, identitySearchText: true } })).toEqual({
      searchText: expect.not.stringContaining('kin dao'),
      identitySearchText: 'vu thi kin dao',
    });
    expect(await found(s.frontOfficer)).toBe(0);
    expect(await found(s.pcHead)).toBe(1);
    expect(c.petitioners[0]).toMatchObject({ fullName: null, masked: true });
    // Turning it back unmasks the denouncer: refused to an officer who may not see them.
    const refused = await injectAs(t.app, s.pcOfficer, {
      method: 'POST',
      url: `/api/cases/${c.id}/actions`,
      headers: { 'if-match': `"${c.version}"` },
      payload: { action: 'classify', kind: 'FEEDBACK' },
    });
    expect(refused.statusCode).toBe(403);
    expect(leaks(refused.body)).toEqual([]);
    expect(await found(s.frontOfficer)).toBe(0);
    c = await step(t.app, s.pcHead, c, { action: 'classify', kind: 'FEEDBACK' });
    expect(await found(s.frontOfficer)).toBe(1);
    expect(c.petitioners[0]).toMatchObject({ fullName: 'Vũ Thị Kín Đáo', masked: false });
  });

  it('protects a denunciation’s letters, whether it was one at intake or became one', async () => {
    const protectedOf = async (caseId: string) =>
      (await t.db.caseAttachment.findMany({ where: { caseId }, select: { kind: true, protected: true }, orderBy: { kind: 'asc' } })).map(
        (a) => `${a.kind}:${a.protected}`,
      );
    const atIntake = await register(t.app, s.pcOfficer, {
      kind: 'DENUNCIATION',
      petitioners: [{ fullName: 'Người Tố Cáo' }],
      attachments: [
        { attachmentId: await upload(t.app, s.pcOfficer, 'thu.pdf'), kind: 'LETTER' },
        { attachmentId: await upload(t.app, s.pcOfficer, 'anh.pdf'), kind: 'EVIDENCE' },
      ],
    });
    expect(await protectedOf(atIntake.id)).toEqual(['LETTER:true', 'EVIDENCE:false']);

    let later = await register(t.app, s.pcOfficer, {
      kind: 'PETITION',
      petitioners: [{ fullName: 'Người Gửi Sau' }],
      attachments: [{ attachmentId: await upload(t.app, s.pcOfficer, 'thu2.pdf'), kind: 'LETTER' }],
    });
    expect(await protectedOf(later.id)).toEqual(['LETTER:false']);
    later = await step(t.app, s.pcOfficer, later, { action: 'classify', kind: 'DENUNCIATION' });
    expect(await protectedOf(later.id)).toEqual(['LETTER:true']);
    expect(later.attachments[0]).toMatchObject({ file: null, protected: true });
  });

  it('lets only those who may see the identity replace a denouncer', async () => {
    const edit = (session: Session, version: number) =>
      injectAs(t.app, session, {
        method: 'PATCH',
        url: `/api/cases/${denunciation.id}`,
        payload: { petitioners: [{ fullName: 'Người Khác' }] },
        headers: { 'if-match': `"${version}"` },
      });
    const current = await send(t.app, s.pcOfficer, 'GET', `/api/cases/${denunciation.id}`);
    expect((await edit(s.pcOfficer2, current.version)).statusCode).toBe(403);
    const res = await edit(s.pcOfficer, current.version);
    expect(res.statusCode).toBe(200);
    expect(leaks(res.body)).toEqual([]);
    expect(res.json<Case>().petitioners[0]).toMatchObject({ fullName: null, masked: true });
  });
});
