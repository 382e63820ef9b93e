import type { Regulation } from '@phoihop/shared/plans';
import { searchTextOf } from '@phoihop/shared/text';
import type { Db, Tx } from '../../db/prisma.ts';
import { decodeCursor, toPage } from '../../lib/cursor.ts';
import { fromIsoDate, toIsoDate } from '../../lib/db-values.ts';

const select = {
  id: true,
  unitId: true,
  number: true,
  title: true,
  signedOn: true,
  validFrom: true,
  validTo: true,
  note: true,
  attachmentId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  parties: { select: { organisationId: true } },
} as const;

export interface RegulationData {
  number: string;
  title: string;
  signedOn: string;
  validFrom: string;
  validTo: string | null;
  note: string | null;
  partyIds: string[];
  attachmentId: string | null;
}

export function createRegulationRepository(db: Db) {
  async function toRegulation(tx: Tx, row: NonNullable<Awaited<ReturnType<typeof findRow>>>): Promise<Regulation> {
    const orgs = await tx.organisation.findMany({
      where: { id: { in: row.parties.map((p) => p.organisationId) } },
      select: { id: true, name: true, shortName: true },
    });
    const file = row.attachmentId
      ? await tx.attachment.findUnique({ where: { id: row.attachmentId }, select: { id: true, fileName: true, mimeType: true, size: true } })
      : null;
    const { parties: _parties, attachmentId: _attachment, ...rest } = row;
    return {
      ...rest,
      signedOn: toIsoDate(row.signedOn)!,
      validFrom: toIsoDate(row.validFrom)!,
      validTo: toIsoDate(row.validTo),
      parties: orgs,
      attachment: file,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  const findRow = (tx: Tx, id: string) => tx.regulation.findUnique({ where: { id }, select });

  const columns = (data: Partial<RegulationData>) => {
    const { partyIds: _p, ...rest } = data;
    return {
      ...rest,
      signedOn: fromIsoDate(data.signedOn) ?? undefined,
      validFrom: fromIsoDate(data.validFrom) ?? undefined,
      validTo: fromIsoDate(data.validTo),
    };
  };

  return {
    async list(unitId: string, query: { limit: number; cursor?: string | undefined }) {
      const after = decodeCursor(query.cursor, 2);
      const rows = await db.regulation.findMany({
        where: {
          unitId,
          ...(after
            ? { OR: [{ signedOn: { lt: fromIsoDate(String(after[0]))! } }, { signedOn: fromIsoDate(String(after[0]))!, id: { gt: String(after[1]) } }] }
            : {}),
        },
        orderBy: [{ signedOn: 'desc' }, { id: 'asc' }],
        take: query.limit + 1,
        select,
      });
      const items = await Promise.all(rows.map((row) => toRegulation(db, row)));
      return toPage(items, query.limit, (r) => [r.signedOn, r.id]);
    },

    async findById(tx: Tx, id: string): Promise<Regulation | null> {
      const row = await findRow(tx, id);
      return row ? toRegulation(tx, row) : null;
    },

    numberTaken: async (tx: Tx, unitId: string, number: string, exceptId?: string) =>
      (await tx.regulation.count({ where: { unitId, number, ...(exceptId ? { id: { not: exceptId } } : {}) } })) > 0,

    async create(tx: Tx, unitId: string, data: RegulationData): Promise<string> {
      const row = await tx.regulation.create({
        data: {
          ...columns(data),
          signedOn: fromIsoDate(data.signedOn)!,
          validFrom: fromIsoDate(data.validFrom)!,
          number: data.number,
          title: data.title,
          unitId,
          searchText: searchTextOf(data.number, data.title),
          parties: { create: data.partyIds.map((organisationId) => ({ organisationId, unitId })) },
        },
        select: { id: true },
      });
      return row.id;
    },

    async update(tx: Tx, current: Regulation, version: number, data: Partial<RegulationData>): Promise<boolean> {
      const { count } = await tx.regulation.updateMany({
        where: { id: current.id, version },
        data: {
          ...columns(data),
          searchText: searchTextOf(data.number ?? current.number, data.title ?? current.title),
          version: { increment: 1 },
        },
      });
      if (count && data.partyIds) {
        await tx.regulationParty.deleteMany({ where: { regulationId: current.id } });
        await tx.regulationParty.createMany({
          data: data.partyIds.map((organisationId) => ({ regulationId: current.id, organisationId, unitId: current.unitId })),
        });
      }
      return count > 0;
    },

    async organisationsInUnit(tx: Tx, ids: string[], unitId: string) {
      return tx.organisation.count({ where: { id: { in: ids }, unitId } });
    },

    async attachmentOf(tx: Tx, id: string, unitId: string) {
      return tx.attachment.findFirst({ where: { id, unitId }, select: { id: true } });
    },
  };
}

export type RegulationRepository = ReturnType<typeof createRegulationRepository>;
