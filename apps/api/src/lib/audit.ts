import type { Tx } from '../db/prisma.ts';
import type { RequestContext } from './context.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string | null;
  unitId: string | null;
  changes?: Record<string, Json> | null;
}

/** Appends one audit row inside the caller's transaction, so a rolled-back write leaves none. */
export async function recordAudit(
  tx: Tx,
  ctx: Pick<RequestContext, 'requestId' | 'ip'> & { actor: { id: string } | null },
  input: AuditInput,
): Promise<void> {
  await tx.auditLog.create({
    data: {
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      unitId: input.unitId,
      actorId: ctx.actor?.id ?? null,
      changes: input.changes ?? undefined,
      requestId: ctx.requestId,
      ip: ctx.ip,
    },
  });
}

const comparable = (value: unknown): Json =>
  value instanceof Date ? value.toISOString() : ((value ?? null) as Json);

/** `{field: [before, after]}` for the fields that changed. */
export function diffChanges<T extends object>(
  before: T,
  after: T,
  fields: (keyof T & string)[],
): Record<string, Json> {
  const changes: Record<string, Json> = {};
  for (const field of fields) {
    const a = comparable(before[field]);
    const b = comparable(after[field]);
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[field] = [a, b];
  }
  return changes;
}
