// API set-up for the cases UI tests: letters made over HTTP as a demo account, with a unique
// token in their text so each test finds its own among the demo ward's letters.
import { expect } from '@playwright/test';
import type { Case, CreateCaseBody } from '@phoihop/shared/cases';
import type { ReceptionSession, ReceptionVisit } from '@phoihop/shared/reception';
import { sessionAs } from './plans-fixtures.ts';

/** Lower-case letters only, so it reads as a word in names and survives accent folding. */
export const suffix = () =>
  Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
    '',
  );

const todayInVietnam = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** Registers a letter received today in person, as `username` (a People's Committee officer). */
export async function createCaseAs(
  username: string,
  body: Partial<CreateCaseBody> & Pick<CreateCaseBody, 'summary' | 'field'>,
): Promise<Case> {
  const session = await sessionAs(username);
  try {
    const res = await session.request.post('/api/cases', {
      headers: { 'X-CSRF-Token': session.csrf },
      data: { receivedOn: todayInVietnam(), channel: 'DIRECT', ...body },
    });
    expect(res.status(), `POST /api/cases: ${await res.text()}`).toBe(201);
    return (await res.json()) as Case;
  } finally {
    await session.request.dispose();
  }
}

/** A reception session held today by `username`, with one citizen who raised `visit`. */
export async function receiveCitizenAs(
  username: string,
  visit: {
    citizenName: string;
    content: string;
    kind: 'COMPLAINT' | 'DENUNCIATION';
    field: 'LAND';
  },
): Promise<{ session: ReceptionSession; visit: ReceptionVisit }> {
  const session = await sessionAs(username);
  try {
    const headers = { 'X-CSRF-Token': session.csrf };
    const held = await session.request.post('/api/reception/sessions', {
      headers,
      data: { heldOn: todayInVietnam(), kind: 'REGULAR', hostNames: 'Võ Văn Chính' },
    });
    expect(held.status(), `POST /api/reception/sessions: ${await held.text()}`).toBe(201);
    const created = (await held.json()) as ReceptionSession;
    const received = await session.request.post(`/api/reception/sessions/${created.id}/visits`, {
      headers,
      data: visit,
    });
    expect(received.status(), `POST visits: ${await received.text()}`).toBe(201);
    return { session: created, visit: (await received.json()) as ReceptionVisit };
  } finally {
    await session.request.dispose();
  }
}
