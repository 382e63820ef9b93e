// Upload checks (issue 12): content against the declared type, one file per request, a daily
// quota per user, audit rows without file names, and unlinked uploads swept after a day.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, type TestApp } from '../helpers/app.ts';
import { caseWard, register, type CaseWard } from '../cases/case-helpers.ts';
import { HTML, PDF, PNG, uploadParts } from './multipart.ts';

let t: TestApp;
let s: CaseWard['sessions'];

beforeAll(async () => {
  t = await buildTestApp({ UPLOAD_DAILY_MAX_FILES: '8', UPLOAD_DAILY_MAX_MB: '1' });
  s = (await caseWard(t)).sessions;
});

const stored = () => t.db.attachment.count();
const xlsx = async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Sheet1').addRow(['Mã', 'Nội dung']);
  return Buffer.from(await book.xlsx.writeBuffer());
};

describe('upload content checks', () => {
  it('refuses HTML or script content named .pdf, .png or .xlsx, naming the file', async () => {
    const before = await stored();
    for (const name of ['don-to-cao.pdf', 'anh.png', 'bang.xlsx']) {
      const res = await uploadParts(t.app, s.viewer, '/api/attachments', [{ name, data: HTML, type: 'application/pdf' }]);
      expect(res.statusCode, name).toBe(415);
      expect(res.json()).toMatchObject({ code: 'FILE_TYPE_MISMATCH' });
      expect(res.json<{ detail: string }>().detail).toContain(name);
    }
    const png = await uploadParts(t.app, s.viewer, '/api/attachments', [{ name: 'bien-ban.pdf', data: PNG }]);
    expect(png.json()).toMatchObject({ status: 415, code: 'FILE_TYPE_MISMATCH' });
    expect(await stored()).toBe(before);
  });

  it('accepts files whose content is what their name says', async () => {
    for (const [name, data, mimeType] of [
      ['bien-ban.pdf', PDF, 'application/pdf'],
      ['anh.png', PNG, 'image/png'],
      ['bang.xlsx', await xlsx(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ] as const) {
      const res = await uploadParts(t.app, s.pcOfficer, '/api/attachments', [{ name, data }]);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(201);
      expect(res.json()).toMatchObject({ mimeType });
    }
  });

  it('refuses a request with two files instead of keeping the first', async () => {
    const before = await stored();
    const res = await uploadParts(t.app, s.pcOfficer, '/api/attachments', [
      { name: 'a.pdf', data: PDF },
      { name: 'b.pdf', data: PDF },
    ]);
    expect(res.json()).toMatchObject({ status: 400, code: 'TOO_MANY_FILES' });
    expect(await stored()).toBe(before);
  });

  it('checks plan import files the same way', async () => {
    const url = '/api/plans/import?year=2031&dryRun=true';
    const html = await uploadParts(t.app, s.unitAdmin, url, [{ name: 'ke-hoach.json', data: `{"title": "${HTML}"}` }]);
    expect(html.json()).toMatchObject({ status: 415, code: 'FILE_TYPE_MISMATCH' });
    const fake = await uploadParts(t.app, s.unitAdmin, url, [{ name: 'ke-hoach.xlsx', data: HTML }]);
    expect(fake.json()).toMatchObject({ status: 415, code: 'FILE_TYPE_MISMATCH' });
    const binary = await uploadParts(t.app, s.unitAdmin, url, [{ name: 'ke-hoach.yaml', data: PNG }]);
    expect(binary.json()).toMatchObject({ status: 415, code: 'FILE_TYPE_MISMATCH' });
    const two = await uploadParts(t.app, s.unitAdmin, url, [
      { name: 'a.yaml', data: 'title: A' },
      { name: 'b.yaml', data: 'title: B' },
    ]);
    expect(two.json()).toMatchObject({ status: 400, code: 'TOO_MANY_FILES' });
  });
});

describe('upload audit and quota', () => {
  it('records each upload and download by id, type and size, never the file name', async () => {
    const res = await uploadParts(t.app, s.pcOfficer2, '/api/attachments', [{ name: 'Nguyễn Văn An.pdf', data: PDF }]);
    const { id } = res.json<{ id: string }>();
    expect((await injectAs(t.app, s.viewer, { method: 'GET', url: `/api/attachments/${id}` })).statusCode).toBe(200);
    const rows = await t.db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: 'asc' } });
    const size = Buffer.byteLength(PDF);
    expect(rows.map((r) => [r.action, r.changes])).toEqual([
      ['attachment.upload', { mimeType: 'application/pdf', size }],
      ['attachment.download', { attachmentId: id, mimeType: 'application/pdf', size, caseId: null }],
    ]);
    expect(JSON.stringify(rows.map((r) => r.changes))).not.toContain('Nguyễn');
  });

  it('stops a user at the daily count and bytes, counted from the database', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(600 * 1024, 0x20)]);
    expect((await uploadParts(t.app, s.frontOfficer, '/api/attachments', [{ name: 'a.pdf', data: big }])).statusCode).toBe(201);
    const bytes = await uploadParts(t.app, s.frontOfficer, '/api/attachments', [{ name: 'b.pdf', data: big }]);
    expect(bytes.json()).toMatchObject({ status: 429, code: 'UPLOAD_QUOTA_EXCEEDED' });
    for (let i = 0; i < 7; i++) {
      expect((await uploadParts(t.app, s.frontLeader, '/api/attachments', [{ name: `${i}.pdf`, data: PDF }])).statusCode).toBe(201);
    }
    const results = await Promise.all(
      [8, 9, 10].map((i) => uploadParts(t.app, s.frontLeader, '/api/attachments', [{ name: `${i}.pdf`, data: PDF }])),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 429, 429]);
    expect(results.find((r) => r.statusCode === 429)!.json()).toMatchObject({ code: 'UPLOAD_QUOTA_EXCEEDED' });
    // Another user's allowance is their own.
    expect((await uploadParts(t.app, s.pcHead, '/api/attachments', [{ name: 'x.pdf', data: PDF }])).statusCode).toBe(201);
  });
});

describe('unlinked uploads', () => {
  it('are deleted a day after upload, with an audit row; linked ones stay', async () => {
    const up = async () =>
      (await uploadParts(t.app, s.pcHead, '/api/attachments', [{ name: 'don.pdf', data: PDF }])).json<{ id: string }>().id;
    const linked = await up();
    const orphan = await up();
    await register(t.app, s.pcHead, { attachments: [{ attachmentId: linked, kind: 'LETTER' }] });

    expect(await t.services.attachments.deleteUnlinked()).toBe(0);
    expect(await t.db.attachment.count({ where: { id: orphan } })).toBe(1);

    t.clock.advanceMinutes(25 * 60);
    expect(await t.services.attachments.deleteUnlinked()).toBeGreaterThan(0);
    expect(await t.db.attachment.count({ where: { id: orphan } })).toBe(0);
    expect(await t.db.attachment.count({ where: { id: linked } })).toBe(1);
    const audit = await t.db.auditLog.findFirst({ where: { entityId: orphan, action: 'attachment.delete-unlinked' } });
    expect(audit?.changes).toEqual({ mimeType: 'application/pdf', size: Buffer.byteLength(PDF) });
  });

  it('knows every column that holds an attachment id', async () => {
    const { attachmentReferences } = await import('../../src/modules/attachments/attachments.repository.ts');
    const columns = await t.db.$queryRaw<{ table: string; column: string }[]>`
      SELECT table_name AS table, column_name AS column FROM information_schema.columns
       WHERE table_schema = current_schema() AND data_type = 'uuid'
         AND (column_name = 'attachment_id' OR column_name LIKE '%file_id')
       ORDER BY 1, 2`;
    expect(columns.map((c) => [c.table, c.column])).toEqual(
      [...attachmentReferences].map(([table, column]) => [table, column]).sort((a, b) => `${a[0]}.${a[1]}`.localeCompare(`${b[0]}.${b[1]}`)),
    );
  });
});
