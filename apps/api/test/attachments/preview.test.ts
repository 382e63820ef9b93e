// Attachments shown in the page (issue 13): PDF and pictures only, re-checked by their bytes,
// sandboxed, refused as the download is refused, and on record as the download is.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login, type Session } from '../helpers/app.ts';
import { createUser, createWard, PASSWORD } from '../helpers/factories.ts';
import { caseWard, register, step, upload } from '../cases/case-helpers.ts';
import { HTML, PDF, PNG, uploadParts } from './multipart.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-04-10T03:00:00Z');
const w = await caseWard(t);
const s = w.sessions;

const uploaded = async (name: string, data: Buffer | string) => {
  const res = await uploadParts(t.app, s.pcOfficer, '/api/attachments', [{ name, data }]);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
};
const pdf = await uploaded('bien-ban.pdf', PDF);
const png = await uploaded('anh.png', PNG);
const docx = await uploaded(
  'to-trinh.doc',
  Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex'),
);

const preview = (session: Session, id: string) =>
  injectAs(t.app, session, { method: 'GET', url: `/api/attachments/${id}/preview` });
const reads = (action: string) => t.db.auditLog.count({ where: { action } });

describe('attachment preview', () => {
  it('shows a PDF or a picture inline, sandboxed, and records the read', async () => {
    for (const [id, type] of [
      [pdf, 'application/pdf'],
      [png, 'image/png'],
    ] as const) {
      const before = await reads('attachment.download');
      const res = await preview(s.viewer, id);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers['content-disposition']).toMatch(/^inline; filename\*=UTF-8''/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toMatch(/; sandbox( allow-scripts)?$/);
      expect(csp).not.toContain('allow-same-origin');
      expect(await reads('attachment.download')).toBe(before + 1);
      const row = await t.db.auditLog.findFirst({
        where: { action: 'attachment.download' },
        orderBy: { id: 'desc' },
      });
      expect(row?.changes).toMatchObject({ attachmentId: id, mimeType: type, inline: true });
    }
    // A picture gets the full sandbox: no scripts at all.
    const picture = await preview(s.viewer, png);
    expect(String(picture.headers['content-security-policy'])).toMatch(/; sandbox$/);
  });

  it('refuses other types, and a stored file whose bytes are no longer what its type says', async () => {
    const before = await reads('attachment.download');
    const word = await preview(s.viewer, docx);
    expect(word.statusCode).toBe(415);
    expect(word.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(word.json()).toMatchObject({ code: 'PREVIEW_NOT_AVAILABLE' });

    const forged = await uploaded('gia.pdf', PDF);
    await t.db.attachment.update({ where: { id: forged }, data: { data: Buffer.from(HTML) } });
    const html = await preview(s.viewer, forged);
    expect(html.statusCode).toBe(415);
    expect(html.body).not.toContain('<script>');
    expect(await reads('attachment.download')).toBe(before);
    // The download itself stays as it was: a forced download, never shown.
    const download = await injectAs(t.app, s.viewer, {
      method: 'GET',
      url: `/api/attachments/${docx}`,
    });
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('refuses a protected file as the download does: 403 to a reader of the case, 404 to others', async () => {
    const handwriting = await upload(t.app, s.pcOfficer, 'don-viet-tay.pdf');
    const denunciation = await register(t.app, s.pcOfficer, {
      receivedOn: '2026-04-01',
      channel: 'FRONT_FORWARDED',
      sourceOrganisationId: w.organisations.mttq.id,
      kind: 'DENUNCIATION',
      summary: 'Tố cáo cán bộ nhận tiền',
      petitioners: [{ fullName: 'Người Tố Cáo' }],
      attachments: [{ attachmentId: handwriting, kind: 'LETTER', protected: true }],
    });
    await step(t.app, s.pcOfficer, denunciation, {
      action: 'accept',
      on: '2026-04-03',
      assignedOrganisationId: w.organisations.ubnd.id,
      handlerId: w.users.pcOfficer.id,
    });
    const before = await reads('case.identity-file-download');
    expect((await preview(s.frontOfficer, handwriting)).statusCode).toBe(403);
    expect((await preview(s.viewer, handwriting)).statusCode).toBe(404);
    expect(await reads('case.identity-file-download')).toBe(before);

    const handler = await preview(s.pcOfficer, handwriting);
    expect(handler.statusCode).toBe(200);
    expect(await reads('case.identity-file-download')).toBe(before + 1);
  });

  it('answers 404 to another unit', async () => {
    const other = await createWard(t.db);
    const stranger = await createUser(t.db, { unitId: other.unit.id, roles: ['VIEWER'] });
    const session = await login(t.app, stranger.username, PASSWORD);
    expect((await preview(session, pdf)).statusCode).toBe(404);
  });
});
