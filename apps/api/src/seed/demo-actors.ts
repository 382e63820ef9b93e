// The demo ward's users as request contexts, so the seed acts through the services as they would.
import type { Actor } from '@phoihop/shared/policies';
import demo from '../../../../prisma/seed/demo-ward.json' with { type: 'json' };
import type { Db } from '../db/prisma.ts';
import type { RequestContext } from '../lib/context.ts';

export async function demoContexts(db: Db, wardId: string) {
  const users = await db.user.findMany({
    where: { unitId: wardId, username: { in: demo.users.map((u) => u.username) } },
    select: {
      id: true,
      unitId: true,
      username: true,
      organisationId: true,
      organisation: { select: { kind: true } },
      roles: { select: { role: true, unitId: true } },
    },
  });
  const contexts = new Map<string, RequestContext>();
  for (const user of users) {
    const actor: Actor = {
      id: user.id,
      unitId: user.unitId,
      organisationId: user.organisationId,
      organisationKind: user.organisation?.kind ?? null,
      roles: user.roles.filter((r) => r.unitId === user.unitId).map((r) => r.role),
    };
    contexts.set(user.username, { actor, requestId: 'seed', ip: null });
  }
  const organisations = await db.organisation.findMany({ where: { unitId: wardId }, select: { id: true, name: true } });
  const keyOf = new Map(demo.organisations.map((o) => [o.name, o.key]));
  const idOfKey = new Map(organisations.map((o) => [keyOf.get(o.name), o.id]));

  const as = (username: string): RequestContext => {
    const ctx = contexts.get(username);
    if (!ctx) throw new Error(`Thiếu tài khoản mẫu ${username}`);
    return ctx;
  };
  const orgIdOf = (key: string): string => {
    const id = idOfKey.get(key);
    if (!id) throw new Error(`Thiếu tổ chức mẫu ${key}`);
    return id;
  };
  /** An officer of the organisation (its leader when it has no officer account). */
  const officerOf = (organisationId: string): string => {
    const key = [...idOfKey].find(([, id]) => id === organisationId)?.[0];
    const staff = demo.users.filter((u) => u.organisation === key);
    const user = staff.find((u) => u.roles.includes('ORG_OFFICER')) ?? staff.find((u) => u.roles.includes('ORG_LEADER'));
    if (!user) throw new Error(`Tổ chức ${key ?? organisationId} không có cán bộ mẫu`);
    return user.username;
  };
  return { as, orgIdOf, officerOf };
}
