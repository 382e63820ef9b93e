// A person copied into a case from another record is a denouncer once that case is, or later
// becomes, a denunciation (Luật Tố cáo Art 56): a suggestion's author and a visit's citizen are
// then masked in every detail, list, search and export for everyone, and only the case's handler
// and the People's Committee head reveal them, through an audited route.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, type Session } from '../helpers/app.ts';
import { newBox, newOpening, newSuggestion } from '../civic/helpers.ts';
import { exportFile, readXlsx } from '../exports/helpers.ts';
import { caseWard, send, step } from './case-helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-10T03:00:00Z');
const w = await caseWard(t);
const s = w.sessions;
const { ubnd } = w.organisations;

const author = {
  authorName: 'Vũ Thị Góp Ý',
  authorAddress: 'Số 12 ngõ Hòm Thư',
  authorPhone: '0977123456',
};
const citizen = {
  citizenName: 'Lương Văn Tiếp Dân',
  address: 'Số 3 ngõ Tiếp Dân',
  idNumber: '042188004321',
  phone: '0966111222',
};
const secrets = [
  author.authorName,
  author.authorAddress,
  author.authorPhone,
  ...Object.values(citizen),
];
const leaks = (text: string) => secrets.filter((secret) => text.includes(secret));

/** Everyone of the unit who may not reveal (handler and PC head aside). */
const others: [string, Session][] = [
  ['viewer', s.viewer],
  ['Women’s Union officer', s.womenOfficer],
  ['Front officer', s.frontOfficer],
  ['Front leader', s.frontLeader],
  ['another PC officer', s.pcOfficer2],
];

/** The viewer does not read reception sessions at all. */
const receptionReaders = others.filter(([, session]) => session !== s.viewer);

const box = await newBox(t, s.frontOfficer, 'Hòm thư tổ dân phố 5');
const opening = await newOpening(t, s.frontOfficer, box.id);

/** A signed suggestion the Front turns into a case of `kind`, the author copied as its petitioner. */
async function suggestionCase(summary: string, kind: string) {
  const suggestion = await newSuggestion(t, s.frontOfficer, opening.id, {
    summary,
    field: 'OFFICIALS',
    ...author,
  });
  const kase = await send(t.app, s.frontOfficer, 'POST', '/api/cases', {
    receivedOn: '2026-03-05',
    channel: 'SUGGESTION_BOX',
    field: 'LAND',
    kind,
    summary,
    suggestionId: suggestion.id,
    petitioners: [
      { fullName: author.authorName, address: author.authorAddress, phone: author.authorPhone },
    ],
  });
  return { suggestion, kase };
}

const accept = (c: { id: string }) =>
  step(
    t.app,
    s.pcHead,
    { id: c.id },
    {
      action: 'accept',
      on: '2026-03-09',
      assignedOrganisationId: ubnd.id,
      handlerId: w.users.pcOfficer.id,
    },
  );

const reveals = (entityId: string, action: string) =>
  t.db.auditLog.findMany({ where: { entityId, action }, orderBy: { at: 'asc' } });

async function expectMaskedSuggestion(id: string, search: string) {
  for (const [who, session] of [
    ...others,
    ['handler', s.pcOfficer] as const,
    ['PC head', s.pcHead] as const,
  ]) {
    const detail = await injectAs(t.app, session, { method: 'GET', url: `/api/suggestions/${id}` });
    expect(detail.statusCode, who).toBe(200);
    expect(detail.json(), who).toMatchObject({ author: null, identityProtected: true });
    expect(leaks(detail.body), who).toEqual([]);
    const list = await injectAs(t.app, session, {
      method: 'GET',
      url: `/api/suggestions?openingId=${opening.id}&limit=100`,
    });
    expect(
      list.json<{ items: { id: string }[] }>().items.map((x) => x.id),
      who,
    ).toContain(id);
    expect(leaks(list.body), who).toEqual([]);
    const byName = await injectAs(t.app, session, {
      method: 'GET',
      url: `/api/suggestions?q=${encodeURIComponent(search)}`,
    });
    expect(byName.json<{ items: unknown[] }>().items, who).toEqual([]);
  }
}

const made = await suggestionCase(
  'Tố cáo cán bộ thu tiền sai quy định khi cấp giấy phép xây dựng',
  'DENUNCIATION',
);

describe('a signed suggestion opened as a denunciation', () => {
  it('hides its author from every role, in the detail, the list and a search by name', async () => {
    await expectMaskedSuggestion(made.suggestion.id, 'vu thi gop y');
    const detail = await send(t.app, s.viewer, 'GET', `/api/suggestions/${made.suggestion.id}`);
    expect(detail).toMatchObject({
      case: { id: made.kase.id, number: made.kase.number },
      can: { viewIdentity: false },
    });
  });

  it('reveals it to the PC head before assignment and then to the handler, each time audited; to no one else', async () => {
    const id = made.suggestion.id;
    expect((await send(t.app, s.pcOfficer, 'GET', `/api/suggestions/${id}`)).can).toMatchObject({
      viewIdentity: false,
    });
    expect((await send(t.app, s.pcHead, 'GET', `/api/suggestions/${id}`)).can).toMatchObject({
      viewIdentity: true,
    });
    const byHead = await injectAs(t.app, s.pcHead, {
      method: 'GET',
      url: `/api/suggestions/${id}/author`,
    });
    expect(byHead.statusCode, byHead.body).toBe(200);
    expect(byHead.headers['cache-control']).toBe('no-store');
    expect(byHead.json()).toEqual({
      name: author.authorName,
      address: author.authorAddress,
      phone: author.authorPhone,
    });
    expect(
      (await injectAs(t.app, s.pcOfficer, { method: 'GET', url: `/api/suggestions/${id}/author` }))
        .statusCode,
    ).toBe(403);

    await accept(made.kase);
    expect((await send(t.app, s.pcOfficer, 'GET', `/api/suggestions/${id}`)).can).toMatchObject({
      viewIdentity: true,
    });
    const byHandler = await injectAs(t.app, s.pcOfficer, {
      method: 'GET',
      url: `/api/suggestions/${id}/author`,
    });
    expect(byHandler.json()).toMatchObject({ name: author.authorName });
    for (const [who, session] of others) {
      const res = await injectAs(t.app, session, {
        method: 'GET',
        url: `/api/suggestions/${id}/author`,
      });
      expect(res.statusCode, who).toBe(403);
      expect(leaks(res.body), who).toEqual([]);
    }
    const rows = await reveals(id, 'suggestion.author-view');
    expect(rows.map((r) => r.actorId)).toEqual([w.users.leader.id, w.users.pcOfficer.id]);
    expect(rows[0]?.changes).toEqual({ caseId: made.kase.id, number: made.kase.number });
    // No row of the suggestion or its case holds the author.
    const audit = await t.db.auditLog.findMany({ where: { entityId: { in: [id, made.kase.id] } } });
    expect(leaks(JSON.stringify(audit.map((a) => a.changes)))).toEqual([]);
  });
});

describe('a signed suggestion whose case is reclassified as a denunciation', () => {
  it('shows its author until then, and masks it from the reclassification on', async () => {
    const { suggestion, kase } = await suggestionCase(
      'Kiến nghị về việc thu phí vệ sinh tại tổ dân phố 5',
      'PETITION',
    );
    const before = await send(t.app, s.viewer, 'GET', `/api/suggestions/${suggestion.id}`);
    expect(before).toMatchObject({ identityProtected: false, author: { name: author.authorName } });
    // Not a denouncer: nothing to reveal through the audited route.
    expect(
      (
        await injectAs(t.app, s.pcHead, {
          method: 'GET',
          url: `/api/suggestions/${suggestion.id}/author`,
        })
      ).statusCode,
    ).toBe(403);

    await step(t.app, s.pcOfficer, kase, { action: 'classify', kind: 'DENUNCIATION' });
    await expectMaskedSuggestion(suggestion.id, 'vu thi gop y');
    const byHead = await injectAs(t.app, s.pcHead, {
      method: 'GET',
      url: `/api/suggestions/${suggestion.id}/author`,
    });
    expect(byHead.json()).toMatchObject({ name: author.authorName, phone: author.authorPhone });
    expect(await reveals(suggestion.id, 'suggestion.author-view')).toHaveLength(1);
  });
});

const { id: sessionId } = await send<{ id: string }>(
  t.app,
  s.pcOfficer,
  'POST',
  '/api/reception/sessions',
  {
    heldOn: '2026-03-05',
    kind: 'REGULAR',
    hosts: ['PC_CHAIRMAN'],
    hostNames: 'Chủ tịch UBND phường',
  },
);
const visit = await send<{ id: string }>(
  t.app,
  s.pcOfficer,
  'POST',
  `/api/reception/sessions/${sessionId}/visits`,
  {
    ...citizen,
    content: 'Phản ánh việc cán bộ địa chính gây khó khăn khi làm hồ sơ',
    kind: 'PETITION',
    field: 'LAND',
  },
);
const kase = await send(t.app, s.pcOfficer, 'POST', '/api/cases', {
  receivedOn: '2026-03-05',
  channel: 'RECEPTION',
  field: 'LAND',
  kind: 'PETITION',
  summary: 'Phản ánh việc cán bộ địa chính gây khó khăn khi làm hồ sơ',
  receptionVisitId: visit.id,
  petitioners: [
    {
      fullName: citizen.citizenName,
      address: citizen.address,
      idNumber: citizen.idNumber,
      phone: citizen.phone,
    },
  ],
});

describe('a citizen received at a session whose case is or becomes a denunciation', () => {
  it('is masked in the visit, the session’s list and the reception book once its case is classified a denunciation', async () => {
    expect(
      await send(t.app, s.womenOfficer, 'GET', `/api/reception/visits/${visit.id}`),
    ).toMatchObject({
      citizenName: citizen.citizenName,
      masked: false,
    });
    await step(t.app, s.pcOfficer, kase, { action: 'classify', kind: 'DENUNCIATION' });
    for (const [who, session] of [...receptionReaders, ['PC head', s.pcHead] as const]) {
      const one = await injectAs(t.app, session, {
        method: 'GET',
        url: `/api/reception/visits/${visit.id}`,
      });
      expect(one.json(), who).toMatchObject({
        citizenName: null,
        address: null,
        idNumber: null,
        phone: null,
        masked: true,
      });
      const list = await injectAs(t.app, session, {
        method: 'GET',
        url: `/api/reception/sessions/${sessionId}/visits`,
      });
      expect(leaks(one.body + list.body), who).toEqual([]);
    }
    const { res } = await exportFile(t.app, s.frontOfficer, {
      list: 'reception-book',
      format: 'xlsx',
      query: { from: '2026-03-01', to: '2026-03-09' },
    });
    const book = await readXlsx(res.rawPayload);
    expect(book.rows).toHaveLength(1);
    expect(leaks(JSON.stringify(book.rows))).toEqual([]);
  });

  it('is revealed to the handler and the PC head only, each time audited', async () => {
    await accept(kase);
    for (const [who, session] of receptionReaders) {
      expect(
        (await send(t.app, session, 'GET', `/api/reception/visits/${visit.id}`)).can,
        who,
      ).toEqual({ viewIdentity: false });
      const res = await injectAs(t.app, session, {
        method: 'GET',
        url: `/api/reception/visits/${visit.id}/identity`,
      });
      expect(res.statusCode, who).toBe(403);
    }
    for (const session of [s.pcOfficer, s.pcHead]) {
      expect((await send(t.app, session, 'GET', `/api/reception/visits/${visit.id}`)).can).toEqual({
        viewIdentity: true,
      });
      const res = await injectAs(t.app, session, {
        method: 'GET',
        url: `/api/reception/visits/${visit.id}/identity`,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.json()).toEqual({ ...citizen, representative: null });
    }
    const rows = await reveals(visit.id, 'reception_visit.identity-view');
    expect(rows.map((r) => r.actorId)).toEqual([w.users.pcOfficer.id, w.users.leader.id]);
    expect(rows[0]?.changes).toEqual({ caseId: kase.id, number: kase.number });
    const audit = await t.db.auditLog.findMany({
      where: { entityId: { in: [visit.id, kase.id] } },
    });
    expect(leaks(JSON.stringify(audit.map((a) => a.changes)))).toEqual([]);
  });
});

// A mediation case linked to a letter that becomes a denunciation: any party may be the denouncer.
const party = { name: 'Mạc Văn Hòa Giải', address: 'Số 8 ngõ Lối Đi' };
const team = await send<{ id: string }>(t.app, s.pcOfficer, 'POST', '/api/mediation/teams', {
  name: 'Tổ hòa giải TDP 7',
  area: 'TDP 7',
});
const mediator = await send<{ id: string }>(
  t.app,
  s.pcOfficer,
  'POST',
  `/api/mediation/teams/${team.id}/mediators`,
  {
    fullName: 'Hà Văn Trưởng',
    gender: 'MALE',
    role: 'LEADER',
  },
);
const mediationLetter = await send(t.app, s.pcOfficer, 'POST', '/api/cases', {
  receivedOn: '2026-03-02',
  channel: 'DIRECT',
  field: 'LAND',
  kind: 'PETITION',
  summary: 'Kiến nghị về lối đi chung tổ dân phố 7',
  petitioners: [{ fullName: party.name, address: party.address }],
});
const mediation = await send<{ id: string; version: number }>(
  t.app,
  s.pcOfficer,
  'POST',
  '/api/mediation/cases',
  {
    teamId: team.id,
    title: 'Tranh chấp lối đi chung tổ dân phố 7',
    parties: [party, { name: 'Hộ bà Đoàn Thị Bên Kia' }],
    field: 'LAND',
    receivedOn: '2026-03-03',
    mediatorIds: [mediator.id],
    caseId: mediationLetter.id,
  },
);
const partySecrets = [party.name, party.address, 'Đoàn Thị Bên Kia'];
const partyLeaks = (text: string) => partySecrets.filter((secret) => text.includes(secret));

describe('the parties of a mediation case whose letter becomes a denunciation', () => {
  it('are masked in the detail, the list, a search by name and the export; the title still finds it', async () => {
    const before = await send<{ parties: { name: string }[] }>(
      t.app,
      s.womenOfficer,
      'GET',
      `/api/mediation/cases/${mediation.id}`,
    );
    expect(before.parties[0]?.name).toBe(party.name);
    await step(t.app, s.pcOfficer, mediationLetter, { action: 'classify', kind: 'DENUNCIATION' });
    for (const [who, session] of [...receptionReaders, ['PC head', s.pcHead] as const]) {
      const one = await injectAs(t.app, session, {
        method: 'GET',
        url: `/api/mediation/cases/${mediation.id}`,
      });
      expect(one.json(), who).toMatchObject({
        identityProtected: true,
        parties: [
          { name: 'Người tố cáo (được bảo mật)', address: null },
          { name: 'Người tố cáo (được bảo mật)', address: null },
        ],
      });
      const list = await injectAs(t.app, session, {
        method: 'GET',
        url: '/api/mediation/cases?limit=100',
      });
      expect(partyLeaks(one.body + list.body), who).toEqual([]);
      const byName = await injectAs(t.app, session, {
        method: 'GET',
        url: `/api/mediation/cases?q=${encodeURIComponent('mac van hoa giai')}`,
      });
      expect(byName.json<{ items: unknown[] }>().items, who).toEqual([]);
      const byTitle = await injectAs(t.app, session, {
        method: 'GET',
        url: `/api/mediation/cases?q=${encodeURIComponent('loi di chung to dan pho 7')}`,
      });
      expect(
        byTitle.json<{ items: { id: string }[] }>().items.map((c) => c.id),
        who,
      ).toEqual([mediation.id]);
    }
    const { res } = await exportFile(t.app, s.frontOfficer, {
      list: 'mediation-cases',
      format: 'xlsx',
    });
    const sheet = await readXlsx(res.rawPayload);
    expect(sheet.rows).toHaveLength(1);
    expect(partyLeaks(JSON.stringify(sheet.rows))).toEqual([]);
  });

  it('are revealed to the handler and the PC head only, audited, and edited by them only', async () => {
    await accept(mediationLetter);
    for (const [who, session] of receptionReaders) {
      const res = await injectAs(t.app, session, {
        method: 'GET',
        url: `/api/mediation/cases/${mediation.id}/parties`,
      });
      expect(res.statusCode, who).toBe(403);
    }
    const current = await send<{ version: number }>(
      t.app,
      s.pcOfficer2,
      'GET',
      `/api/mediation/cases/${mediation.id}`,
    );
    const overwrite = await injectAs(t.app, s.pcOfficer2, {
      method: 'PATCH',
      url: `/api/mediation/cases/${mediation.id}`,
      payload: {
        parties: [{ name: 'Người tố cáo (được bảo mật)' }, { name: 'Người tố cáo (được bảo mật)' }],
      },
      headers: { 'if-match': `"${current.version}"` },
    });
    expect(overwrite.statusCode).toBe(403);
    for (const session of [s.pcOfficer, s.pcHead]) {
      const res = await injectAs(t.app, session, {
        method: 'GET',
        url: `/api/mediation/cases/${mediation.id}/parties`,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.json()).toEqual({
        parties: [party, { name: 'Hộ bà Đoàn Thị Bên Kia', address: null }],
      });
    }
    const rows = await reveals(mediation.id, 'mediation_case.parties-view');
    expect(rows.map((r) => r.actorId)).toEqual([w.users.pcOfficer.id, w.users.leader.id]);
    // The handler corrects a party: the audit log says the parties changed, not who they are.
    await send(
      t.app,
      s.pcOfficer,
      'PATCH',
      `/api/mediation/cases/${mediation.id}`,
      { parties: [party, { name: 'Hộ bà Đoàn Thị Bên Kia', address: 'TDP 7' }] },
      { 'if-match': `"${current.version}"` },
    );
    const audit = await t.db.auditLog.findMany({ where: { entityId: mediation.id } });
    expect(audit.find((a) => a.action === 'mediation_case.update')?.changes).toMatchObject({
      parties: 'đã thay đổi (bảo mật)',
    });
    expect(partyLeaks(JSON.stringify(audit.map((a) => a.changes)))).toEqual([]);
  });
});
