// What the benches share: a Prisma client whose pool records the SQL a call sends, and the plan
// PostgreSQL runs for each recorded statement, so a missing index shows as a Seq Scan.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../src/generated/prisma/client.ts';

export interface Statement {
  text: string;
  values: unknown[];
}

export function tracedPrisma(url: string) {
  let recording: Statement[] | null = null;
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...a: unknown[]) => unknown;
    (client as unknown as { query: (...a: unknown[]) => unknown }).query = (...a: unknown[]) => {
      const config = a[0] as { text?: string; values?: unknown[] } | string;
      if (recording) {
        if (typeof config === 'string') recording.push({ text: config, values: (a[1] as unknown[]) ?? [] });
        else if (config.text) recording.push({ text: config.text, values: config.values ?? [] });
      }
      return query(...a);
    };
  });
  const db = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: { maxWait: 10_000, timeout: 60_000 } });

  /** The statements `run` sends. */
  async function statementsOf(run: () => Promise<unknown>): Promise<Statement[]> {
    recording = [];
    try {
      await run();
      return recording;
    } finally {
      recording = null;
    }
  }

  return { db, pool, statementsOf };
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement, its lines. */
export async function plansOf(url: string, statements: Statement[]): Promise<string[][]> {
  const explainer = new pg.Client({ connectionString: url });
  await explainer.connect();
  try {
    const plans: string[][] = [];
    for (const { text, values } of statements) {
      const plan = await explainer.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
      plans.push(plan.rows.map((r) => r['QUERY PLAN']));
    }
    return plans;
  } finally {
    await explainer.end();
  }
}
