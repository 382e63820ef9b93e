// Reception and mediation tests: a ward with People's Committee, Front and Women's Union staff,
// and letters written straight into the cases table (the cases module has its own tests).
import { randomUUID } from 'node:crypto';
import { searchTextOf } from '@phoihop/shared/text';
import type { Db } from '../../src/db/prisma.ts';
import { login, type Session, type TestApp } from '../helpers/app.ts';
import { createUser, createWard, PASSWORD } from '../helpers/factories.ts';

export async function receptionWard(t: TestApp) {
  const ward = await createWard(t.db);
  const { ubnd, mttq, women } = ward.organisations;
  const users = {
    ...ward.users,
    ubndOfficer: await createUser(t.db, { unitId: ward.unit.id, roles: ['ORG_OFFICER'], organisationId: ubnd.id }),
    frontOfficer: await createUser(t.db, { unitId: ward.unit.id, roles: ['ORG_OFFICER'], organisationId: mttq.id }),
    womenLeader: await createUser(t.db, { unitId: ward.unit.id, roles: ['ORG_LEADER'], organisationId: women.id }),
  };
  const as = async (user: { username: string }): Promise<Session> => login(t.app, user.username, PASSWORD);
  return { ...ward, users, as };
}

let seq = 0;
/** A letter of the unit, as the cases module would have registered it. */
export async function createCaseRow(
  db: Db,
  input: { unitId: string; createdById: string; kind?: 'COMPLAINT' | 'DENUNCIATION' | 'PETITION' | 'FEEDBACK' | null },
) {
  seq++;
  const number = `2026/${String(seq).padStart(4, '0')}`;
  return db.case.create({
    data: {
      unitId: input.unitId,
      year: 2026,
      seq,
      number,
      receivedOn: new Date('2026-03-02T00:00:00Z'),
      channel: 'RECEPTION',
      kind: input.kind ?? null,
      field: 'LAND',
      summary: `Đơn thư thử ${randomUUID().slice(0, 6)}`,
      searchText: searchTextOf(number),
      createdById: input.createdById,
    },
  });
}

export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
