// Benchmark: the task list of one unit holding 100,000 tasks. Prints p50/p95 per filter and the
// query plans, so a missing index shows as a Seq Scan. Run: pnpm --filter @phoihop/api bench:tasks
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config/env.ts';
import { ensureDatabase, withDatabase } from '../src/db/database-admin.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { applyMigrations } from '../src/db/migrations.ts';
import { createPrisma } from '../src/db/prisma.ts';
import { seedDemo } from '../src/seed/seed-demo.ts';
import { createServices } from '../src/services.ts';

const TASKS = Number(process.argv[2] ?? 100_000);
const RUNS = 30;

const dir = await mkdtemp(path.join(tmpdir(), 'phoihop-bench-'));
const server = await startEmbeddedPostgres(dir);
try {
  const url = withDatabase(server.adminUrl, 'bench');
  await ensureDatabase(url);
  await applyMigrations(url);
  const db = createPrisma(url);
  await seedDemo(db);
  const unit = await db.adminUnit.findUniqueOrThrow({ where: { code: 'HOANH-SON' } });
  const orgs = await db.organisation.findMany({ where: { unitId: unit.id }, select: { id: true } });
  console.log(`Seeding ${TASKS} tasks…`);
  const started = Date.now();
  // 20 yearly plans × 10 areas; tasks spread over them with random lead, partner, status, dates.
  await db.$executeRawUnsafe(`
    INSERT INTO plans (id, unit_id, year, title, status, review_periods, version, created_at, updated_at)
    SELECT gen_random_uuid(), '${unit.id}', 2000 + g, 'Kế hoạch ' || (2000 + g), 'IN_PROGRESS', '{}', 1, now(), now()
    FROM generate_series(1, 20) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO plan_items (id, unit_id, plan_id, kind, position, title, search_text, version, created_at, updated_at)
    SELECT gen_random_uuid(), '${unit.id}', p.id, 'AREA', a, 'Lĩnh vực ' || a, 'linh vuc ' || a, 1, now(), now()
    FROM plans p CROSS JOIN generate_series(1, 10) a WHERE p.unit_id = '${unit.id}'`);
  await db.$executeRawUnsafe(`UPDATE plan_items SET area_id = id WHERE kind = 'AREA'`);
  const orgList = orgs.map((o) => `'${o.id}'::uuid`).join(',');
  await db.$executeRawUnsafe(`
    WITH areas AS (SELECT id, plan_id, row_number() OVER () AS n FROM plan_items WHERE kind = 'AREA' AND unit_id = '${unit.id}')
    INSERT INTO plan_items (id, unit_id, plan_id, parent_id, area_id, kind, position, title, search_text, lead_organisation_id,
      status, due_date, next_due_on, weight, version, created_at, updated_at)
    SELECT gen_random_uuid(), '${unit.id}', a.plan_id, a.id, a.id, 'TASK', g, 'Nhiệm vụ số ' || g, 'nhiem vu so ' || g || ' hoa giai',
      (ARRAY[${orgList}])[1 + (g % ${orgs.length})],
      (ARRAY['NOT_STARTED','IN_PROGRESS','DONE','CANCELLED']::"TaskStatus"[])[1 + (g % 4)],
      DATE '2020-01-01' + (g % 2500), DATE '2020-01-01' + (g % 2500), 1, 1, now(), now()
    FROM generate_series(1, ${TASKS}) g JOIN areas a ON a.n = 1 + (g % 200)`);
  await db.$executeRawUnsafe(`
    INSERT INTO task_partners (task_id, organisation_id, unit_id)
    SELECT id, (ARRAY[${orgList}])[1 + (position % ${orgs.length} + 3) % ${orgs.length}], unit_id
    FROM plan_items WHERE kind = 'TASK' AND unit_id = '${unit.id}' AND position % 3 = 0`);
  await db.$executeRawUnsafe('ANALYZE');
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const config = loadConfig({ NODE_ENV: 'test', DEMO: 'false', WEB_DIST: '/nonexistent' });
  const app = await buildApp(config, createServices(db, config));
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'xem', password: 'PhoiHop@2025' } });
  const cookie = login.headers['set-cookie'] as string;
  const org = orgs[1]!.id;
  const plan = await db.plan.findFirstOrThrow({ where: { unitId: unit.id, year: 2010 } });
  const cases = {
    'first page (by due date)': '/api/tasks?limit=25',
    'by title': '/api/tasks?limit=25&sort=title',
    'one organisation, any role': `/api/tasks?limit=25&organisationId=${org}`,
    'one organisation as partner': `/api/tasks?limit=25&organisationId=${org}&involvement=partner`,
    overdue: '/api/tasks?limit=25&timeliness=overdue',
    'status DONE': '/api/tasks?limit=25&status=DONE',
    'one plan': `/api/tasks?limit=25&planId=${plan.id}`,
    'search "hoa giai 77"': '/api/tasks?limit=25&q=hoa%20giai%2077',
    'due in a month': '/api/tasks?limit=25&dueFrom=2024-03-01&dueTo=2024-03-31',
  };
  for (const [name, url] of Object.entries(cases)) {
    const times: number[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const target: string = cursor && i % 2 ? `${url}&cursor=${cursor}` : url;
      const res = await app.inject({ method: 'GET', url: target, headers: { cookie } });
      times.push(performance.now() - t0);
      if (res.statusCode !== 200) throw new Error(`${name}: ${res.statusCode} ${res.body}`);
      cursor = (JSON.parse(res.body) as { nextCursor: string | null }).nextCursor;
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.floor(q * (times.length - 1))]!.toFixed(1);
    console.log(`${name.padEnd(32)} p50 ${p(0.5).padStart(7)} ms   p95 ${p(0.95).padStart(7)} ms`);
  }
  await app.close();
  await db.$disconnect();
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
