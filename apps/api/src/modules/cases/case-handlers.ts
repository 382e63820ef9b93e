// The officers a case may be assigned to: the same rule as the assign step checks (staff of the
// chosen organisation or of the People's Committee, active, in the unit).
import type { HandlerOption } from '@phoihop/shared/cases';
import { can } from '@phoihop/shared/policies';
import type { Db } from '../../db/prisma.ts';
import { forbidden } from '../../lib/app-error.ts';
import type { RequestContext } from '../../lib/context.ts';

export async function handlerOptions(
  db: Db,
  organisationId: string | undefined,
  ctx: RequestContext,
): Promise<HandlerOption[]> {
  const unitId = ctx.actor.unitId;
  if (!can(ctx.actor, 'case:process', { unitId })) throw forbidden();
  const users = await db.user.findMany({
    where: {
      unitId,
      active: true,
      roles: { some: { unitId, role: { in: ['ORG_LEADER', 'ORG_OFFICER'] } } },
      organisation: {
        active: true,
        OR: [{ kind: 'PEOPLES_COMMITTEE' }, ...(organisationId ? [{ id: organisationId }] : [])],
      },
    },
    orderBy: [{ fullName: 'asc' }, { id: 'asc' }],
    take: 200,
    select: {
      id: true,
      fullName: true,
      position: true,
      organisation: { select: { id: true, name: true, shortName: true } },
    },
  });
  // The chosen organisation's own staff first.
  return users
    .filter((u) => u.organisation !== null)
    .map((u) => ({
      id: u.id,
      fullName: u.fullName,
      position: u.position,
      organisation: u.organisation!,
    }))
    .sort(
      (a, b) =>
        Number(b.organisation.id === organisationId) - Number(a.organisation.id === organisationId),
    );
}
