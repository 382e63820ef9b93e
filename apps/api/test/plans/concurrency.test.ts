import { describe, expect, it } from 'vitest';
import { buildTestApp, login } from '../helpers/app.ts';
import { createWard, PASSWORD } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';

const t = await buildTestApp();
const ward = await createWard(t.db);
const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);

describe('concurrent edits of one plan', () => {
  it('numbers tasks added at the same moment one after the other', async () => {
    const plan = await call<{ id: string }>(t.app, admin, 'POST', '/api/plans', { year: 2035, title: 'Song song' });
    const area = await call<{ id: string }>(t.app, admin, 'POST', `/api/plans/${plan.id}/items`, { kind: 'AREA', title: 'Lĩnh vực' });
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call(t.app, admin, 'POST', `/api/plans/${plan.id}/items`, {
          kind: 'TASK',
          parentId: area.id,
          title: `Việc ${i}`,
          leadOrganisationId: ward.organisations.ubnd.id,
        }),
      ),
    );
    const rows = await t.db.planItem.findMany({ where: { planId: plan.id, kind: 'TASK' }, select: { code: true } });
    expect(rows.map((r) => r.code).sort()).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8']);
  });
});
