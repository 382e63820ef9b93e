// Keyset pagination, filters and accent-insensitive search.
import { describe, expect, it } from 'vitest';
import { buildTestApp, injectAs, login } from '../helpers/app.ts';
import { createOrganisation, createUser, createWard, PASSWORD } from '../helpers/factories.ts';

const t = await buildTestApp();
const ward = await createWard(t.db);
const admin = await login(t.app, ward.users.unitAdmin.username, PASSWORD);

describe('pagination', () => {
  it('walks every organisation exactly once, in name order', async () => {
    for (let i = 0; i < 23; i++) await createOrganisation(t.db, ward.unit.id, { name: `Chi hội ${String(i).padStart(2, '0')}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/organisations?limit=10${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await injectAs(t.app, admin, { method: 'GET', url })).json();
      expect(page.items.length).toBeLessThanOrEqual(10);
      seen.push(...page.items.map((o: { name: string }) => o.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(26);
    expect(new Set(seen).size).toBe(26);
    expect(seen).toEqual([...seen].sort());
  });

  it('refuses a forged cursor', async () => {
    const res = await injectAs(t.app, admin, { method: 'GET', url: '/api/organisations?cursor=bm9wZQ' });
    expect(res.statusCode).toBe(400);
  });

  it('caps the page size', async () => {
    const res = await injectAs(t.app, admin, { method: 'GET', url: '/api/users?limit=1000' });
    expect(res.statusCode).toBe(400);
  });
});

describe('search', () => {
  it('finds people whatever accents or Unicode form are typed', async () => {
    await createUser(t.db, { unitId: ward.unit.id, roles: ['VIEWER'], fullName: 'Nguyễn Thị Đào' });
    for (const q of ['dao', 'Đào', 'nguyen dao', 'Nguye\u0302\u0303n']) {
      const res = await injectAs(t.app, admin, { method: 'GET', url: `/api/users?q=${encodeURIComponent(q)}` });
      expect(res.json().items.map((u: { fullName: string }) => u.fullName), q).toContain('Nguyễn Thị Đào');
    }
    const none = await injectAs(t.app, admin, { method: 'GET', url: '/api/users?q=khong-ai' });
    expect(none.json().items).toEqual([]);
  });

  it('filters users by role and active state', async () => {
    const res = await injectAs(t.app, admin, { method: 'GET', url: '/api/users?role=ORG_OFFICER&active=true' });
    const items = res.json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((u: { roles: string[] }) => u.roles.includes('ORG_OFFICER'))).toBe(true);
  });
});

describe('Vietnamese order', () => {
  it('sorts names the Vietnamese way (Đ after D, accents after the plain letter)', async () => {
    const unit = (await injectAs(t.app, admin, { method: 'GET', url: '/api/auth/me' })).json().unit;
    for (const name of ['Đội Đào', 'Đội Dung', 'Đội Ánh', 'Đội Anh']) {
      await createOrganisation(t.db, unit.id, { name });
    }
    const res = await injectAs(t.app, admin, { method: 'GET', url: `/api/organisations?q=${encodeURIComponent('đội')}` });
    expect(res.json().items.map((o: { name: string }) => o.name)).toEqual(['Đội Anh', 'Đội Ánh', 'Đội Dung', 'Đội Đào']);
  });
});
