// One PostgreSQL for the run (embedded unless DATABASE_URL is set) and one migrated template
// database; each test file clones the template, so files run in parallel on their own data.
// The demo ward's template is only named here: the first file that needs it builds it
// (helpers/demo-ward.ts), so a run without such a file never pays for the seeding.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { dropDatabase, ensureDatabase, withDatabase } from '../src/db/database-admin.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { applyMigrations } from '../src/db/migrations.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDb: string;
    demoTemplateDb: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.DATABASE_URL;
  let stop = async () => {};
  let serverUrl: string;
  if (given) {
    serverUrl = given;
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'phoihop-test-'));
    const server = await startEmbeddedPostgres(dir);
    serverUrl = server.adminUrl;
    stop = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const templateDb = `phoihop_test_template_${process.pid}`;
  const templateUrl = withDatabase(serverUrl, templateDb);
  await dropDatabase(templateUrl);
  await ensureDatabase(templateUrl);
  await applyMigrations(templateUrl);
  project.provide('serverUrl', serverUrl);
  project.provide('templateDb', templateDb);
  // A demo template left by an earlier run (same server and pid) may hold an older schema.
  const demoTemplateDb = `phoihop_test_demo_${process.pid}`;
  const demoTemplateUrl = withDatabase(serverUrl, demoTemplateDb);
  await dropDatabase(demoTemplateUrl);
  project.provide('demoTemplateDb', demoTemplateDb);
  return async () => {
    await dropDatabase(demoTemplateUrl);
    await dropDatabase(templateUrl);
    await stop();
  };
}
