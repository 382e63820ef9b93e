// The audit log's hash chain: the trigger and Node agree, and tampering is found and named.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/db/paths.ts';
import { createPrisma, type Db, type Tx } from '../../src/db/prisma.ts';
import { recordAudit } from '../../src/lib/audit.ts';
import { canonicalText, verifyChain } from '../../src/modules/audit/audit-chain.ts';
import { createAuditChainRepository } from '../../src/modules/audit/audit-chain.repository.ts';
import { createTestDatabase } from '../helpers/database.ts';

const opened: { db: Db; drop: () => Promise<void> }[] = [];
afterAll(async () => {
  for (const { db, drop } of opened) {
    await db.$disconnect();
    await drop();
  }
});

let lastUrl = '';
async function freshDb() {
  const { url, drop } = await createTestDatabase();
  const db = createPrisma(url, 25);
  opened.push({ db, drop });
  lastUrl = url;
  return db;
}

const ctx = { requestId: 'req-1', ip: '10.0.0.1', actor: null };
const write = (db: Tx, i: number) =>
  recordAudit(db, ctx, { action: 'test.write', entityType: 'Test', entityId: String(i), unitId: null, changes: { i } });

async function writeRows(db: Db, n: number) {
  for (let i = 1; i <= n; i++) await write(db, i);
}

/** As a superuser would: with the append-only trigger off for one statement. */
async function tamper(db: Db, ...statements: string[]) {
  await db.$transaction([
    db.$executeRawUnsafe('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete'),
    ...statements.map((sql) => db.$executeRawUnsafe(sql)),
    db.$executeRawUnsafe('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete'),
  ]);
}

const idOfSeq = async (db: Db, seq: number) =>
  (await db.auditLog.findUniqueOrThrow({ where: { chainSeq: BigInt(seq) } })).id.toString();

describe('audit hash chain', () => {
  it('computes the same canonical text and hash in PostgreSQL and Node', async () => {
    const db = await freshDb();
    await recordAudit(db, ctx, {
      action: 'case.update',
      entityType: 'Case',
      entityId: randomUUID(),
      unitId: randomUUID(),
      changes: {
        summary: ['Đơn của bà Nguyễn Thị Hằng', 'Ông Trần Văn Đức — "khiếu nại" đất đai\n\tđợt 2'],
        nested: { zeta: [1, 2.5, { a: null, b: true }], a: 'ừ', longer_key: [] },
        control: '\u0001\u001f\\/',
        emoji: '👩‍⚖️',
      },
    });
    await recordAudit(db, { requestId: null as unknown as string, ip: null, actor: null }, {
      action: 'export.create',
      entityType: 'ExportJob',
      entityId: null,
      unitId: null,
      changes: null,
    });
    // Numbers as jsonb keeps them (1.0, 1e2), which JSON.parse would not.
    await db.$executeRawUnsafe(
      `INSERT INTO audit_log (action, entity_type, changes) VALUES ('raw', 'Test', '{"n": 1.0, "m": 1e2, "s": "Hà Tĩnh"}'::jsonb)`,
    );
    const chain = createAuditChainRepository(db);
    const rows = await chain.page('0', 10);
    const fromPg = await db.$queryRaw<{ text: string }[]>`SELECT audit_log_canonical(a) AS text FROM audit_log a ORDER BY chain_seq`;
    expect(rows).toHaveLength(3);
    expect(rows.map(canonicalText)).toEqual(fromPg.map((r) => r.text));
    expect(fromPg[0]!.text).toContain('Nguyễn Thị Hằng');
    expect(await verifyChain(chain)).toEqual({ ok: true, count: 3 });
  });

  it('still refuses to change or delete a chained row', async () => {
    const db = await freshDb();
    await writeRows(db, 2);
    for (const sql of [
      `UPDATE audit_log SET changes = '{"i": 9}' WHERE chain_seq = 1`,
      `UPDATE audit_log SET hash = 'x', prev_hash = 'y' WHERE chain_seq = 1`,
      'DELETE FROM audit_log WHERE chain_seq = 2',
    ]) {
      await expect(db.$executeRawUnsafe(sql), sql).rejects.toThrow(/append-only/);
    }
  });

  it('names a row whose content was changed', async () => {
    const db = await freshDb();
    await writeRows(db, 5);
    const third = await idOfSeq(db, 3);
    await tamper(db, `UPDATE audit_log SET changes = '{"i": 99}' WHERE chain_seq = 3`);
    expect(await verifyChain(createAuditChainRepository(db), 2)).toMatchObject({ ok: false, reason: 'changed', id: third, count: 2 });
  });

  it('names the row after one that was removed, and a removed tail', async () => {
    const db = await freshDb();
    await writeRows(db, 5);
    const fourth = await idOfSeq(db, 4);
    await tamper(db, 'DELETE FROM audit_log WHERE chain_seq = 3');
    expect(await verifyChain(createAuditChainRepository(db))).toMatchObject({ ok: false, reason: 'predecessor-missing', id: fourth });

    const other = await freshDb();
    await writeRows(other, 3);
    const second = await idOfSeq(other, 2);
    await tamper(other, 'DELETE FROM audit_log WHERE chain_seq = 3');
    expect(await verifyChain(createAuditChainRepository(other))).toMatchObject({ ok: false, reason: 'tail-missing', id: second });
  });

  it('finds a row rehashed after a change through its successor', async () => {
    const db = await freshDb();
    await writeRows(db, 4);
    await tamper(
      db,
      `UPDATE audit_log SET changes = '{"i": 7}' WHERE chain_seq = 2`,
      'UPDATE audit_log l SET hash = audit_log_link_hash(l.prev_hash, l) WHERE chain_seq = 2',
    );
    expect(await verifyChain(createAuditChainRepository(db))).toMatchObject({ ok: false, reason: 'predecessor-missing', id: await idOfSeq(db, 3) });
  });

  it('chains the rows written before the migration, in id order', async () => {
    const db = await freshDb();
    await db.$executeRawUnsafe('ALTER TABLE audit_log DISABLE TRIGGER audit_log_chain');
    await writeRows(db, 3);
    await db.$executeRawUnsafe('ALTER TABLE audit_log ENABLE TRIGGER audit_log_chain');
    expect(await verifyChain(createAuditChainRepository(db))).toMatchObject({ ok: false, reason: 'unchained' });

    // The migration's own backfill, as it runs on a database that has rows.
    const folder = readdirSync(path.join(repoRoot, 'prisma/migrations')).find((name) => name.endsWith('_audit_chain'))!;
    const sql = readFileSync(path.join(repoRoot, 'prisma/migrations', folder, 'migration.sql'), 'utf8');
    const backfill = sql.slice(sql.indexOf('-- Rows written before'), sql.indexOf('-- Rows are chained when'));
    const client = new pg.Client({ connectionString: lastUrl });
    await client.connect();
    try {
      await client.query(`DELETE FROM audit_chain_head; ${backfill}`);
    } finally {
      await client.end();
    }
    await writeRows(db, 2);
    expect(await verifyChain(createAuditChainRepository(db))).toEqual({ ok: true, count: 5 });
  });

  it('stays one chain under 20 concurrent writers', async () => {
    const db = await freshDb();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.$transaction(async (tx) => {
          await write(tx, i);
          await tx.$queryRaw`SELECT pg_sleep(0.01)::text`;
          await write(tx, 100 + i);
        }),
      ),
    );
    expect(await verifyChain(createAuditChainRepository(db), 7)).toEqual({ ok: true, count: 40 });
  });
});
