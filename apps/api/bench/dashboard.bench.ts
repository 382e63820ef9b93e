// Benchmark: the home dashboard on a province's data — ~100 wards, a million letters (one ward
// of 30,000), five years of plans with thousands of tasks each, and tens of thousands of
// supervision recommendations, voter petitions, mediation cases and reception sessions. Times
// GET /api/dashboard through HTTP for a ward's leaders and an officer (p50/p95), then prints the
// query plan of every statement of one call, so a missing index shows as a Seq Scan.
// Run: pnpm --filter @phoihop/api bench:dashboard [cases] [--keep]
// Uses DATABASE_URL's server when set (database phoihop_bench_dashboard, dropped at the end unless
// --keep), else an embedded PostgreSQL in a temporary folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { todayInVietnam } from '@phoihop/shared/dates';
import type pg from 'pg';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config/env.ts';
import { dropDatabase, ensureDatabase, withDatabase } from '../src/db/database-admin.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { applyMigrations } from '../src/db/migrations.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { demoContexts } from '../src/seed/demo-actors.ts';
import { seedDemo } from '../src/seed/seed-demo.ts';
import { createServices } from '../src/services.ts';
import { plansOf, tracedPrisma } from './traced-prisma.ts';

const args = process.argv.slice(2);
const CASES = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const KEEP = args.includes('--keep');
const BIG_WARD = Math.min(30_000, Math.round(CASES * 0.03));
const OTHER_WARDS = 99;
const WARDS = OTHER_WARDS + 1;
const YEARS = 5;
const TASKS_THIS_YEAR = 3_000; // per ward: this year's plan
const TASKS_PAST_YEAR = 500; // per ward and past year
const RUNS = 30;
const TARGET_MS = 1000;
/** Tables the dashboard reads that grow with the province. */
const BIG_TABLES = [
  'cases',
  'plan_items',
  'plans',
  'recommendations',
  'supervisions',
  'voter_petitions',
  'voter_meetings',
  'mediation_cases',
  'mediation_teams',
  'mediators',
  'reception_sessions',
  'drafts',
];

const percentile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;

const given = loadConfig().databaseUrl;
const dir = given ? null : await mkdtemp(path.join(tmpdir(), 'phoihop-bench-dashboard-'));
const server = dir ? await startEmbeddedPostgres(dir) : null;
const url = withDatabase(given ?? server!.adminUrl, 'phoihop_bench_dashboard');
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
  const year = Number(today.slice(0, 4));
  const first = year - YEARS + 1;
  const start = `${first}-01-01`;
  const sql = (text: string) => db!.$executeRawUnsafe(text);
  const started = Date.now();
  const step = (what: string) => console.log(`  ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

  console.log(`Seeding ${WARDS} wards, ${CASES.toLocaleString('en')} letters (Phường Hoành Sơn: ${BIG_WARD.toLocaleString('en')}), ${YEARS} years to ${today}…`);
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
  // Ward 0 is Hoành Sơn with its real organisations; `orgs` = PC, Front, then the mass organisations.
  await sql(`
    CREATE UNLOGGED TABLE bench_wards AS
    SELECT 0 AS w, '${ward.id}'::uuid AS unit_id, '${orgIdOf('ubnd')}'::uuid AS pc, '${orgIdOf('mttq')}'::uuid AS front,
      ARRAY['${orgIdOf('ubnd')}', '${orgIdOf('mttq')}', '${orgIdOf('phu-nu')}', '${orgIdOf('nong-dan')}', '${orgIdOf('cuu-chien-binh')}', '${orgIdOf('doan')}']::uuid[] AS orgs
    UNION ALL
    SELECT substring(u.code from 7)::int, u.id,
      (SELECT o.id FROM organisations o WHERE o.unit_id = u.id AND o.kind = 'PEOPLES_COMMITTEE'),
      (SELECT o.id FROM organisations o WHERE o.unit_id = u.id AND o.kind = 'FATHERLAND_FRONT'),
      ARRAY(SELECT o.id FROM organisations o WHERE o.unit_id = u.id ORDER BY o.sort_order)
    FROM admin_units u WHERE u.code LIKE 'BENCH-%'`);

  // Letters: received any day of the five years; most of the last three months still open (due
  // 40 days after receipt, so some overdue), 2% duplicates, the rest handled (90% on time).
  const indexes = await db.$queryRawUnsafe<{ indexname: string; indexdef: string }[]>(`
    SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('cases', 'plan_items') AND indexname NOT LIKE '%_pkey'`);
  for (const i of indexes) await sql(`DROP INDEX "${i.indexname}"`);
  await sql(`
    INSERT INTO cases (id, unit_id, year, seq, number, received_on, channel, source_organisation_id, kind, field, summary, status,
      assigned_organisation_id, due_on, due_clock, handled_on, handled_on_time, search_text, created_by_id, updated_at)
    SELECT d.id, w.unit_id, d.year, d.seq, d.year || '/' || lpad(d.seq::text, 5, '0'), d.received_on,
      (CASE WHEN d.r_src < 0.15 THEN 'FRONT_FORWARDED' WHEN d.r_src < 0.2 THEN 'ORGANISATION_FORWARDED' ELSE 'DIRECT' END)::"CaseChannel",
      CASE WHEN d.r_src < 0.15 THEN w.front WHEN d.r_src < 0.2 THEN w.orgs[3 + d.g % 4] END,
      'PETITION', 'LAND', 'Đơn thư số ' || d.g, d.status::"CaseStatus",
      CASE WHEN d.status NOT IN ('RECEIVED', 'DUPLICATE') THEN w.pc END,
      CASE WHEN d.open THEN d.received_on + 40 END, CASE WHEN d.open THEN 'resolution' END,
      CASE WHEN d.handled THEN LEAST(d.received_on + 20, DATE '${today}') END,
      CASE WHEN d.handled THEN d.r_src > 0.1 END,
      'don thu so ' || d.g, w.pc, now()
    FROM (
      SELECT s.*, s.status IN ('RECEIVED', 'ACCEPTED', 'VERIFYING', 'DIALOGUE') AS open,
        s.status NOT IN ('RECEIVED', 'ACCEPTED', 'VERIFYING', 'DIALOGUE', 'DUPLICATE') AS handled,
        extract(year FROM s.received_on)::int AS year,
        row_number() OVER (PARTITION BY s.w, extract(year FROM s.received_on) ORDER BY s.received_on, s.g) AS seq
      FROM (
        SELECT r.*, CASE
          WHEN r.r_status < 0.02 THEN 'DUPLICATE'
          WHEN r.r_status < 0.02 + CASE WHEN DATE '${today}' - r.received_on <= 90 THEN 0.5 ELSE 0.02 END
            THEN (ARRAY['RECEIVED', 'ACCEPTED', 'VERIFYING', 'DIALOGUE'])[1 + floor(r.r_pick * 4)::int]
          ELSE (ARRAY['CLOSED', 'DECIDED', 'DECLINED', 'FORWARDED', 'GUIDED', 'FILED', 'WITHDRAWN'])[1 + floor(r.r_pick * 7)::int]
        END AS status
        FROM (
          SELECT g, gen_random_uuid() AS id, CASE WHEN g <= ${BIG_WARD} THEN 0 ELSE 1 + g % ${OTHER_WARDS} END AS w,
            DATE '${start}' + floor(random() * (DATE '${today}' - DATE '${start}' + 1))::int AS received_on,
            random() AS r_status, random() AS r_pick, random() AS r_src
          FROM generate_series(1, ${CASES}) g
        ) r
      ) s
    ) d JOIN bench_wards w ON w.w = d.w
    ORDER BY d.received_on, d.id`); // as letters arrive: a ward's rows spread over the whole table
  step('letters');

  // Plans: one a year per ward (past ones closed), 8 areas, tasks led by the ward's organisations.
  await sql(`
    INSERT INTO plans (id, unit_id, year, title, status, review_periods, updated_at)
    SELECT gen_random_uuid(), w.unit_id, y, 'Chương trình phối hợp năm ' || y,
      (CASE WHEN y = ${year} THEN 'IN_PROGRESS' ELSE 'CLOSED' END)::"PlanStatus", '{Q1,Q2,Q3,YEAR_END}', now()
    FROM bench_wards w CROSS JOIN generate_series(${first}, ${year}) y`);
  await sql(`
    INSERT INTO plan_items (id, unit_id, plan_id, kind, position, code, title, search_text, updated_at)
    SELECT gen_random_uuid(), p.unit_id, p.id, 'AREA', a, a::text, 'Lĩnh vực ' || a, 'linh vuc ' || a, now()
    FROM plans p CROSS JOIN generate_series(1, 8) a`);
  await sql(`UPDATE plan_items SET area_id = id WHERE kind = 'AREA'`);
  await sql(`
    INSERT INTO plan_items (id, unit_id, plan_id, parent_id, area_id, kind, position, code, depth, title, search_text,
      lead_organisation_id, status, due_date, next_due_on, reported_percent, weight, updated_at)
    SELECT gen_random_uuid(), a.unit_id, a.plan_id, a.id, a.id, 'TASK', t.n, a.position || '.' || t.n, 1, 'Nhiệm vụ ' || t.n, 'nhiem vu ' || t.n,
      w.orgs[1 + t.n % cardinality(w.orgs)], t.status::"TaskStatus", t.due, CASE WHEN t.status IN ('DONE', 'CANCELLED') THEN NULL ELSE t.due END,
      CASE WHEN t.status = 'IN_PROGRESS' THEN (t.r * 100)::int END, 1, now()
    FROM plan_items a JOIN plans p ON p.id = a.plan_id JOIN bench_wards w ON w.unit_id = a.unit_id
    CROSS JOIN LATERAL (
      SELECT n, r, make_date(p.year, 1, 1) + floor(random() * 365)::int AS due,
        CASE WHEN p.status = 'CLOSED' OR r < 0.4 THEN 'DONE' WHEN r < 0.7 THEN 'IN_PROGRESS' WHEN r < 0.95 THEN 'NOT_STARTED' ELSE 'CANCELLED' END AS status
      FROM (SELECT n, random() AS r FROM generate_series(1, CASE WHEN p.year = ${year} THEN ${TASKS_THIS_YEAR / 8} ELSE ${TASKS_PAST_YEAR / 8} END) n) g
    ) t
    WHERE a.kind = 'AREA'`);
  step('plans');
  await sql(`SET maintenance_work_mem = '512MB'`);
  for (const i of indexes) await sql(i.indexdef);
  step(`${indexes.length} indexes rebuilt`);

  // Supervision: 50 supervisions per ward over the years, ten recommendations each, answered
  // within their 30 days or not; voter meetings with ten petitions each.
  await sql(`
    INSERT INTO supervisions (id, unit_id, title, kind, status, lead_organisation_id, period_from, period_to, search_text, created_by_id, updated_at)
    SELECT gen_random_uuid(), w.unit_id, 'Giám sát số ' || n, 'THEMATIC', 'FOLLOWING_UP', w.front, d, d + 30, 'giam sat so ' || n, w.pc, now()
    FROM bench_wards w CROSS JOIN generate_series(1, 50) n
    CROSS JOIN LATERAL (SELECT DATE '${start}' + (n * 36 + (random() * 30)::int) AS d) x`);
  await sql(`
    INSERT INTO recommendations (id, unit_id, supervision_id, ordinal, content, addressee_organisation_id, addressee_name, sent_on, due_on, status,
      answer_text, answered_on, search_text, updated_at)
    SELECT gen_random_uuid(), s.unit_id, s.id, k, 'Kiến nghị ' || k, CASE WHEN k % 5 = 0 THEN NULL ELSE w.orgs[1 + k % cardinality(w.orgs)] END,
      'Cơ quan nhận', s.period_to + 5, s.period_to + 35, x.status::"RecommendationStatus",
      CASE WHEN x.status <> 'UNANSWERED' THEN 'Đã trả lời' END, CASE WHEN x.status <> 'UNANSWERED' THEN s.period_to + 20 END,
      'kien nghi ' || k, now()
    FROM supervisions s JOIN bench_wards w ON w.unit_id = s.unit_id CROSS JOIN generate_series(1, 10) k
    CROSS JOIN LATERAL (SELECT CASE WHEN random() < 0.3 THEN 'UNANSWERED' ELSE (ARRAY['ANSWERED', 'IMPLEMENTING', 'IMPLEMENTED', 'REJECTED'])[1 + k % 4] END AS status) x`);
  await sql(`
    INSERT INTO voter_meetings (id, unit_id, kind, held_on, location, delegates, search_text, created_by_id, updated_at)
    SELECT gen_random_uuid(), w.unit_id, 'BEFORE_SESSION', DATE '${start}' + n * 37, 'Nhà văn hóa tổ dân phố ' || n, '{}', 'tiep xuc cu tri ' || n, w.pc, now()
    FROM bench_wards w CROSS JOIN generate_series(1, 50) n`);
  await sql(`
    INSERT INTO voter_petitions (id, unit_id, meeting_id, ordinal, content, field, addressee_organisation_id, sent_on, due_on, status, search_text, updated_at)
    SELECT gen_random_uuid(), m.unit_id, m.id, k, 'Kiến nghị cử tri ' || k, 'INFRASTRUCTURE', CASE WHEN x.status <> 'RECORDED' THEN w.orgs[1 + k % 3] END,
      CASE WHEN x.status <> 'RECORDED' THEN m.held_on + 5 END, CASE WHEN x.status <> 'RECORDED' THEN m.held_on + 35 END,
      x.status::"PetitionStatus", 'kien nghi cu tri ' || k, now()
    FROM voter_meetings m JOIN bench_wards w ON w.unit_id = m.unit_id CROSS JOIN generate_series(1, 10) k
    CROSS JOIN LATERAL (SELECT (ARRAY['RECORDED', 'SENT', 'SENT', 'ANSWERED', 'REPORTED_BACK'])[1 + floor(random() * 5)::int] AS status) x`);
  step('supervision and voter contact');

  // Mediation: 15 teams of 9 per ward, 500 cases per ward; reception sessions and drafts.
  await sql(`
    INSERT INTO mediation_teams (id, unit_id, name, area, search_text, updated_at)
    SELECT gen_random_uuid(), w.unit_id, 'Tổ hòa giải số ' || n, 'Tổ dân phố ' || n, 'to hoa giai so ' || n, now()
    FROM bench_wards w CROSS JOIN generate_series(1, 15) n`);
  await sql(`
    INSERT INTO mediators (id, unit_id, team_id, full_name, gender, role)
    SELECT gen_random_uuid(), t.unit_id, t.id, 'Hòa giải viên ' || k, (CASE WHEN k % 3 = 0 THEN 'FEMALE' ELSE 'MALE' END)::"Gender",
      (CASE WHEN k = 1 THEN 'LEADER' ELSE 'MEMBER' END)::"MediatorRole"
    FROM mediation_teams t CROSS JOIN generate_series(1, 9) k`);
  await sql(`
    INSERT INTO mediation_cases (id, unit_id, team_id, title, parties, field, received_on, outcome, search_text, created_by_id, updated_at)
    SELECT gen_random_uuid(), t.unit_id, t.id, 'Tranh chấp số ' || k, '[]', 'LAND', DATE '${start}' + floor(random() * (DATE '${today}' - DATE '${start}'))::int,
      (ARRAY['SUCCESSFUL', 'SUCCESSFUL', 'SUCCESSFUL', 'UNSUCCESSFUL', 'IN_PROGRESS'])[1 + k % 5]::"MediationOutcome", 'tranh chap so ' || k, t.unit_id, now()
    FROM mediation_teams t CROSS JOIN generate_series(1, 34) k`);
  await sql(`
    INSERT INTO reception_sessions (id, unit_id, held_on, kind, hosts, host_names, organisation_ids, created_by_id, updated_at)
    SELECT gen_random_uuid(), w.unit_id, DATE '${start}' + n * 3, 'REGULAR', '{PC_CHAIRMAN}', 'Chủ tịch UBND phường', ARRAY[w.pc], w.pc, now()
    FROM bench_wards w CROSS JOIN generate_series(1, ${Math.ceil((YEARS * 365 + 60) / 3)}) n`);
  await sql(`
    INSERT INTO drafts (id, unit_id, title, drafting_body, submitted_on, comment_deadline, search_text, created_by_id, updated_at)
    SELECT gen_random_uuid(), w.unit_id, 'Dự thảo số ' || n, 'UBND phường', DATE '${start}' + n * 90, DATE '${start}' + n * 90 + 20, 'du thao so ' || n, w.pc, now()
    FROM bench_wards w CROSS JOIN generate_series(1, ${Math.ceil((YEARS * 365 + 90) / 90)}) n`);
  await sql(`DROP TABLE bench_wards`);
  for (const table of BIG_TABLES) await sql(`VACUUM ANALYZE ${table}`);
  step('mediation, reception, drafts; vacuumed');
  const counts = await db.$queryRawUnsafe<Record<string, bigint>[]>(
    `SELECT ${BIG_TABLES.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`,
  );
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(0)} s: ${Object.entries(counts[0]!).map(([t, n]) => `${t} ${Number(n).toLocaleString('en')}`).join(', ')}`);

  // --- Timing through HTTP: session, the queries, the response schema -------------------------
  const config = loadConfig({ NODE_ENV: 'test', DEMO: 'false', WEB_DIST: '/nonexistent' });
  const services = createServices(db, config);
  const app = await buildApp(config, services);
  const cookieOf = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'PhoiHop@2025' } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode}`);
    return res.headers['set-cookie'] as string;
  };
  console.log(
    `\nGET /api/dashboard in Phường Hoành Sơn (${(await db.case.count({ where: { unitId: ward.id } })).toLocaleString('en')} letters, ${(await db.planItem.count({ where: { unitId: ward.id } })).toLocaleString('en')} plan items). Median and p95 of ${RUNS} calls after one warm-up; load average ${loadavg()[0]!.toFixed(1)}.\n`,
  );
  const misses: string[] = [];
  for (const [username, who] of [
    ['lanhdao', 'PC chairman (my work + overview)'],
    ['mttq', 'Front chair (my work + overview)'],
    ['canbo', "Women's Union officer (my work)"],
  ] as const) {
    const cookie = await cookieOf(username);
    for (const query of ['', `?year=${year - 1}`]) {
      const times: number[] = [];
      for (let i = 0; i <= RUNS; i++) {
        const t0 = performance.now();
        const res = await app.inject({ method: 'GET', url: `/api/dashboard${query}`, headers: { cookie } });
        if (res.statusCode !== 200) throw new Error(`${username}: ${res.statusCode} ${res.body}`);
        if (i > 0) times.push(performance.now() - t0);
      }
      const p50 = percentile(times, 0.5);
      if (p50 >= TARGET_MS) misses.push(`${username}${query}`);
      console.log(`${`${who}${query ? ` ${query}` : ''}`.padEnd(48)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${percentile(times, 0.95).toFixed(1).padStart(7)} ms`);
    }
  }
  await app.close();

  // --- The plan of every statement of one call (the chairman's) ------------------------------
  const statements = (await statementsOf(() => services.dashboard.get({}, as('lanhdao')))).filter((c) => /^\s*SELECT/i.test(c.text));
  const seqScans: string[] = [];
  for (const [n, lines] of (await plansOf(url, statements)).entries()) {
    const scanned = BIG_TABLES.filter((t) => lines.some((l) => new RegExp(`Seq Scan on ${t}\\b`).test(l)));
    if (scanned.length) seqScans.push(`#${n + 1} (${scanned.join(', ')})`);
    console.log(`\n--- #${n + 1}: ${statements[n]!.text.replace(/\s+/g, ' ').trim().slice(0, 200)}…`);
    console.log(lines.join('\n'));
  }
  console.log(`\n${statements.length} statements per call. Targets missed (p50 < ${TARGET_MS} ms): ${misses.length ? misses.join('; ') : 'none'}`);
  console.log(`Seq Scan on a province-sized table: ${seqScans.length ? seqScans.join('; ') : 'none'}`);
  if (KEEP) console.log(`\nKept the database: ${url}`);
} finally {
  await db?.$disconnect();
  await pool?.end().catch(() => {});
  if (!KEEP) await dropDatabase(url).catch(() => {});
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}
