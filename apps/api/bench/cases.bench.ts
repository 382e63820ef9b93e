// Benchmark: letters and cases of a province holding a million cases (~100 wards, one large ward
// of ~30,000), timed through the real service layer, with the query plans of the main queries so
// a missing index shows as a Seq Scan.
// Run: pnpm --filter @phoihop/api bench:cases [cases] [--recompute] [--keep]
// --recompute also times recounting the stored deadlines of every open case (as after a change to
// the calendar or the legal limits).
// Uses DATABASE_URL's server when set (in a database of its own, phoihop_bench_cases, dropped at
// the end unless --keep), else an embedded PostgreSQL in a temporary folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import {
  listCasesQuerySchema,
  type ListCasesQuery,
} from '@phoihop/shared/cases';
import { addDays, todayInVietnam } from '@phoihop/shared/dates';
import { foldText } from '@phoihop/shared/text';
import type pg from 'pg';
import { loadConfig } from '../src/config/env.ts';
import { dropDatabase, ensureDatabase, withDatabase } from '../src/db/database-admin.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { applyMigrations } from '../src/db/migrations.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import type { RequestContext } from '../src/lib/context.ts';
import { demoContexts } from '../src/seed/demo-actors.ts';
import { seedDemo } from '../src/seed/seed-demo.ts';
import { createServices } from '../src/services.ts';
import { plansOf, tracedPrisma } from './traced-prisma.ts';

const args = process.argv.slice(2);
const TOTAL = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const KEEP = args.includes('--keep');
const RECOMPUTE = args.includes('--recompute');
const BIG_WARD = Math.min(30_000, Math.round(TOTAL * 0.03));
const OTHER_WARDS = 99;
const YEARS = 5;
const RUNS = 15;
const LIST_TARGET_MS = 200;
const STATISTICS_TARGET_MS = 1000;

// --- Realistic text: Vietnamese names (family names by their share of the population) and letters --

const family: [string, number][] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 10],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Phan', 5],
  ['Võ', 4],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 2],
  ['Hồ', 2],
  ['Ngô', 2],
  ['Dương', 2],
  ['Lý', 1],
  ['Đinh', 2],
  ['Trương', 2],
  ['Đoàn', 1],
  ['Hà', 2],
];
const male = {
  middle: ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Xuân', 'Đình', 'Công'],
  given: [
    'Hùng',
    'Dũng',
    'Thắng',
    'Sơn',
    'Hải',
    'Long',
    'Tuấn',
    'Minh',
    'Bình',
    'Cường',
    'Hòa',
    'Lộc',
    'Toàn',
    'Quý',
    'Tâm',
    'Nam',
    'Lực',
    'Khoa',
    'Tùng',
    'Phúc',
  ],
};
const female = {
  middle: ['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Mỹ', 'Hồng'],
  given: [
    'Hương',
    'Lan',
    'Hoa',
    'Hạnh',
    'Nga',
    'Thủy',
    'Mai',
    'Hằng',
    'Liên',
    'Trang',
    'Xuân',
    'Bích',
    'Lý',
    'Oanh',
    'Phương',
    'Nhung',
    'Sen',
    'Hà',
    'Lài',
    'Duyên',
  ],
};
const letters: Record<string, [string, string][]> = {
  LAND: [
    [
      'Khiếu nại phương án bồi thường, hỗ trợ khi Nhà nước thu hồi đất nông nghiệp',
      'Phương án bồi thường, hỗ trợ',
    ],
    [
      'Đề nghị cấp Giấy chứng nhận quyền sử dụng đất cho thửa đất sử dụng ổn định',
      'Cấp Giấy chứng nhận lần đầu',
    ],
    ['Tranh chấp ranh giới thửa đất với hộ liền kề, hòa giải không thành', 'Ranh giới thửa đất'],
    [
      'Tố cáo hộ gia đình lấn chiếm đất hành lang kênh mương, xây dựng trái phép',
      'Lấn chiếm đất công',
    ],
    [
      'Kiến nghị xác định lại diện tích đất bị ảnh hưởng khi mở rộng đường',
      'Diện tích đất bị ảnh hưởng',
    ],
  ],
  ENVIRONMENT: [
    [
      'Phản ánh cơ sở chế biến hải sản xả nước thải gây ô nhiễm mương thoát nước',
      'Nước thải cơ sở chế biến',
    ],
    ['Phản ánh rác thải tồn đọng tại điểm tập kết, thu gom không đúng lịch', 'Thu gom rác thải'],
    ['Đề nghị nạo vét kênh tiêu nước bị bồi lấp gây ngập úng', 'Kênh tiêu nước'],
    ['Phản ánh bụi, tiếng ồn từ bãi tập kết vật liệu sát khu dân cư', 'Bãi tập kết vật liệu'],
  ],
  SOCIAL_POLICY: [
    ['Đề nghị xét hộ cận nghèo do chủ hộ mất khả năng lao động', 'Rà soát hộ nghèo, cận nghèo'],
    ['Khiếu nại việc chưa lập hồ sơ trợ cấp xã hội cho người cao tuổi', 'Trợ cấp xã hội'],
    ['Kiến nghị chi trả chậm trợ cấp người có công', 'Chế độ người có công'],
    ['Đề nghị hỗ trợ xây dựng lại nhà ở dột nát', 'Hỗ trợ nhà ở'],
  ],
  ADMINISTRATION: [
    ['Phản ánh trả kết quả hồ sơ tại Bộ phận một cửa chậm so với giấy hẹn', 'Bộ phận một cửa'],
    [
      'Tố cáo cán bộ tổ dân phố thu tiền đóng góp không đúng quy định',
      'Thu, chi đóng góp của Nhân dân',
    ],
    ['Kiến nghị niêm yết đầy đủ thủ tục hành chính', 'Niêm yết thủ tục hành chính'],
  ],
  OTHER: [
    ['Phản ánh lấn chiếm vỉa hè, lòng đường để buôn bán', 'Trật tự đô thị'],
    ['Phản ánh đèn chiếu sáng công cộng hư hỏng', 'Chiếu sáng công cộng'],
    ['Phản ánh tụ tập đua xe gây mất trật tự ban đêm', 'An ninh trật tự'],
  ],
};
const groups = [
  'Hải Phong',
  'Đông Yên',
  'Tây Yên',
  'Hưng Lợi',
  'Minh Huệ',
  'Tân Phúc Thành',
  'Hải Thanh',
  'Quyền Hành',
  'Ba Đồng',
  'Phú Hải',
  'Vĩnh Sơn',
  'Nam Sơn',
  'Bắc Hoành',
  'Tân Hà',
  'Tiến Thắng',
];

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const textArray = (items: string[]) => `ARRAY[${items.map(quote).join(',')}]::text[]`;
const weighted = family.flatMap(([name, weight]) => Array<string>(weight).fill(name));
const templates = Object.entries(letters).flatMap(([field, list]) =>
  list.map(([summary, subject]) => ({ field, summary, subject })),
);
/** A person's name from the draws (fam, mid, giv, woman), as written or folded for search. */
const nameSql = (form: (s: string) => string) => {
  const arr = (items: string[]) => textArray(items.map(form));
  return `(${arr(weighted)})[fam] || ' ' || CASE WHEN woman
    THEN (${arr(female.middle)})[mid] || ' ' || (${arr(female.given)})[giv]
    ELSE (${arr(male.middle)})[mid] || ' ' || (${arr(male.given)})[giv] END`;
};
const templatesOf = (field: string) =>
  templates.map((t, i) => (t.field === field ? i + 1 : null)).filter((i) => i !== null);

// --- Helpers ---------------------------------------------------------------------------------

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(0.95 * (xs.length - 1))]!;

async function time<T>(
  run: () => Promise<T>,
  runs = RUNS,
): Promise<{ times: number[]; result: T }> {
  let result = await run(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await run();
    times.push(performance.now() - t0);
  }
  return { times, result };
}

// --- Run -------------------------------------------------------------------------------------

const given = loadConfig().databaseUrl;
const dir = given ? null : await mkdtemp(path.join(tmpdir(), 'phoihop-bench-cases-'));
const server = dir ? await startEmbeddedPostgres(dir) : null;
const url = withDatabase(given ?? server!.adminUrl, 'phoihop_bench_cases');
let pool: pg.Pool | null = null;
let db: PrismaClient | null = null;
let statementsOf: ReturnType<typeof tracedPrisma>['statementsOf'];
try {
  await dropDatabase(url);
  await ensureDatabase(url);
  await applyMigrations(url);
  ({ db, pool, statementsOf } = tracedPrisma(url));
  await seedDemo(db);
  const province = await db.adminUnit.findUniqueOrThrow({ where: { code: '42' } });
  const ward = await db.adminUnit.findUniqueOrThrow({ where: { code: 'HOANH-SON' } });
  const { as, orgIdOf } = await demoContexts(db, ward.id);
  const today = todayInVietnam();
  const start = addDays(today, -365 * YEARS);
  const sql = (text: string) => db!.$executeRawUnsafe(text);

  console.log(
    `Seeding ${TOTAL.toLocaleString('en')} cases in ${OTHER_WARDS + 1} wards (Phường Hoành Sơn: ${BIG_WARD.toLocaleString('en')}), ${YEARS} years to ${today}…`,
  );
  const started = Date.now();
  await sql(`
    INSERT INTO admin_units (id, code, name, kind, parent_id, search_text, updated_at)
    SELECT gen_random_uuid(), 'BENCH-' || lpad(w::text, 3, '0'), 'Phường số ' || w, 'WARD', '${province.id}', 'phuong so ' || w, now()
    FROM generate_series(1, ${OTHER_WARDS}) w`);
  await sql(`
    INSERT INTO organisations (id, unit_id, kind, name, short_name, sort_order, search_text, updated_at)
    SELECT gen_random_uuid(), u.id, k.kind::"OrganisationKind", k.name || ' ' || u.name, k.short, k.ord, lower(k.short) || ' ' || u.search_text, now()
    FROM admin_units u CROSS JOIN (VALUES
      ('PEOPLES_COMMITTEE', 'Ủy ban nhân dân', 'UBND', 1), ('FATHERLAND_FRONT', 'Ủy ban MTTQ', 'UBMTTQ', 2),
      ('WOMENS_UNION', 'Hội Liên hiệp Phụ nữ', 'Hội LHPN', 3), ('FARMERS_UNION', 'Hội Nông dân', 'Hội ND', 4),
      ('VETERANS_ASSOCIATION', 'Hội Cựu chiến binh', 'Hội CCB', 5), ('YOUTH_UNION', 'Đoàn Thanh niên', 'Đoàn TN', 6)) k(kind, name, short, ord)
    WHERE u.code LIKE 'BENCH-%'`);
  // Ward 0 is Hoành Sơn with its real organisations and handlers; wards 1–99 the others.
  await sql(`
    CREATE UNLOGGED TABLE bench_wards AS
    SELECT 0 AS w, '${ward.id}'::uuid AS unit_id, '${orgIdOf('ubnd')}'::uuid AS pc, '${orgIdOf('mttq')}'::uuid AS front,
      ARRAY['${orgIdOf('phu-nu')}', '${orgIdOf('nong-dan')}', '${orgIdOf('cuu-chien-binh')}', '${orgIdOf('doan')}']::uuid[] AS mass,
      ARRAY['${as('canbo-ubnd').actor.id}', '${as('canbo-ubnd').actor.id}', '${as('lanhdao').actor.id}']::uuid[] AS handlers
    UNION ALL
    SELECT substring(u.code from 7)::int, u.id,
      (SELECT o.id FROM organisations o WHERE o.unit_id = u.id AND o.kind = 'PEOPLES_COMMITTEE'),
      (SELECT o.id FROM organisations o WHERE o.unit_id = u.id AND o.kind = 'FATHERLAND_FRONT'),
      ARRAY(SELECT o.id FROM organisations o WHERE o.unit_id = u.id AND o.sort_order >= 3 ORDER BY o.sort_order),
      ARRAY[gen_random_uuid(), gen_random_uuid(), gen_random_uuid()]
    FROM admin_units u WHERE u.code LIKE 'BENCH-%'`);

  // One row per case with its random draws; the INSERTs below read them.
  await sql(`
    CREATE UNLOGGED TABLE bench_gen AS
    WITH draws AS (
      SELECT g, gen_random_uuid() AS id,
        CASE WHEN g <= ${BIG_WARD} THEN 0 ELSE 1 + g % ${OTHER_WARDS} END AS w,
        DATE '${start}' + floor(sqrt(random()) * ${365 * YEARS})::int AS day,
        random() AS r_kind, random() AS r_field, random() AS r_channel, random() AS r_status, random() AS r_pick,
        random() < 0.5 AS woman, 1 + floor(random() * ${weighted.length})::int AS fam,
        1 + floor(random() * 10)::int AS mid, 1 + floor(random() * 20)::int AS giv, 1 + floor(random() * ${groups.length})::int AS grp
      FROM generate_series(1, ${TOTAL}) g
    ), dated AS (
      SELECT *, day - CASE extract(isodow FROM day) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END AS received_on FROM draws
    ), classified AS (
      SELECT *,
        DATE '${today}' - received_on AS age,
        CASE WHEN r_kind < 0.26 THEN 'COMPLAINT' WHEN r_kind < 0.34 THEN 'DENUNCIATION' WHEN r_kind < 0.72 THEN 'PETITION' ELSE 'FEEDBACK' END AS kind,
        CASE WHEN r_field < 0.48 THEN 'LAND' WHEN r_field < 0.64 THEN 'ENVIRONMENT' WHEN r_field < 0.79 THEN 'SOCIAL_POLICY' WHEN r_field < 0.91 THEN 'ADMINISTRATION' ELSE 'OTHER' END AS field,
        CASE WHEN r_channel < 0.18 THEN 'DIRECT' WHEN r_channel < 0.40 THEN 'RECEPTION' WHEN r_channel < 0.60 THEN 'POST'
          WHEN r_channel < 0.65 THEN 'SUGGESTION_BOX' WHEN r_channel < 0.80 THEN 'FRONT_FORWARDED' WHEN r_channel < 0.85 THEN 'ORGANISATION_FORWARDED'
          WHEN r_channel < 0.90 THEN 'HIGHER_AUTHORITY' ELSE 'ONLINE' END AS channel
      FROM dated
    )
    SELECT c.*,
      extract(year FROM received_on)::int AS year,
      row_number() OVER (PARTITION BY w, extract(year FROM received_on) ORDER BY received_on, g) AS seq,
      CASE
        WHEN r_status < 0.02 THEN 'DUPLICATE'
        -- Open: most of the last few months, a few old ones left behind.
        WHEN r_status < 0.02 + CASE WHEN age <= 120 THEN 0.05 + 0.6 * (1 - age / 120.0) ELSE 0.01 END THEN
          CASE WHEN age < 10 OR r_pick < 0.15 THEN 'RECEIVED' WHEN r_pick < 0.45 THEN 'ACCEPTED' WHEN r_pick < 0.85 THEN 'VERIFYING' ELSE 'DIALOGUE' END
        ELSE CASE WHEN r_pick < 0.55 THEN 'CLOSED' WHEN r_pick < 0.63 THEN 'DECIDED' WHEN r_pick < 0.71 THEN 'DECLINED' WHEN r_pick < 0.83 THEN 'FORWARDED'
          WHEN r_pick < 0.93 THEN 'GUIDED' WHEN r_pick < 0.97 THEN 'FILED' ELSE 'WITHDRAWN' END
      END AS status,
      channel = 'SUGGESTION_BOX' AND r_pick < 0.3 AS anonymous,
      ${nameSql((s) => s)} AS full_name,
      ${nameSql(foldText)} AS folded_name,
      CASE field ${Object.keys(letters)
        .map(
          (f) =>
            `WHEN '${f}' THEN (ARRAY[${templatesOf(f).join(',')}])[1 + floor(r_pick * ${templatesOf(f).length})::int]`,
        )
        .join(' ')} END AS template
    FROM classified c`);
  await sql(`ALTER TABLE bench_gen ADD COLUMN open boolean, ADD COLUMN handled boolean`);
  await sql(`UPDATE bench_gen SET open = status IN ('RECEIVED', 'ACCEPTED', 'VERIFYING', 'DIALOGUE'),
    handled = status IN ('DECIDED', 'CLOSED', 'DECLINED', 'FORWARDED', 'GUIDED', 'FILED', 'WITHDRAWN')`);

  // Load without the secondary indexes, then build them as the migrations define them.
  const indexes = await db.$queryRawUnsafe<{ indexname: string; indexdef: string }[]>(`
    SELECT i.indexname, i.indexdef FROM pg_indexes i
    WHERE i.tablename IN ('cases', 'case_petitioners') AND i.indexname NOT LIKE '%_pkey'`);
  for (const i of indexes) await sql(`DROP INDEX "${i.indexname}"`);
  const summaries = textArray(templates.map((t) => t.summary));
  const subjects = textArray(templates.map((t) => t.subject));
  const foldedSummaries = textArray(templates.map((t) => foldText(t.summary)));
  const foldedSubjects = textArray(templates.map((t) => foldText(t.subject)));
  await sql(`
    INSERT INTO cases (id, unit_id, year, seq, number, received_on, channel, source_organisation_id, source_reference, kind, field,
      summary, subject, location, people_count, anonymous, status, assigned_organisation_id, handler_id,
      classified_on, accepted_on, decided_on, decision_number, handled_on, handled_on_time, due_on, due_clock, paused_since,
      extension_days, search_text, identity_search_text, created_by_id, created_at, updated_at)
    SELECT g.id, w.unit_id, g.year, g.seq, g.year || '/' || lpad(g.seq::text, 4, '0'), g.received_on, g.channel::"CaseChannel",
      CASE g.channel WHEN 'FRONT_FORWARDED' THEN w.front WHEN 'ORGANISATION_FORWARDED' THEN w.mass[1 + g.g % cardinality(w.mass)] END,
      CASE WHEN g.channel = 'HIGHER_AUTHORITY' THEN 'Phiếu chuyển đơn của Ban Tiếp công dân tỉnh' END,
      CASE WHEN g.status = 'RECEIVED' AND g.r_kind < 0.3 THEN NULL ELSE g.kind::"CaseKind" END,
      g.field::"CaseField",
      (${summaries})[g.template], (${subjects})[g.template], 'Tổ dân phố ' || (${textArray(groups)})[g.grp],
      CASE WHEN g.r_pick > 0.95 THEN 5 + g.g % 36 ELSE 1 END, g.anonymous, g.status::"CaseStatus",
      CASE WHEN g.status NOT IN ('RECEIVED', 'DUPLICATE') THEN w.pc END,
      CASE WHEN g.status NOT IN ('RECEIVED', 'DUPLICATE') THEN w.handlers[1 + g.g % 3] END,
      CASE WHEN g.status NOT IN ('RECEIVED', 'DUPLICATE') THEN LEAST(g.received_on + 5, DATE '${today}') END,
      CASE WHEN g.status IN ('ACCEPTED', 'VERIFYING', 'DIALOGUE', 'DECIDED', 'CLOSED', 'WITHDRAWN') THEN LEAST(g.received_on + 6, DATE '${today}') END,
      CASE WHEN g.status IN ('DECIDED', 'CLOSED') THEN LEAST(g.received_on + 8 + (g.r_pick * 40)::int, DATE '${today}') END,
      CASE WHEN g.status IN ('DECIDED', 'CLOSED') THEN (g.seq % 900 + 1) || '/QĐ-UBND' END,
      CASE WHEN g.handled THEN LEAST(g.received_on + 5 + (g.r_pick * 40)::int, DATE '${today}') END,
      CASE WHEN g.handled THEN g.g % 10 <> 0 END,
      CASE WHEN g.open AND g.g % 33 <> 0 THEN g.received_on + CASE g.status WHEN 'RECEIVED' THEN 10 ELSE 40 END END,
      CASE WHEN g.open AND g.g % 33 <> 0 THEN CASE g.status WHEN 'RECEIVED' THEN 'processing' ELSE 'resolution' END END,
      CASE WHEN g.open AND g.g % 33 = 0 THEN g.received_on + 20 END,
      '{}',
      g.year || '/' || lpad(g.seq::text, 4, '0') || ' ' || (${foldedSummaries})[g.template] || ' ' || (${foldedSubjects})[g.template]
        || ' to dan pho ' || (${textArray(groups.map(foldText))})[g.grp]
        || CASE WHEN g.anonymous OR g.kind = 'DENUNCIATION' THEN '' ELSE ' ' || g.folded_name END,
      CASE WHEN g.kind = 'DENUNCIATION' AND NOT g.anonymous THEN g.folded_name ELSE '' END,
      w.handlers[1], now(), now()
    FROM bench_gen g JOIN bench_wards w ON w.w = g.w
    ORDER BY g.received_on, g.id`); // as letters arrive: a ward's rows spread over the whole table
  await sql(`
    INSERT INTO case_petitioners (id, case_id, unit_id, position, full_name, address, id_number, phone)
    SELECT gen_random_uuid(), g.id, w.unit_id, 0, g.full_name, 'Tổ dân phố ' || (${textArray(groups)})[g.grp],
      '042' || CASE WHEN g.woman THEN '1' ELSE '0' END || lpad((g.g % 100)::text, 2, '0') || lpad((g.g % 999983)::text, 6, '0'),
      '09' || lpad((g.g % 99999999)::text, 8, '0')
    FROM bench_gen g JOIN bench_wards w ON w.w = g.w WHERE NOT g.anonymous
    ORDER BY g.received_on, g.id`);
  console.log(
    `  rows in ${((Date.now() - started) / 1000).toFixed(1)} s; building ${indexes.length} indexes…`,
  );
  await sql(`SET maintenance_work_mem = '512MB'`);
  for (const i of indexes) await sql(i.indexdef);
  await sql(`DROP TABLE bench_gen`);
  await sql(`DROP TABLE bench_wards`);
  await sql('ANALYZE');
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const config = loadConfig({ NODE_ENV: 'test', DEMO: 'false', WEB_DIST: '/nonexistent' });
  const services = createServices(db, config);
  const head = as('lanhdao'); // PC Chairman: every case, and the denouncers' names in search
  const front = as('canbo-mttq'); // Front officer: follows what the Front forwarded
  const list = (query: Partial<ListCasesQuery>, ctx: RequestContext = head) =>
    services.cases.list(listCasesQuerySchema.parse({ limit: 25, ...query }), ctx);

  // A cursor 40 pages deep (1,000 rows), reached by following cursors.
  let cursor: string | undefined;
  for (let i = 0; i < 40; i++) cursor = (await list({ cursor })).nextCursor ?? undefined;
  const year = Number(today.slice(0, 4)) - 1;

  type Probe = {
    name: string;
    target: number | null;
    run: () => Promise<unknown>;
    explain?: boolean;
  };
  const probes: Probe[] = [
    {
      name: 'first page (newest first)',
      target: LIST_TARGET_MS,
      run: () => list({}),
      explain: true,
    },
    {
      name: 'page 41 via cursor',
      target: LIST_TARGET_MS,
      run: () => list({ cursor }),
      explain: true,
    },
    { name: 'first page by due date', target: LIST_TARGET_MS, run: () => list({ sort: 'due' }) },
    {
      name: 'state=overdue (by due date)',
      target: LIST_TARGET_MS,
      run: () => list({ state: 'overdue', sort: 'due' }),
      explain: true,
    },
    { name: 'state=open', target: LIST_TARGET_MS, run: () => list({ state: 'open' }) },
    {
      name: 'scope=forwarded (Front officer)',
      target: LIST_TARGET_MS,
      run: () => list({ scope: 'forwarded' }, front),
      explain: true,
    },
    {
      name: 'kind=DENUNCIATION, field=LAND',
      target: LIST_TARGET_MS,
      run: () => list({ kind: 'DENUNCIATION', field: 'LAND' }),
    },
    {
      name: `year ${year}, status=CLOSED`,
      target: LIST_TARGET_MS,
      run: () => list({ from: `${year}-01-01`, to: `${year}-12-31`, status: 'CLOSED' }),
    },
    {
      name: 'q "nguyen van"',
      target: LIST_TARGET_MS,
      run: () => list({ q: 'nguyen van' }),
      explain: true,
    },
    {
      name: 'q "nguyen van" (Front officer)',
      target: LIST_TARGET_MS,
      run: () => list({ q: 'nguyen van' }, front),
    },
    {
      name: 'q typo "nguyn van hung"',
      target: LIST_TARGET_MS,
      run: () => list({ q: 'nguyn van hung' }),
      explain: true,
    },
    {
      name: 'q rare "truong thi sen"',
      target: LIST_TARGET_MS,
      run: () => list({ q: 'truong thi sen' }),
      explain: true,
    },
    {
      name: `q number "${year}/0123"`,
      target: LIST_TARGET_MS,
      run: () => list({ q: `${year}/0123` }),
      explain: true,
    },
    {
      name: `statistics ${year}`,
      target: STATISTICS_TARGET_MS,
      run: () => services.cases.statistics({ from: `${year}-01-01`, to: `${year}-12-31` }, head),
      explain: true,
    },
    {
      name: `statistics ${year} (Front officer)`,
      target: STATISTICS_TARGET_MS,
      run: () => services.cases.statistics({ from: `${year}-01-01`, to: `${year}-12-31` }, front),
    },
    {
      name: `statistics ${YEARS} years`,
      target: STATISTICS_TARGET_MS,
      run: () => services.cases.statistics({ from: start, to: today }, head),
    },
  ];

  console.log(
    `\nPhường Hoành Sơn: ${(await db.case.count({ where: { unitId: ward.id } })).toLocaleString('en')} cases; province: ${(await db.case.count()).toLocaleString('en')}. Median and p95 of ${RUNS} runs after one warm-up; load average ${loadavg()[0]!.toFixed(1)}.\n`,
  );
  console.log(
    `${'query'.padEnd(36)} ${'rows'.padStart(5)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'target'.padStart(8)}`,
  );
  const misses: string[] = [];
  for (const probe of probes) {
    const { times, result } = await time(probe.run);
    const rows =
      (result as { items?: unknown[] }).items?.length ??
      (result as { totals?: { received: number } }).totals?.received ??
      0;
    const ok = probe.target === null || median(times) < probe.target;
    if (!ok) misses.push(probe.name);
    console.log(
      `${probe.name.padEnd(36)} ${String(rows).padStart(5)} ${median(times).toFixed(1).padStart(6)} ms ${p95(times).toFixed(1).padStart(6)} ms ${probe.target ? `< ${probe.target}`.padStart(8) : ''.padStart(8)} ${ok ? 'ok' : 'MISSED'}`,
    );
  }

  // Export of a filtered list (a year of land letters): one XLSX job, walking the list's pages.
  const exportQuery = { from: `${year}-01-01`, to: `${year}-12-31`, field: 'LAND' };
  const exported = await time(async () => {
    const job = await services.exports.create({ list: 'cases', format: 'xlsx', query: exportQuery }, head);
    await services.exports.idle();
    return (await services.exports.file(job.id, head)).data;
  }, 3);
  console.log(
    `${`export XLSX ${year} LAND`.padEnd(36)} ${''.padStart(5)} ${median(exported.times).toFixed(1).padStart(6)} ms ${p95(exported.times).toFixed(1).padStart(6)} ms ${''.padStart(8)} (${(exported.result.length / 1024).toFixed(0)} KB)`,
  );

  // The plans behind the main calls: every statement on the cases table, as the service sent it.
  const seqScans: string[] = [];
  for (const probe of probes.filter((p) => p.explain)) {
    const statements = (await statementsOf(probe.run)).filter(
      (c) => /\bcases\b|case_petitioners/.test(c.text) && /^\s*SELECT/i.test(c.text),
    );
    for (const [n, lines] of (await plansOf(url, statements)).entries()) {
      if (lines.some((l) => /Seq Scan on cases\b/.test(l))) seqScans.push(`${probe.name} #${n + 1}`);
      console.log(
        `\n--- ${probe.name} #${n + 1}: ${statements[n]!.text.replace(/\s+/g, ' ').trim().slice(0, 220)}…`,
      );
      console.log(lines.join('\n'));
    }
  }
  console.log(`\nTargets missed: ${misses.length ? misses.join('; ') : 'none'}`);
  console.log(`Seq Scan on cases: ${seqScans.length ? seqScans.join('; ') : 'none'}`);
  if (RECOMPUTE) {
    // What a change to the calendar or the legal limits costs: every open case of the province
    // gets its stored deadline recounted (last: it rewrites the synthetic due dates).
    const open = await db.case.count({
      where: { status: { in: ['RECEIVED', 'ACCEPTED', 'VERIFYING', 'DIALOGUE'] } },
    });
    const t0 = performance.now();
    const changed = await services.cases.recomputeDeadlines();
    console.log(
      `\nRecomputed the deadlines of ${open.toLocaleString('en')} open cases (${changed.toLocaleString('en')} changed) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  if (KEEP) console.log(`\nKept the database: ${url}`);
} finally {
  await db?.$disconnect();
  await pool?.end().catch(() => {});
  if (!KEEP) await dropDatabase(url).catch(() => {});
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}
