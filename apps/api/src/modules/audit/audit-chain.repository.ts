import type { Db } from '../../db/prisma.ts';
import type { ChainRow, ChainSource } from './audit-chain.ts';

/** Reads the chain for `verifyChain`; `changes` comes as jsonb text, the form the hash covers. */
export function createAuditChainRepository(db: Db): ChainSource {
  return {
    page: (afterSeq, limit) => db.$queryRaw<ChainRow[]>`
      SELECT chain_seq::text AS seq, id::text AS id, at, unit_id::text AS "unitId",
             actor_id::text AS "actorId", action, entity_type AS "entityType", entity_id AS "entityId",
             changes::text AS changes, request_id AS "requestId", ip, prev_hash AS "prevHash", hash
        FROM audit_log WHERE chain_seq > ${afterSeq}::bigint ORDER BY chain_seq LIMIT ${limit}`,

    async head() {
      const row = await db.auditChainHead.findUnique({ where: { id: 1 } });
      return row ? { seq: row.seq.toString(), hash: row.hash } : null;
    },

    async firstUnchained() {
      const row = await db.auditLog.findFirst({ where: { chainSeq: null }, orderBy: { id: 'asc' }, select: { id: true } });
      return row ? row.id.toString() : null;
    },
  };
}
