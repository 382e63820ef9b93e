// Unique rows per call, so tests never depend on each other's data (documenso).
import { randomUUID } from 'node:crypto';
import { requiresSecondFactor } from '@phoihop/shared/policies';
import type { Role } from '@phoihop/shared/roles';
import { searchTextOf } from '@phoihop/shared/text';
import type { Db } from '../../src/db/prisma.ts';
import { hashPassword } from '../../src/lib/password.ts';

export const PASSWORD = 'MatKhau2025';
/** The authenticator key of factory accounts that need one (the demo's published key). */
export const TOTP_SECRET = 'PHOIHOPDEMOTOTPSECRETKEYHOANHSON';
const passwordHash = hashPassword(PASSWORD);
const suffix = () => randomUUID().slice(0, 8);

export async function createUnit(db: Db, overrides: { name?: string; kind?: 'PROVINCE' | 'WARD' } = {}) {
  const code = `T${suffix()}`;
  const name = overrides.name ?? `Phường Thử ${code}`;
  return db.adminUnit.create({
    data: { code, name, kind: overrides.kind ?? 'WARD', searchText: searchTextOf(name, code) },
  });
}

export async function createOrganisation(
  db: Db,
  unitId: string,
  overrides: { name?: string; kind?: 'PEOPLES_COMMITTEE' | 'FATHERLAND_FRONT' | 'WOMENS_UNION' } = {},
) {
  const name = overrides.name ?? `Tổ chức ${suffix()}`;
  return db.organisation.create({
    data: { unitId, name, kind: overrides.kind ?? 'WOMENS_UNION', searchText: searchTextOf(name) },
  });
}

/**
 * An account; one whose roles require a second factor comes enrolled with TOTP_SECRET (login()
 * then sends its code), unless `secondFactor: false` leaves it to enrol.
 */
export async function createUser(
  db: Db,
  input: {
    unitId: string;
    roles: Role[];
    organisationId?: string | null;
    fullName?: string;
    secondFactor?: boolean;
  },
) {
  const username = `u${suffix()}`;
  const fullName = input.fullName ?? `Người Dùng ${username}`;
  const organisation = input.organisationId
    ? await db.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { kind: true } })
    : null;
  const enrol =
    input.secondFactor ??
    requiresSecondFactor({
      roles: input.roles,
      organisationId: input.organisationId ?? null,
      organisationKind: organisation?.kind ?? null,
    });
  return db.user.create({
    data: {
      unitId: input.unitId,
      organisationId: input.organisationId ?? null,
      username,
      fullName,
      passwordHash: await passwordHash,
      searchText: searchTextOf(fullName, username),
      roles: { create: input.roles.map((role) => ({ role, unitId: input.unitId })) },
      ...(enrol ? { secondFactor: { create: { secret: TOTP_SECRET, enrolledAt: new Date() } } } : {}),
    },
  });
}

/** A ward with its People's Committee, Front and Women's Union, and one user per role. */
export async function createWard(db: Db) {
  const unit = await createUnit(db);
  const ubnd = await createOrganisation(db, unit.id, { kind: 'PEOPLES_COMMITTEE', name: 'UBND' });
  const mttq = await createOrganisation(db, unit.id, { kind: 'FATHERLAND_FRONT', name: 'MTTQ' });
  const women = await createOrganisation(db, unit.id, { kind: 'WOMENS_UNION', name: 'Hội Phụ nữ' });
  const users = {
    systemAdmin: await createUser(db, { unitId: unit.id, roles: ['SYSTEM_ADMIN'] }),
    unitAdmin: await createUser(db, { unitId: unit.id, roles: ['UNIT_ADMIN'], organisationId: ubnd.id }),
    leader: await createUser(db, { unitId: unit.id, roles: ['ORG_LEADER'], organisationId: ubnd.id }),
    officer: await createUser(db, { unitId: unit.id, roles: ['ORG_OFFICER'], organisationId: women.id }),
    viewer: await createUser(db, { unitId: unit.id, roles: ['VIEWER'] }),
  };
  return { unit, organisations: { ubnd, mttq, women }, users };
}
