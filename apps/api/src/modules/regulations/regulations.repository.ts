import type { Regulation } from '@phoihop/shared/plans';
import { searchTextOf } from '@phoihop/shared/text';
import type { Db, Tx } from '../../db/prisma.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
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

type Row = Prisma.RegulationGetPayload<{ select: typeof select }>;

export function createRegulationRepository(db: Db) {
  /** Rows to DTOs with their parties and files read in one query each, not per row. */
  async function toRegulations(tx: Tx, rows: Row[]): Promise<Regulation[]> {
    const [orgs, files] = await Promise.all([
      tx.organisation.findMany({
        where: { id: { in: [...new Set(rows.flatMap((r) => r.parties.map((p) => p.organisationId)))] } },
        select: { id: true, name: true, shortName: true },
      }),
      tx.attachment.findMany({
        where: { id: { in: rows.map((r) => r.attachmentId).filter((id): id is string => !!id) } },
        select: { id: true, fileName: true, mimeType: true, size: true },
      }),
    ]);
    const org = new Map(orgs.map((o) => [o.id, o]));
    const file = new Map(files.map((f) => [f.id, f]));
    return rows.map(({ parties, attachmentId, ...rest }) => ({
      ...rest,
      signedOn: toIsoDate(rest.signedOn)!,
      validFrom: toIsoDate(rest.validFrom)!,
      validTo: toIsoDate(rest.validTo),
      parties: parties.map((p) => org.get(p.organisationId)).filter((o) => o !== undefined),
      attachment: attachmentId ? (file.get(attachmentId) ?? null) : null,
      createdAt: rest.createdAt.toISOString(),
      updatedAt: rest.updatedAt.toISOString(),
    }));
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
      const after = decodeCursor(query.cursor, ['day', 'id']);
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
      const items = await toRegulations(db, rows);
      return toPage(items, query.limit, (r) => [r.signedOn, r.id]);
    },

    async findById(tx: Tx, id: string): Promise<Regulation | null> {
      const row = await findRow(tx, id);
      return row ? ((await toRegulations(tx, [row]))[0] ?? null) : null;
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
