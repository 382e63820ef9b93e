// Resolves the database (given, or embedded), creates it when missing and applies migrations.
import path from 'node:path';
import type { Config } from '../config/env.ts';
import { ensureDatabase, withDatabase } from './database-admin.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { applyMigrations } from './migrations.ts';

export interface Database {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

export async function openDatabase(
  config: Config,
  log: (message: string) => void,
): Promise<Database> {
  if (config.databaseUrl) {
    await ensureDatabase(config.databaseUrl);
    return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  }
  log(`PostgreSQL nhúng, dữ liệu tại ${path.join(config.dataDir, 'pg')}`);
  const server = await startEmbeddedPostgres(config.dataDir);
  const url = withDatabase(server.adminUrl, 'phoihop');
  await ensureDatabase(url);
  return { url, embedded: true, stop: server.stop };
}

export async function migrate(url: string, log: (message: string) => void): Promise<void> {
  const applied = await applyMigrations(url);
  if (applied.length) log(`Đã áp dụng migration: ${applied.join(', ')}`);
}
