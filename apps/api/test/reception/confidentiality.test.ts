// A denouncer received at a session keeps their identity to the case: every role sees the visit
// masked in every response (the reception book export: test/exports), and the audit log holds no identity.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, type Session } from '../helpers/app.ts';
import { createUser } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';
import { createCaseRow, ifMatch, receptionWard } from './helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-10T03:00:00Z');
const ward = await receptionWard(t);
const { ubnd, mttq } = ward.organisations;
const officer = await ward.as(ward.users.ubndOfficer);
const partySecretary = await createUser(t.db, {
  unitId: ward.unit.id,
  roles: ['ORG_LEADER'],
  organisationId: (await t.db.organisation.create({ data: { unitId: ward.unit.id, kind: 'PARTY_COMMITTEE', name: 'Đảng ủy', searchText: 'dang uy' } })).id,
});
const readers: Record<string, Session> = {
  'People’s Committee officer': officer,
  'People’s Committee head': await ward.as(ward.users.leader),
  'Front officer': await ward.as(ward.users.frontOfficer),
  'Women’s Union officer': await ward.as(ward.users.officer),
  'Party secretary': await ward.as(partySecretary),
};

const { id: sessionId } = await call<{ id: string }>(t.app, officer, 'POST', '/api/reception/sessions', {
  heldOn: '2026-03-05',
  kind: 'LEADERS_MONTHLY',
  hosts: ['PARTY_SECRETARY', 'PC_CHAIRMAN', 'FRONT_CHAIR'],
  hostNames: 'Bí thư Đảng ủy, Chủ tịch UBND, Chủ tịch UBMTTQ phường',
  organisationIds: [ubnd.id, mttq.id],
});
const post = (body: object) => call<{ id: string; version: number }>(t.app, officer, 'POST', `/api/reception/sessions/${sessionId}/visits`, body);

const denouncer = await post({
  citizenName: 'Phan Văn Tố',
  address: 'TDP Hải Phong 1',
  idNumber: '042079009999',
  phone: '0987654321',
  representative: 'Phan Văn Tố',
  content: 'Tố cáo cán bộ địa chính nhận tiền khi làm hồ sơ',
  kind: 'DENUNCIATION',
  field: 'ADMINISTRATION',
  handling: 'CASE_OPENED',
});
const linkedLater = await post({
  citizenName: 'Hồ Thị Kín',
  address: 'TDP Trung Hòa',
  idNumber: '042180007777',
  content: 'Phản ánh việc lấn chiếm hành lang giao thông',
  kind: 'FEEDBACK',
  field: 'LAND',
});
const plain = await post({ citizenName: 'Nguyễn Thị Công Khai', address: 'TDP Tân Long', content: 'Hỏi về chế độ hộ nghèo', kind: 'PETITION', field: 'SOCIAL_POLICY', handling: 'ANSWERED' });

// The feedback turns out to be a denunciation: linked to a denunciation case, it is masked too.
const denunciation = await createCaseRow(t.db, { unitId: ward.unit.id, createdById: ward.users.ubndOfficer.id, kind: 'DENUNCIATION' });
await call(t.app, officer, 'PATCH', `/api/reception/visits/${linkedLater.id}`, { caseId: denunciation.id }, ifMatch(1));

const identity = ['Phan Văn Tố', 'TDP Hải Phong 1', '042079009999', '0987654321', 'Hồ Thị Kín', '042180007777'];
const masked = { citizenName: null, address: null, idNumber: null, phone: null, representative: null, masked: true };

describe('confidential denunciation visits', () => {
  it.each(Object.keys(readers))('shows %s the visits with the denouncers masked', async (who) => {
    const session = readers[who]!;
    const list = await call<{ items: { id: string }[] }>(t.app, session, 'GET', `/api/reception/sessions/${sessionId}/visits`);
    const byId = new Map(list.items.map((v) => [v.id, v]));
    expect(byId.get(denouncer.id)).toMatchObject({ ...masked, content: 'Tố cáo cán bộ địa chính nhận tiền khi làm hồ sơ' });
    expect(byId.get(linkedLater.id)).toMatchObject({ ...masked, case: { id: denunciation.id, number: denunciation.number } });
    expect(byId.get(plain.id)).toMatchObject({ citizenName: 'Nguyễn Thị Công Khai', address: 'TDP Tân Long', masked: false });
    const one = await call(t.app, session, 'GET', `/api/reception/visits/${denouncer.id}`);
    expect(one).toMatchObject(masked);
    for (const body of [JSON.stringify(list), JSON.stringify(one)]) {
      for (const value of identity) expect(body).not.toContain(value);
    }
  });

  it('masks the answer to the very edit that made the visit protected; the audit log never holds a citizen’s identity', async () => {
    const visit = await post({ citizenName: 'Đinh Văn Mật', address: 'TDP Minh Huy', content: 'Việc chưa rõ loại' });
    const res = await injectAs(t.app, officer, {
      method: 'PATCH',
      url: `/api/reception/visits/${visit.id}`,
      payload: { kind: 'DENUNCIATION', citizenName: 'Đinh Văn Mật Mới' },
      headers: ifMatch(1),
    });
    expect(res.json()).toMatchObject(masked);
    expect(res.body).not.toContain('Đinh Văn Mật');
    const audit = await t.db.auditLog.findMany({ where: { entityId: { in: [visit.id, denouncer.id, linkedLater.id] } } });
    const written = JSON.stringify(audit.map((a) => a.changes));
    expect(written).not.toContain('Đinh Văn Mật Mới');
    expect(written).not.toContain('Phan Văn Tố');
    // Recorded as feedback first, then found to be a denunciation: its first audit row is clean too.
    expect(written).not.toContain('Hồ Thị Kín');
    expect(written).not.toContain('Đinh Văn Mật');
    expect(audit.find((a) => a.entityId === visit.id && a.action === 'reception_visit.update')?.changes).toMatchObject({
      kind: [null, 'DENUNCIATION'],
      citizenName: 'đã thay đổi (bảo mật)',
    });
  });
});

describe('a protected visit stays protected', () => {
  it('refuses the edits that would unmask a denouncer: another kind, or unlinking from the denunciation', async () => {
    const front = readers['Front officer']!;
    const current = await t.db.receptionVisit.findUniqueOrThrow({ where: { id: denouncer.id } });
    const reclassify = await injectAs(t.app, front, {
      method: 'PATCH',
      url: `/api/reception/visits/${denouncer.id}`,
      payload: { kind: 'PETITION' },
      headers: ifMatch(current.version),
    });
    expect(reclassify.statusCode).toBe(400);
    const linked = await t.db.receptionVisit.findUniqueOrThrow({ where: { id: linkedLater.id } });
    const unlink = await injectAs(t.app, front, {
      method: 'PATCH',
      url: `/api/reception/visits/${linkedLater.id}`,
      payload: { caseId: null },
      headers: ifMatch(linked.version),
    });
    expect(unlink.statusCode).toBe(400);
    for (const body of [reclassify.body, unlink.body]) for (const value of identity) expect(body).not.toContain(value);
    expect(await t.db.receptionVisit.findUniqueOrThrow({ where: { id: denouncer.id } })).toMatchObject({ kind: 'DENUNCIATION', version: current.version });
    expect(await t.db.receptionVisit.findUniqueOrThrow({ where: { id: linkedLater.id } })).toMatchObject({ caseId: denunciation.id, version: linked.version });
  });
});
