// Builds plans through the API as a steering leader would, so tests exercise the real rules.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { injectAs, type Session } from './app.ts';

export async function call<T = Record<string, unknown>>(
  app: FastifyInstance,
  session: Session,
  method: string,
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
  expected = method === 'POST' ? [200, 201, 204] : [200, 204],
): Promise<T> {
  const res = await injectAs(app, session, { method, url, ...(payload ? { payload } : {}), headers });
  expect(expected, `${method} ${url} → ${res.statusCode} ${res.body}`).toContain(res.statusCode);
  return (res.body ? res.json() : null) as T;
}

export interface BuiltPlan {
  planId: string;
  areaId: string;
  taskIds: string[];
}

/** A draft plan with one area and the given tasks under it. */
export async function buildPlan(
  app: FastifyInstance,
  manager: Session,
  input: { year: number; tasks: Record<string, unknown>[] },
): Promise<BuiltPlan> {
  const plan = await call<{ id: string }>(app, manager, 'POST', '/api/plans', {
    year: input.year,
    title: `Chương trình phối hợp năm ${input.year}`,
  });
  const area = await call<{ id: string }>(app, manager, 'POST', `/api/plans/${plan.id}/items`, {
    kind: 'AREA',
    title: 'Phối hợp tuyên truyền, vận động Nhân dân',
  });
  const taskIds: string[] = [];
  for (const task of input.tasks) {
    const created = await call<{ id: string }>(app, manager, 'POST', `/api/plans/${plan.id}/items`, {
      kind: 'TASK',
      parentId: area.id,
      ...task,
    });
    taskIds.push(created.id);
  }
  return { planId: plan.id, areaId: area.id, taskIds };
}

export async function planVersion(app: FastifyInstance, session: Session, planId: string): Promise<number> {
  return (await call<{ plan: { version: number } }>(app, session, 'GET', `/api/plans/${planId}`)).plan.version;
}

export async function approve(app: FastifyInstance, leader: Session, planId: string) {
  const version = await planVersion(app, leader, planId);
  return call(app, leader, 'POST', `/api/plans/${planId}/approve`, undefined, { 'if-match': `"${version}"` });
}
