// Server-level helpers: create a database if missing, clone from a template, drop.
import pg from 'pg';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function onServer<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await onServer(url, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount !== 0) return;
    // Vietnamese collation (ICU) so lists sort "Đào" after "Dung", as people expect.
    try {
      await client.query(
        `CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8' LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN'`,
      );
    } catch {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
    }
  });
}

export async function createDatabaseFromTemplate(url: string, template: string): Promise<void> {
  await onServer(url, (client) =>
    client.query(
      `CREATE DATABASE ${quoteIdent(databaseName(url))} TEMPLATE ${quoteIdent(template)}`,
    ),
  );
}

export async function dropDatabase(url: string): Promise<void> {
  await onServer(url, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdent(databaseName(url))} WITH (FORCE)`),
  );
}
