// One PostgreSQL for the run (embedded unless DATABASE_URL is set) and one migrated template
// database; each test file clones the template, so files run in parallel on their own data.
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
  return async () => {
    await dropDatabase(templateUrl);
    await stop();
  };
}
