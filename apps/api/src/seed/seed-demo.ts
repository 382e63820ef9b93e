// The demo ward of the source document (Phường Hoành Sơn, Hà Tĩnh). Idempotent: rows are
// matched by their natural keys and only missing ones are created.
import { requiresSecondFactor } from '@phoihop/shared/policies';
import { searchTextOf } from '@phoihop/shared/text';
import demo from '../../../../prisma/seed/demo-ward.json' with { type: 'json' };
import type { Db, Tx } from '../db/prisma.ts';
import type { OrganisationKind, Role, UnitKind } from '../generated/prisma/enums.ts';
import { hashPassword } from '../lib/password.ts';

export interface DemoAccount {
  username: string;
  fullName: string;
  roles: string[];
  /** Enrolled with DEMO_TOTP_SECRET: signs in with a code from it. */
  secondFactor: boolean;
}

/**
 * The published TOTP key (base32) of every demo account that requires a second factor, so that
 * anyone can try the demo: add it to an authenticator app. Never a secret; DEMO=false seeds none.
 */
export const DEMO_TOTP_SECRET = 'PHOIHOPDEMOTOTPSECRETKEYHOANHSON';

const kindOf = (key: string | null | undefined) =>
  (demo.organisations.find((o) => o.key === key)?.kind ?? null) as OrganisationKind | null;

const needsSecondFactor = (user: (typeof demo.users)[number]) =>
  requiresSecondFactor({
    roles: user.roles as Role[],
    organisationId: user.organisation ?? null,
    organisationKind: kindOf(user.organisation),
  });

async function upsertUnit(tx: Tx, unit: { code: string; name: string; kind: string }, parentId: string | null) {
  const found = await tx.adminUnit.findUnique({ where: { code: unit.code }, select: { id: true } });
  if (found) return found.id;
  const created = await tx.adminUnit.create({
    data: {
      code: unit.code,
      name: unit.name,
      kind: unit.kind as UnitKind,
      parentId,
      searchText: searchTextOf(unit.name, unit.code),
    },
  });
  return created.id;
}

export async function seedDemo(db: Db): Promise<{ created: number; accounts: DemoAccount[]; password: string }> {
  const passwordHash = await hashPassword(demo.password);
  return db.$transaction(async (tx) => {
    let created = 0;
    const provinceId = await upsertUnit(tx, demo.province, null);
    const wardId = await upsertUnit(tx, demo.ward, provinceId);
    const orgIds = new Map<string, string>();
    for (const org of demo.organisations) {
      const found = await tx.organisation.findUnique({
        where: { unitId_name: { unitId: wardId, name: org.name } },
        select: { id: true },
      });
      const id =
        found?.id ??
        (
          await tx.organisation.create({
            data: {
              unitId: wardId,
              kind: org.kind as OrganisationKind,
              name: org.name,
              shortName: org.shortName,
              sortOrder: org.sortOrder,
              searchText: searchTextOf(org.name, org.shortName),
            },
          })
        ).id;
      if (!found) created++;
      orgIds.set(org.key, id);
    }
    for (const user of demo.users) {
      if (await tx.user.findUnique({ where: { username: user.username }, select: { id: true } })) continue;
      const unitId = user.unit === 'province' ? provinceId : wardId;
      await tx.user.create({
        data: {
          unitId,
          organisationId: user.organisation ? (orgIds.get(user.organisation) ?? null) : null,
          username: user.username,
          fullName: user.fullName,
          position: user.position,
          passwordHash,
          searchText: searchTextOf(user.fullName, user.username, user.position),
          roles: { create: user.roles.map((role) => ({ role: role as Role, unitId })) },
          // Stored as it is (not sealed): it is published anyway.
          ...(needsSecondFactor(user)
            ? { secondFactor: { create: { secret: DEMO_TOTP_SECRET, enrolledAt: new Date() } } }
            : {}),
        },
      });
      created++;
    }
    if (created) {
      await tx.auditLog.create({
        data: { action: 'seed.demo', entityType: 'AdminUnit', entityId: wardId, unitId: wardId, changes: { created } },
      });
    }
    return { ...demoAccounts(), created };
  });
}

export function demoAccounts() {
  return {
    created: 0,
    accounts: demo.users.map((user) => ({
      username: user.username,
      fullName: user.fullName,
      roles: user.roles,
      secondFactor: needsSecondFactor(user),
    })),
    password: demo.password,
  };
}

export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.adminUnit.count()) === 0;
}
