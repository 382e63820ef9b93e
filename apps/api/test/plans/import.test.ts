import { importColumns } from '@phoihop/shared/plan-import';
import { searchTextOf } from '@phoihop/shared/text';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPlanImport } from '../../src/modules/plan-import/import-command.ts';
import { systemContext } from '../../src/modules/plan-import/plan-import.service.ts';
import { createServices } from '../../src/services.ts';
import { buildTestApp, injectAs, login, type Session } from '../helpers/app.ts';
import { createWard, PASSWORD } from '../helpers/factories.ts';
import { approve, call } from '../helpers/plans.ts';

const t = await buildTestApp();
const ward = await createWard(t.db);
const youth = await t.db.organisation.create({
  data: {
    unitId: ward.unit.id,
    kind: 'YOUTH_UNION',
    name: 'Đoàn Thanh niên phường',
    shortName: 'Đoàn phường',
    searchText: searchTextOf('Đoàn Thanh niên phường'),
  },
});
const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);
const leader = await login(t.app, ward.users.leader.username, PASSWORD);
const officer = await login(t.app, ward.users.officer.username, PASSWORD);
const viewer = await login(t.app, ward.users.viewer.username, PASSWORD);
let year = 2040;

type Cell = string | number | Date | null;
type Row = Partial<Record<(typeof importColumns)[number]['key'], Cell>>;

async function xlsx(rows: (Row | null)[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kế hoạch');
  sheet.columns = importColumns.map((c) => ({ header: c.header, key: c.key }));
  // Blank rows stay blank lines in the sheet: the reader must skip them.
  rows.forEach((row, index) => {
    if (row) sheet.getRow(index + 2).values = row;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function upload(session: Session, fileName: string, data: Buffer | string, query: string) {
  const boundary = '----phoihop-import';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n`),
    Buffer.from('Content-Type: application/octet-stream\r\n\r\n'),
    Buffer.isBuffer(data) ? data : Buffer.from(data),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return injectAs(t.app, session, {
    method: 'POST',
    url: `/api/plans/import?${query}`,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

const counts = async () => ({
  plans: await t.db.plan.count({ where: { unitId: ward.unit.id } }),
  items: await t.db.planItem.count({ where: { unitId: ward.unit.id } }),
  partners: await t.db.taskPartner.count({ where: { unitId: ward.unit.id } }),
  audit: await t.db.auditLog.count({ where: { unitId: ward.unit.id, action: 'plan.import' } }),
});

interface TreeItem {
  id: string;
  code: string;
  kind: string;
  title: string;
  lead: { name: string } | null;
  partners: { name: string }[];
  startDate: string | null;
  dueDate: string | null;
  recurrence: string;
  targetValue: number | null;
  targetUnit: string | null;
  weight: number;
  nextDueOn: string | null;
}
interface Tree {
  plan: { id: string; title: string; status: string; year: number; reviewPeriods: string[] };
  items: TreeItem[];
}
const tree = (planId: string) => call<Tree>(t.app, admin, 'GET', `/api/plans/${planId}`);

const goodRows = (y: number): Row[] => [
  { code: '1', kind: 'Lĩnh vực', title: 'Phối hợp tuyên truyền, vận động Nhân dân' },
  {
    code: '1.1',
    kind: 'Nhiệm vụ',
    title: 'Tuyên truyền Nghị quyết Đại hội',
    lead: 'mttq',
    partners: 'Hội Phụ nữ; doan phuong',
    startDate: new Date(Date.UTC(y, 0, 15)),
    dueDate: `30/06/${y}`,
    recurrence: 'Hằng quý',
    targetValue: 500,
    targetUnit: 'hộ',
    weight: 2,
  },
  { code: '1.2', kind: 'nhiem vu', title: 'Vận động xây dựng nông thôn mới', lead: 'UBND', dueDate: `31/12/${y}` },
  { code: '2', kind: 'LĨNH VỰC', title: 'Giám sát và phản biện xã hội' },
  { code: '2.1', kind: 'Nhiệm vụ', title: 'Giám sát thực hiện chính sách', lead: 'Đoàn phường', partners: 'MTTQ, UBND' },
];

describe('plan import', () => {
  it('reports every problem with its row and column and writes nothing', async () => {
    const y = ++year;
    const before = await counts();
    const file = await xlsx([
      { code: '1', kind: 'Lĩnh vực', title: 'Lĩnh vực hợp lệ' },
      { code: '1.1', kind: 'Nhiệm vụ', title: '', lead: 'Hội Không Tồn Tại' },
      { code: '1.1', kind: 'Nhiệm vụ', title: 'Trùng mã', lead: 'MTTQ', startDate: `31/12/${y}`, dueDate: `01/01/${y}` },
      { code: '2.1', kind: 'Nhiệm vụ', title: 'Thiếu mục cha và chủ trì' },
      { code: 'a.b', kind: 'Việc', title: 'Mã và loại sai' },
      null,
      { code: '1.2', kind: 'Nhiệm vụ', title: 'Sai ngày, định kỳ, số', lead: 'mttq', startDate: `32/01/${y}`, recurrence: 'hằng năm', targetValue: 'nhiều', targetUnit: 'hộ', weight: 'x' },
      { code: '1.3', kind: 'Nhiệm vụ', title: 'Chỉ tiêu không đơn vị', lead: 'UBND', targetValue: 100 },
      { code: '3', kind: 'Nhiệm vụ', title: 'Phối hợp lạ', lead: 'UBND', partners: 'MTTQ; Ai đó' },
      { code: '3.1', kind: 'Lĩnh vực', title: 'Lĩnh vực cấp dưới' },
      { kind: 'Nhiệm vụ', title: 'Thiếu mã', lead: 'UBND' },
    ]);
    const res = await upload(admin, 'ke-hoach.xlsx', file, `year=${y}`);
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    const problems = (body.meta.problems as { row: number; column: string; message: string }[]).map(
      (p) => `${p.row}|${p.column}`,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        '3|Tên lĩnh vực / nhiệm vụ', // missing title
        '3|Chủ trì', // unknown organisation
        '4|Mã', // duplicate code
        '4|Hạn hoàn thành', // start after due
        '5|Mã', // parent 2 missing
        '5|Chủ trì', // task without lead
        '6|Mã', // bad code format
        '6|Loại', // unknown kind
        '8|Bắt đầu', // bad date
        '8|Định kỳ', // unknown recurrence
        '8|Chỉ tiêu', // not a number
        '8|Trọng số', // not a number
        '9|Đơn vị tính', // target without unit
        '10|Phối hợp', // unknown partner
        '11|Mã', // area below top level
        '12|Mã', // missing code
      ]),
    );
    expect(problems).not.toContain('2|Mã');
    expect(problems).not.toContain('6|Chủ trì'); // an unknown kind is not also a task without a lead
    expect(problems.filter((p) => p === '3|Chủ trì')).toHaveLength(1);
    expect(body.errors).toContainEqual({ path: 'Dòng 3 › Chủ trì', message: 'Không tìm thấy tổ chức "Hội Không Tồn Tại" đang hoạt động trong đơn vị' });
    expect(body.errors).toContainEqual({ path: 'Dòng 4 › Mã', message: 'Mã 1.1 trùng với dòng 3' });
    expect(await counts()).toEqual(before);
  });

  it('creates the draft plan, areas and tasks from a filled-in template', async () => {
    const y = ++year;
    const res = await injectAs(t.app, admin, { method: 'GET', url: '/api/plans/import/template.xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Kế hoạch', 'Danh mục']);
    const sheet = workbook.getWorksheet('Kế hoạch')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(importColumns.map((c) => c.header));
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('A1').note).toBeTruthy();
    expect(sheet.getCell('A2').value).toBe('1');
    expect(sheet.getCell('A3').value).toBe('1.1');
    expect(sheet.getCell('B5').dataValidation).toMatchObject({ type: 'list', formulae: ['"Lĩnh vực,Nhiệm vụ"'] });
    const catalogue = workbook.getWorksheet('Danh mục')!;
    const catalogueText = JSON.stringify(catalogue.getSheetValues());
    for (const name of ['UBND', 'MTTQ', 'Hội Phụ nữ', 'Đoàn Thanh niên phường', 'Đoàn phường', 'Hằng quý']) {
      expect(catalogueText).toContain(name);
    }

    // Fill it in as a person would: the example rows overwritten, rows below added.
    goodRows(y).forEach((row, index) => {
      const line = sheet.getRow(index + 2);
      importColumns.forEach((c, col) => {
        line.getCell(col + 1).value = row[c.key] ?? null;
      });
    });
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const before = await counts();
    const result = await upload(leader, 'ke-hoach.xlsx', filled, `year=${y}`);
    expect(result.statusCode, result.body).toBe(200);
    expect(result.json()).toMatchObject({ dryRun: false, created: 5, updated: 0, unchanged: 0, problems: [] });
    const after = await counts();
    expect(after.plans).toBe(before.plans + 1);
    expect(after.items).toBe(before.items + 5);
    expect(after.audit).toBe(before.audit + 1);

    const { plan, items } = await tree(result.json().planId);
    expect(plan).toMatchObject({ year: y, status: 'DRAFT', title: `Chương trình phối hợp năm ${y}` });
    expect(items.map((i) => `${i.code} ${i.kind} ${i.lead?.name ?? '-'}`)).toEqual([
      '1 AREA -',
      '1.1 TASK MTTQ',
      '1.2 TASK UBND',
      '2 AREA -',
      '2.1 TASK Đoàn Thanh niên phường',
    ]);
    const first = items.find((i) => i.code === '1.1')!;
    expect(first).toMatchObject({
      title: 'Tuyên truyền Nghị quyết Đại hội',
      startDate: `${y}-01-15`,
      dueDate: `${y}-06-30`,
      recurrence: 'QUARTERLY',
      targetValue: 500,
      targetUnit: 'hộ',
      weight: 2,
    });
    expect(first.nextDueOn).not.toBeNull();
    expect(first.partners.map((p) => p.name).sort()).toEqual(['Hội Phụ nữ', 'Đoàn Thanh niên phường'].sort());
    expect(items.find((i) => i.code === '2.1')!.partners.map((p) => p.name).sort()).toEqual(['MTTQ', 'UBND']);

    // Tasks filter by their area, so areaId was filled in.
    const area2 = items.find((i) => i.code === '2')!;
    const byArea = await call<{ items: { title: string }[] }>(t.app, admin, 'GET', `/api/tasks?planId=${plan.id}&areaId=${area2.id}`);
    expect(byArea.items.map((i) => i.title)).toEqual(['Giám sát thực hiện chính sách']);

    const audit = await t.db.auditLog.findFirst({ where: { entityId: plan.id, action: 'plan.import' } });
    expect(audit).toMatchObject({ actorId: leader.userId, changes: expect.objectContaining({ created: 5, planCreated: true }) });
  });

  it('re-importing creates nothing new, updates a changed row and leaves other items alone', async () => {
    const y = ++year;
    const first = await upload(admin, 'ke-hoach.xlsx', await xlsx(goodRows(y)), `year=${y}&title=${encodeURIComponent('Chương trình riêng')}`);
    expect(first.statusCode, first.body).toBe(200);
    const planId = first.json().planId as string;
    expect((await tree(planId)).plan.title).toBe('Chương trình riêng');
    const handMade = await call<{ id: string }>(t.app, admin, 'POST', `/api/plans/${planId}/items`, { kind: 'AREA', title: 'Thêm bằng tay' });

    const before = await counts();
    const again = await upload(admin, 'ke-hoach.xlsx', await xlsx(goodRows(y)), `year=${y}`);
    expect(again.json()).toMatchObject({ planId, created: 0, updated: 0, unchanged: 5 });
    expect(await counts()).toEqual(before); // a no-op import leaves no audit row either

    const changed = goodRows(y);
    changed[2] = { ...changed[2], title: 'Vận động xây dựng đô thị văn minh', lead: 'Hội Phụ nữ' };
    changed[1] = { ...changed[1], partners: 'Đoàn phường' };
    const third = await upload(admin, 'ke-hoach.xlsx', await xlsx(changed), `year=${y}`);
    expect(third.json()).toMatchObject({ planId, created: 0, updated: 2, unchanged: 3 });
    const after = await counts();
    expect(after.items).toBe(before.items);
    expect(after.audit).toBe(before.audit + 1);

    const { items } = await tree(planId);
    expect(items.find((i) => i.title === 'Vận động xây dựng đô thị văn minh')?.lead?.name).toBe('Hội Phụ nữ');
    expect(items.find((i) => i.title === 'Tuyên truyền Nghị quyết Đại hội')?.partners.map((p) => p.name)).toEqual(['Đoàn Thanh niên phường']);
    expect(items.some((i) => i.id === handMade.id)).toBe(true);
  });

  it('refuses to import into an approved plan', async () => {
    const y = ++year;
    const first = await upload(admin, 'ke-hoach.xlsx', await xlsx(goodRows(y)), `year=${y}`);
    await approve(t.app, leader, first.json().planId);
    const before = await counts();
    const res = await upload(admin, 'ke-hoach.xlsx', await xlsx(goodRows(y)), `year=${y}`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', detail: expect.stringContaining('đã phê duyệt') });
    expect(await counts()).toEqual(before);
  });

  it('lets only plan managers import', async () => {
    const y = ++year;
    const before = await counts();
    for (const session of [officer, viewer]) {
      const res = await upload(session, 'ke-hoach.xlsx', await xlsx(goodRows(y)), `year=${y}`);
      expect(res.statusCode).toBe(403);
    }
    expect(await counts()).toEqual(before);
  });

  it('imports JSON and YAML files, numbering rows by their place in items', async () => {
    const y = ++year;
    const json = JSON.stringify({
      title: `Chương trình JSON ${y}`,
      reviewPeriods: ['H1', 'YEAR_END'],
      items: [
        { code: 1, kind: 'Lĩnh vực', title: 'Tuyên truyền' },
        { code: '1.1', kind: 'Nhiệm vụ', title: 'Hội nghị', lead: 'UBND', partners: ['MTTQ', 'Đoàn phường'], dueDate: `${y}-03-31` },
      ],
    });
    const fromJson = await upload(admin, 'ke-hoach.json', json, `year=${y}`);
    expect(fromJson.statusCode, fromJson.body).toBe(200);
    const jsonTree = await tree(fromJson.json().planId);
    expect(jsonTree.plan).toMatchObject({ title: `Chương trình JSON ${y}`, reviewPeriods: ['H1', 'YEAR_END'] });
    expect(jsonTree.items.map((i) => i.code)).toEqual(['1', '1.1']);
    expect(jsonTree.items[1]).toMatchObject({ dueDate: `${y}-03-31`, lead: { name: 'UBND' } });

    const y2 = ++year;
    const yaml = [
      `title: Chương trình YAML ${y2}`,
      'items:',
      '  - { code: 1, kind: Lĩnh vực, title: Giám sát }',
      '  - code: "1.1"',
      '    kind: Nhiệm vụ',
      '    title: Giám sát chợ',
      '    lead: Hội Phụ nữ',
      `    dueDate: 30/09/${y2}`,
      '  - code: "1.2"',
      '    kind: Nhiệm vụ',
      '    title: Không có chủ trì',
    ].join('\n');
    const bad = await upload(admin, 'ke-hoach.yaml', yaml, `year=${y2}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().meta.problems).toEqual([{ row: 3, column: 'Chủ trì', message: 'Nhiệm vụ cần tổ chức chủ trì' }]);

    const fixed = `${yaml}\n    lead: MTTQ\n`;
    const fromYaml = await upload(admin, 'ke-hoach.yml', fixed, `year=${y2}`);
    expect(fromYaml.statusCode, fromYaml.body).toBe(200);
    const yamlTree = await tree(fromYaml.json().planId);
    expect(yamlTree.plan.title).toBe(`Chương trình YAML ${y2}`);
    expect(yamlTree.items.map((i) => `${i.code} ${i.lead?.name ?? '-'} ${i.dueDate ?? '-'}`)).toEqual([
      '1 - -',
      `1.1 Hội Phụ nữ ${y2}-09-30`,
      '1.2 MTTQ -',
    ]);

    const notAPlan = await upload(admin, 'ke-hoach.txt', 'xin chào', `year=${y2}`);
    expect(notAPlan.statusCode).toBe(400);
    const tooBig = await upload(admin, 'ke-hoach.json', Buffer.alloc(5 * 1024 * 1024 + 10, 32), `year=${y2}`);
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().detail).toContain('5 MB');
  });

  it('checks without writing on a dry run', async () => {
    const y = ++year;
    const before = await counts();
    const res = await upload(admin, 'ke-hoach.xlsx', await xlsx(goodRows(y)), `year=${y}&dryRun=true`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ planId: null, dryRun: true, created: 5, updated: 0, unchanged: 0, problems: [] });

    const withProblem = goodRows(y);
    withProblem[4] = { ...withProblem[4], lead: 'Không ai' };
    const checked = await upload(admin, 'ke-hoach.xlsx', await xlsx(withProblem), `year=${y}&dryRun=true`);
    expect(checked.statusCode).toBe(200);
    expect(checked.json()).toMatchObject({ created: 4, problems: [{ row: 6, column: 'Chủ trì' }] });
    expect(await counts()).toEqual(before);
  });

  it('runs for the CLI as the system, with no actor in the audit log', async () => {
    const y = ++year;
    const services = createServices(t.db, t.config);
    const unitId = await services.planImport.unitIdByCode(ward.unit.code);
    expect(unitId).toBe(ward.unit.id);
    const json = JSON.stringify({ title: 'Từ dòng lệnh', items: [{ code: '1', kind: 'Nhiệm vụ', title: 'Việc chung', lead: youth.shortName }] });
    const result = await services.planImport.importPlan(
      { unitId: unitId!, year: y, source: { format: 'json', data: Buffer.from(json) }, dryRun: false },
      systemContext(),
    );
    expect(result).toMatchObject({ created: 1 });
    const audit = await t.db.auditLog.findFirst({ where: { entityId: result.planId!, action: 'plan.import' } });
    expect(audit?.actorId).toBeNull();
  });

  it('imports from the command line, printing problems by row and column', async () => {
    const y = ++year;
    const services = createServices(t.db, t.config);
    const dir = await mkdtemp(path.join(tmpdir(), 'phoihop-import-'));
    const file = path.join(dir, 'ke-hoach.yaml');
    const lines: string[] = [];
    const out = { info: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
    const args = [file, '--unit', ward.unit.code, '--year', String(y)];

    await writeFile(file, 'title: Từ dòng lệnh\nitems:\n  - { code: 1, kind: Lĩnh vực, title: Chung }\n  - { code: "1.1", kind: Nhiệm vụ, title: Việc chung, lead: Không ai }\n');
    const before = await counts();
    expect(await runPlanImport(services.planImport, args, out)).toBe(1);
    expect(lines).toContain('Dòng 2, cột Chủ trì: Không tìm thấy tổ chức "Không ai" đang hoạt động trong đơn vị');
    expect(await counts()).toEqual(before);

    await writeFile(file, 'title: Từ dòng lệnh\nitems:\n  - { code: 1, kind: Lĩnh vực, title: Chung }\n  - { code: "1.1", kind: Nhiệm vụ, title: Việc chung, lead: Đoàn phường }\n');
    expect(await runPlanImport(services.planImport, [...args, '--dry-run'], out)).toBe(0);
    expect(await counts()).toEqual(before);
    expect(await runPlanImport(services.planImport, args, out)).toBe(0);
    const plan = await t.db.plan.findUniqueOrThrow({ where: { unitId_year: { unitId: ward.unit.id, year: y } } });
    expect(plan.title).toBe('Từ dòng lệnh');
    const audit = await t.db.auditLog.findFirst({ where: { entityId: plan.id, action: 'plan.import' } });
    expect(audit).toMatchObject({ actorId: null, changes: expect.objectContaining({ created: 2 }) });

    await expect(runPlanImport(services.planImport, [file, '--unit', 'KHONG-CO', '--year', String(y)], out)).rejects.toThrow('Không có đơn vị');
    await expect(runPlanImport(services.planImport, [file, '--unit', ward.unit.code], out)).rejects.toThrow('Cách dùng');
  });
});
