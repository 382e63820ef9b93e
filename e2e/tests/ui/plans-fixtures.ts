// API set-up for the plans UI tests: each test builds its own running plan in a year nobody
// else uses, as quantri (plan:manage) and lanhdao (plan:approve), so tests stay independent.
import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import type { Organisation } from '@phoihop/shared/organisations';
import type { Plan, PlanItem, PlanTree } from '@phoihop/shared/plans';
import { authFile, getCsrfToken } from '../../support/api.ts';
import { apiUrls } from '../../support/urls.ts';

export interface Session {
  request: APIRequestContext;
  csrf: string;
}

export async function sessionAs(username: string): Promise<Session> {
  // The setup project's session: a new sign-in would need a TOTP code of its own.
  const request = await playwrightRequest.newContext({
    baseURL: apiUrls[0],
    storageState: authFile(username),
  });
  return { request, csrf: await getCsrfToken(request) };
}

async function send<T>(
  session: Session,
  method: 'post' | 'get',
  url: string,
  options: { data?: unknown; version?: number; status?: number } = {},
): Promise<T> {
  const headers: Record<string, string> = { 'X-CSRF-Token': session.csrf };
  if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`;
  const res = await session.request[method](url, { headers, data: options.data });
  expect(res.status(), `${method.toUpperCase()} ${url}: ${await res.text()}`).toBe(
    options.status ?? (method === 'post' ? 201 : 200),
  );
  return (await res.json()) as T;
}

export async function organisations(session: Session): Promise<Record<string, Organisation>> {
  const { items } = await send<{ items: Organisation[] }>(
    session,
    'get',
    '/api/organisations?active=true&limit=100',
  );
  return Object.fromEntries(items.map((o) => [o.kind, o]));
}

/** A year in [from, to] with no plan yet (callers retry on a race). */
export async function freeYear(session: Session, [from, to] = [2030, 2100]): Promise<number> {
  const { items } = await send<{ items: Plan[] }>(session, 'get', '/api/plans?limit=100');
  const used = new Set(items.map((p) => p.year));
  for (;;) {
    const year = from + Math.floor(Math.random() * (to - from + 1));
    if (!used.has(year)) return year;
  }
}

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

export interface RunningPlan {
  plan: Plan;
  /** Led by the Women's Union (canbo's organisation), due in a month. */
  own: PlanItem;
  /** Led by the People's Committee, due in a month. */
  other: PlanItem;
  /** Led by the People's Committee, due yesterday. */
  overdue: PlanItem;
}

/** Draft with an area and three tasks → approved by lanhdao → started by quantri. */
export async function createRunningPlan(
  label: string,
  years: [number, number] = [2030, 2100],
): Promise<RunningPlan> {
  const admin = await sessionAs('quantri');
  const leader = await sessionAs('lanhdao');
  try {
    const orgs = await organisations(admin);
    const women = orgs.WOMENS_UNION!;
    const committee = orgs.PEOPLES_COMMITTEE!;
    const front = orgs.FATHERLAND_FRONT!;
    let plan: Plan | null = null;
    for (let attempt = 0; !plan && attempt < 5; attempt++) {
      const year = await freeYear(admin, years);
      const res = await admin.request.post('/api/plans', {
        headers: { 'X-CSRF-Token': admin.csrf },
        data: {
          year,
          title: `E2E ${label} ${year}`,
          reviewPeriods: ['Q1', 'Q2', 'Q3', 'YEAR_END'],
        },
      });
      if (res.status() === 201) plan = (await res.json()) as Plan;
      else expect(res.status(), await res.text()).toBe(409);
    }
    if (!plan) throw new Error('No free year for a test plan');
    const items = `/api/plans/${plan.id}/items`;
    const area = await send<PlanItem>(admin, 'post', items, {
      data: { kind: 'AREA', title: `Lĩnh vực ${label}` },
    });
    const task = (
      title: string,
      leadOrganisationId: string,
      dueDate: string,
      partnerIds: string[],
    ) =>
      send<PlanItem>(admin, 'post', items, {
        data: { kind: 'TASK', parentId: area.id, title, leadOrganisationId, partnerIds, dueDate },
      });
    const own = await task(`Phụ nữ chủ trì ${label}`, women.id, isoDay(30), [front.id]);
    const other = await task(`UBND chủ trì ${label}`, committee.id, isoDay(30), []);
    const overdue = await task(`Việc trễ hạn ${label}`, committee.id, isoDay(-1), []);

    const current = async () => (await send<PlanTree>(admin, 'get', `/api/plans/${plan.id}`)).plan;
    await send<Plan>(leader, 'post', `/api/plans/${plan.id}/approve`, {
      version: (await current()).version,
      status: 200,
    });
    const started = await send<Plan>(admin, 'post', `/api/plans/${plan.id}/start`, {
      version: (await current()).version,
      status: 200,
    });
    const tree = await send<PlanTree>(admin, 'get', `/api/plans/${plan.id}`);
    const fresh = (item: PlanItem) => tree.items.find((i) => i.id === item.id)!;
    return { plan: started, own: fresh(own), other: fresh(other), overdue: fresh(overdue) };
  } finally {
    await admin.request.dispose();
    await leader.request.dispose();
  }
}
