// A ward with every role that meets a case, logged in, and shortcuts to register and step cases.
import type { Case } from '@phoihop/shared/cases';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { injectAs, login, type Session, type TestApp } from '../helpers/app.ts';
import { createUser, createWard, PASSWORD } from '../helpers/factories.ts';

export async function caseWard(t: TestApp) {
  const ward = await createWard(t.db);
  const { unit, organisations } = ward;
  const { ubnd, mttq, women } = organisations;
  const staff = {
    pcOfficer: await createUser(t.db, { unitId: unit.id, roles: ['ORG_OFFICER'], organisationId: ubnd.id, fullName: 'Trần Cán Bộ' }),
    pcOfficer2: await createUser(t.db, { unitId: unit.id, roles: ['ORG_OFFICER'], organisationId: ubnd.id, fullName: 'Lê Văn Khác' }),
    frontLeader: await createUser(t.db, { unitId: unit.id, roles: ['ORG_LEADER'], organisationId: mttq.id }),
    frontOfficer: await createUser(t.db, { unitId: unit.id, roles: ['ORG_OFFICER'], organisationId: mttq.id }),
  };
  const users = { ...ward.users, ...staff };
  const as = async (user: { username: string }) => login(t.app, user.username, PASSWORD);
  const sessions = {
    pcHead: await as(users.leader),
    pcOfficer: await as(users.pcOfficer),
    pcOfficer2: await as(users.pcOfficer2),
    frontLeader: await as(users.frontLeader),
    frontOfficer: await as(users.frontOfficer),
    womenOfficer: await as(users.officer),
    viewer: await as(users.viewer),
    unitAdmin: await as(users.unitAdmin),
    systemAdmin: await as(users.systemAdmin),
  };
  return { unit, organisations: { ubnd, mttq, women }, users, sessions };
}

export type CaseWard = Awaited<ReturnType<typeof caseWard>>;

export async function send<T = Case>(
  app: FastifyInstance,
  session: Session,
  method: string,
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
  expected = [200, 201],
): Promise<T> {
  const res = await injectAs(app, session, { method, url, ...(payload ? { payload } : {}), headers });
  expect(expected, `${method} ${url} → ${res.statusCode} ${res.body}`).toContain(res.statusCode);
  return res.json<T>();
}

export const letter = (over: Record<string, unknown> = {}) => ({
  receivedOn: '2026-03-02',
  channel: 'DIRECT',
  field: 'LAND',
  summary: 'Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất',
  subject: 'Việc cấp giấy chứng nhận tại tổ dân phố 3',
  petitioners: [{ fullName: 'Nguyễn Văn An', address: 'Tổ dân phố 3', idNumber: '042090001234', phone: '0912345678' }],
  ...over,
});

export const register = (app: FastifyInstance, session: Session, over: Record<string, unknown> = {}) =>
  send(app, session, 'POST', '/api/cases', letter(over));

/** One step, based on the version the caller last saw (read fresh when not given). */
export async function step(app: FastifyInstance, session: Session, c: { id: string; version?: number }, body: object): Promise<Case> {
  const version = c.version ?? (await send(app, session, 'GET', `/api/cases/${c.id}`)).version;
  return send(app, session, 'POST', `/api/cases/${c.id}/actions`, body, { 'if-match': `"${version}"` });
}

/** A step expected to fail, with the problem it gives. */
export async function refused(app: FastifyInstance, session: Session, c: { id: string; version: number }, body: object) {
  const res = await injectAs(app, session, {
    method: 'POST',
    url: `/api/cases/${c.id}/actions`,
    payload: body,
    headers: { 'if-match': `"${c.version}"` },
  });
  expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
  expect(res.headers['content-type']).toContain('application/problem+json');
  return { status: res.statusCode, ...res.json<{ code: string; detail: string; errors?: { path: string }[] }>() };
}

/** Uploads a small PDF as `session` and returns its id. */
export async function upload(app: FastifyInstance, session: Session, name = 'don.pdf'): Promise<string> {
  const boundary = '----phoihoptest';
  const payload = [
    `--${boundary}`,
    `Content-Disposition: form-data; name="file"; filename="${name}"`,
    'Content-Type: application/pdf',
    '',
    '%PDF-1.4 test',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  const res = await injectAs(app, session, {
    method: 'POST',
    url: '/api/attachments',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}
