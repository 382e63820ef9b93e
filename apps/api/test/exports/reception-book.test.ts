// The reception book export (moved from the old GET /reception/book.xlsx): every visit of the
// period in the book's layout, a denouncer masked whether the visit is a denunciation itself or
// was linked to one later, the others in full.
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app.ts';
import { call } from '../helpers/plans.ts';
import { createCaseRow, ifMatch, receptionWard } from '../reception/helpers.ts';
import { exportFile, readCsv, readXlsx } from './helpers.ts';

const t = await buildTestApp();
t.clock.now = new Date('2026-03-10T03:00:00Z');
const ward = await receptionWard(t);
const { ubnd, mttq } = ward.organisations;
const officer = await ward.as(ward.users.ubndOfficer);
const frontOfficer = await ward.as(ward.users.frontOfficer);

const { id: sessionId } = await call<{ id: string }>(t.app, officer, 'POST', '/api/reception/sessions', {
  heldOn: '2026-03-05',
  kind: 'LEADERS_MONTHLY',
  hosts: ['PARTY_SECRETARY', 'PC_CHAIRMAN', 'FRONT_CHAIR'],
  hostNames: 'Bí thư Đảng ủy, Chủ tịch UBND, Chủ tịch UBMTTQ phường',
  organisationIds: [ubnd.id, mttq.id],
});
const post = (body: object) => call<{ id: string; version: number }>(t.app, officer, 'POST', `/api/reception/sessions/${sessionId}/visits`, body);
await post({
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
const linkedLater = await post({ citizenName: 'Hồ Thị Kín', address: 'TDP Trung Hòa', idNumber: '042180007777', content: 'Phản ánh việc lấn chiếm hành lang giao thông', kind: 'FEEDBACK', field: 'LAND' });
await post({ citizenName: 'Nguyễn Thị Công Khai', address: 'TDP Tân Long', content: 'Hỏi về chế độ hộ nghèo', kind: 'PETITION', field: 'SOCIAL_POLICY', handling: 'ANSWERED' });
// A later session: out of the book up to the 8th, in March's.
const { id: later } = await call<{ id: string }>(t.app, officer, 'POST', '/api/reception/sessions', { heldOn: '2026-03-09', kind: 'REGULAR', hosts: ['PC_CHAIRMAN'], hostNames: 'Chủ tịch UBND phường' });
await call(t.app, officer, 'POST', `/api/reception/sessions/${later}/visits`, { citizenName: 'Trần Văn Sau', content: 'Hỏi thủ tục', officerName: 'Lê Văn Tiếp' });

// The feedback turns out to be a denunciation: linked to a denunciation case, it is masked too.
const denunciation = await createCaseRow(t.db, { unitId: ward.unit.id, createdById: ward.users.ubndOfficer.id, kind: 'DENUNCIATION' });
await call(t.app, officer, 'PATCH', `/api/reception/visits/${linkedLater.id}`, { caseId: denunciation.id }, ifMatch(1));

const identity = ['Phan Văn Tố', 'TDP Hải Phong 1', '042079009999', '0987654321', 'Hồ Thị Kín', '042180007777'];

describe('the reception book', () => {
  it('lists every visit of the period in the book’s layout, the denouncers masked', async () => {
    const { job, res } = await exportFile(t.app, frontOfficer, { list: 'reception-book', format: 'xlsx', query: { from: '2026-03-01', to: '2026-03-08' } });
    expect(job.fileName).toBe('so-tiep-cong-dan-2026-03-01-2026-03-08.xlsx');
    expect(job.total).toBe(3);
    const book = await readXlsx(res.rawPayload);
    expect(book.sheet.name).toBe('Sổ tiếp công dân');
    expect(book.title).toBe(`SỔ TIẾP CÔNG DÂN - ${ward.unit.name.toUpperCase()}`);
    expect(book.subtitle).toBe('Từ ngày 01/03/2026 đến ngày 08/03/2026 (xuất ngày 10/03/2026)');
    expect(book.rows).toHaveLength(3);
    const [denounced, joined, open] = book.rows as [string[], string[], string[]];
    expect(denounced.slice(0, 11)).toEqual([
      '1', '05/03/2026', 'Bí thư Đảng ủy, Chủ tịch UBND, Chủ tịch UBMTTQ phường', 'Bảo mật (tố cáo)', '', '', '',
      'Tố cáo cán bộ địa chính nhận tiền khi làm hồ sơ', 'Tố cáo', '', 'Tiếp nhận đơn',
    ]);
    expect(joined[3]).toBe('Bảo mật (tố cáo)');
    expect(joined[12]).toBe(denunciation.number);
    expect(joined[10]).toBe('Gộp vào đơn đã có');
    expect(open).toMatchObject({ 0: '3', 3: 'Nguyễn Thị Công Khai', 4: 'TDP Tân Long', 8: 'Kiến nghị', 10: 'Giải thích, trả lời trực tiếp' });
    const all = JSON.stringify(book.rows);
    for (const value of identity) expect(all).not.toContain(value);
  });

  it('writes the same book as CSV, in the order received, numbering on across sessions', async () => {
    const { res } = await exportFile(t.app, officer, { list: 'reception-book', format: 'csv', query: { from: '2026-03-01', to: '2026-03-31' } });
    const csv = readCsv(res.rawPayload);
    expect(csv.rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['1', '05/03/2026', 'Bí thư Đảng ủy, Chủ tịch UBND, Chủ tịch UBMTTQ phường', 'Bảo mật (tố cáo)'],
      ['2', '05/03/2026', 'Bí thư Đảng ủy, Chủ tịch UBND, Chủ tịch UBMTTQ phường', 'Bảo mật (tố cáo)'],
      ['3', '05/03/2026', 'Bí thư Đảng ủy, Chủ tịch UBND, Chủ tịch UBMTTQ phường', 'Nguyễn Thị Công Khai'],
      ['4', '09/03/2026', 'Lê Văn Tiếp', 'Trần Văn Sau'],
    ]);
    const text = res.rawPayload.toString('utf8');
    for (const value of identity) expect(text).not.toContain(value);
  });
});
