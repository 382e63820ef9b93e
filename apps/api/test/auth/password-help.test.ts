import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app.ts';
import { createUnit, createUser, createWard } from '../helpers/factories.ts';

const t = await buildTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
const ward = await createWard(t.db);
await t.db.user.update({
  where: { id: ward.users.unitAdmin.id },
  data: { position: 'Công chức Văn phòng - Thống kê' },
});
const formerAdmin = await createUser(t.db, { unitId: ward.unit.id, roles: ['UNIT_ADMIN'] });
await t.db.user.update({ where: { id: formerAdmin.id }, data: { active: false } });
const closed = await createUnit(t.db);
await createUser(t.db, { unitId: closed.id, roles: ['UNIT_ADMIN'] });
await t.db.adminUnit.update({ where: { id: closed.id }, data: { active: false } });

const ask = (query = '', ip = '10.0.0.1') =>
  t.app.inject({ method: 'GET', url: `/api/auth/password-help${query}`, remoteAddress: ip });

describe('password help', () => {
  it('names each active unit and its active unit administrators, without signing in', async () => {
    const res = await ask();
    expect(res.statusCode).toBe(200);
    const { units } = res.json<{ units: { name: string; admins: object[] }[] }>();
    expect(units.find((unit) => unit.name === ward.unit.name)).toEqual({
      name: ward.unit.name,
      admins: [
        { fullName: ward.users.unitAdmin.fullName, position: 'Công chức Văn phòng - Thống kê' },
      ],
    });
    expect(units.map((unit) => unit.name)).not.toContain(closed.name);
    expect(res.body).not.toContain(formerAdmin.fullName);
  });

  it('tells nothing about usernames: a known and an unknown one get the same answer', async () => {
    const known = await ask(`?username=${ward.users.viewer.username}`, '10.0.0.2');
    const unknown = await ask('?username=khong-co-ai', '10.0.0.2');
    expect(known.statusCode).toBe(200);
    expect(known.body).toBe(unknown.body);
    // No usernames and no one but unit administrators.
    expect(known.body).not.toContain(ward.users.viewer.username);
    expect(known.body).not.toContain(ward.users.viewer.fullName);
    expect(known.body).not.toContain(ward.users.systemAdmin.fullName);
    expect(known.body).not.toContain('username');
  });

  it('is throttled per address', async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await ask('', '10.0.0.3')).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    const refused = await ask('', '10.0.0.3');
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await ask('', '10.0.0.4')).statusCode).toBe(200);
  });
});
