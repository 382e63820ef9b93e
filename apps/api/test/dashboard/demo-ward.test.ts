// The dashboard on the demo ward as the server seeds an empty database: the 2025 letters
// as the Hoành Sơn report counts them (48 received, the duplicate apart; 43 handled; 5 pending),
// its 15 mediation teams and 132 mediators, and lists behind the numbers that show as many rows.
import { describe, expect, it } from 'vitest';
import { demoApp } from '../helpers/demo-ward.ts';
import { call } from '../helpers/plans.ts';
import { dashboardOf } from './helpers.ts';

const { t, as } = await demoApp();
const lanhdao = await as('lanhdao');
const canbo = await as('canbo');
const canboUbnd = await as('canbo-ubnd');

/** Rows of a list endpoint, every page of up to 100. */
async function rows(session: typeof lanhdao, url: string) {
  let count = 0;
  let cursor: string | null = null;
  do {
    const page: { items: unknown[]; nextCursor: string | null } = await call(t.app, session, 'GET', `${url}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return count;
}

describe('the demo ward dashboard', () => {
  it("reads the 2025 report's figures for the chairman", async () => {
    const overview = (await dashboardOf(t.app, lanhdao, '?year=2025')).overview!;
    expect([overview.letters.received.value, overview.letters.handled.value, overview.letters.pending.value]).toEqual([48, 43, 5]);
    expect(overview.lettersByStatus.find((r) => r.status === 'DUPLICATE')?.count).toBe(1);
    expect(overview.lettersByMonth.reduce((sum, m) => sum + m.received, 0)).toBe(48);
    expect([overview.mediation.teams.value, overview.mediation.mediators.value, overview.mediation.successRate.value]).toEqual([15, 132, 100]);
    expect(overview.plan?.title).toMatch(/2025/);
    expect(overview.progressByArea.length).toBeGreaterThan(0);
    // The lists behind the letters show the same letters.
    const year = 'from=2025-01-01&to=2025-12-31';
    expect(await rows(lanhdao, `/api/cases?${year}&state=handled`)).toBe(43);
    expect(await rows(lanhdao, `/api/cases?${year}&state=open`)).toBe(5);
  });

  it("shows this year's plan by default, and its own work to a Women's Union officer without the overview", async () => {
    const chairman = await dashboardOf(t.app, lanhdao);
    expect(chairman.year).toBe(2026);
    expect(chairman.overview?.plan?.title).toMatch(/2026/);
    const officer = await dashboardOf(t.app, canbo);
    expect(officer.overview).toBeNull();
    expect(officer.mine.organisation?.name).toMatch(/Phụ nữ/);
    expect(officer.mine.upcoming.every((u) => u.on >= officer.today)).toBe(true);
  });

  it('counts as many late cases as the case list shows the reception officer', async () => {
    const { mine } = await dashboardOf(t.app, canboUbnd);
    expect(mine.casesOverdue?.value).toBeGreaterThan(0);
    expect(mine.casesOverdue?.value).toBe(await rows(canboUbnd, '/api/cases?state=overdue&sort=due'));
    expect(mine.casesDueSoon?.value).toBe(await rows(canboUbnd, '/api/cases?state=due-soon&sort=due'));
    expect(mine.recommendationsAwaiting.value).toBe(await rows(canboUbnd, '/api/recommendations?status=UNANSWERED&mine=true'));
    expect(mine.petitionsAwaiting.value).toBe(await rows(canboUbnd, '/api/voter-petitions?status=SENT&mine=true'));
  });
});
