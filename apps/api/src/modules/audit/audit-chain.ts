// The audit log's hash chain, recomputed in Node: the same canonical text and hash as the
// `audit_log_canonical` and `audit_log_link_hash` functions of the audit_chain migration.
import { createHash } from 'node:crypto';

/** One audit row as stored; `changes` is PostgreSQL's own `jsonb::text`, taken verbatim. */
export interface ChainRow {
  seq: string;
  id: string;
  at: Date;
  unitId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: string | null;
  requestId: string | null;
  ip: string | null;
  prevHash: string | null;
  hash: string | null;
}

// jsonb escapes strings as JSON.stringify does: ", \, \b \f \n \r \t, other controls as \u00xx.
const text = (value: string | null) => (value === null ? 'null' : JSON.stringify(value));

/** jsonb_build_array(...)::text: elements separated by ", ". */
export function canonicalText(row: ChainRow): string {
  return `[${[
    row.seq,
    row.id,
    text(row.at.toISOString()),
    text(row.unitId),
    text(row.actorId),
    text(row.action),
    text(row.entityType),
    text(row.entityId),
    row.changes ?? 'null',
    text(row.requestId),
    text(row.ip),
  ].join(', ')}]`;
}

export const linkHash = (prevHash: string, row: ChainRow) =>
  createHash('sha256').update(prevHash + canonicalText(row), 'utf8').digest('hex');

export type ChainBreak =
  | { reason: 'changed'; id: string; seq: string }
  | { reason: 'predecessor-missing'; id: string; seq: string }
  | { reason: 'tail-missing'; id: string | null; seq: string }
  | { reason: 'unchained'; id: string; seq: null };

export type ChainReport = { ok: true; count: number } | ({ ok: false; count: number } & ChainBreak);

export interface ChainSource {
  /** Rows with chain_seq above `afterSeq`, in chain order, at most `limit`. */
  page(afterSeq: string, limit: number): Promise<ChainRow[]>;
  head(): Promise<{ seq: string; hash: string } | null>;
  /** A row the trigger did not chain (written with the trigger off), if any. */
  firstUnchained(): Promise<string | null>;
}

/** Walks the chain page by page (keyset on chain_seq) and stops at the first break. */
export async function verifyChain(source: ChainSource, pageSize = 1000): Promise<ChainReport> {
  let prev = '';
  let expected = 1n;
  let count = 0;
  let lastId: string | null = null;
  for (;;) {
    const rows = await source.page((expected - 1n).toString(), pageSize);
    for (const row of rows) {
      if (row.hash !== linkHash(row.prevHash ?? '', row)) return { ok: false, count, reason: 'changed', id: row.id, seq: row.seq };
      if (BigInt(row.seq) !== expected || row.prevHash !== prev) {
        return { ok: false, count, reason: 'predecessor-missing', id: row.id, seq: row.seq };
      }
      prev = row.hash;
      expected += 1n;
      count += 1;
      lastId = row.id;
    }
    if (rows.length < pageSize) break;
  }
  const head = await source.head();
  if (!head || BigInt(head.seq) !== expected - 1n || head.hash !== prev) {
    return { ok: false, count, reason: 'tail-missing', id: lastId, seq: head?.seq ?? '?' };
  }
  const unchained = await source.firstUnchained();
  if (unchained) return { ok: false, count, reason: 'unchained', id: unchained, seq: null };
  return { ok: true, count };
}
