// Conversions between Prisma's column values and the API's JSON values.
import type { Prisma } from '../generated/prisma/client.ts';

/** A DATE column comes back as midnight UTC. */
export const toIsoDate = (value: Date | null): string | null => value?.toISOString().slice(0, 10) ?? null;
export const fromIsoDate = (value: string | null | undefined): Date | null | undefined =>
  value === undefined ? undefined : value === null ? null : new Date(`${value}T00:00:00Z`);

export const toNumber = (value: Prisma.Decimal | null): number | null => (value === null ? null : Number(value));
