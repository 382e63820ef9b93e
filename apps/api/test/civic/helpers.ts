// Civic tests: a ward with People's Committee, Front, People's Council and Women's Union staff,
// and shortcuts for the records the tests build on.
import { searchTextOf } from '@phoihop/shared/text';
import { login, type Session, type TestApp } from '../helpers/app.ts';
import { createUser, createWard, PASSWORD } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';

export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export async function civicWard(t: TestApp) {
  const ward = await createWard(t.db);
  const unitId = ward.unit.id;
  const { ubnd, mttq } = ward.organisations;
  const council = await t.db.organisation.create({
    data: { unitId, name: 'Thường trực HĐND', kind: 'PEOPLES_COUNCIL', searchText: searchTextOf('Thường trực HĐND') },
  });
  const users = {
    ...ward.users,
    ubndOfficer: await createUser(t.db, { unitId, roles: ['ORG_OFFICER'], organisationId: ubnd.id }),
    frontLeader: await createUser(t.db, { unitId, roles: ['ORG_LEADER'], organisationId: mttq.id }),
    frontOfficer: await createUser(t.db, { unitId, roles: ['ORG_OFFICER'], organisationId: mttq.id }),
    councilLeader: await createUser(t.db, { unitId, roles: ['ORG_LEADER'], organisationId: council.id }),
  };
  const as = async (user: { username: string }): Promise<Session> => login(t.app, user.username, PASSWORD);
  return { ...ward, organisations: { ...ward.organisations, council }, users, as };
}

export type CivicWard = Awaited<ReturnType<typeof civicWard>>;

/** A draft submitted `submittedOn`, open for comment until `commentDeadline`. */
export const newDraft = (t: TestApp, front: Session, body: Record<string, unknown>) =>
  call<{ id: string; version: number; phase: string }>(t.app, front, 'POST', '/api/drafts', {
    title: 'Dự thảo Kế hoạch phát triển kinh tế - xã hội năm 2027',
    submittedOn: '2026-03-01',
    commentDeadline: '2026-03-20',
    ...body,
  });

export const newMeeting = (t: TestApp, manager: Session, body: Record<string, unknown> = {}) =>
  call<{ id: string; version: number }>(t.app, manager, 'POST', '/api/voter-meetings', {
    kind: 'BEFORE_SESSION',
    councilSession: 'Kỳ họp thứ 5, HĐND phường khóa I',
    heldOn: '2026-02-10',
    location: 'Nhà văn hóa tổ dân phố 3',
    delegates: ['Trần Văn Hội', 'Nguyễn Thị Lan'],
    voterCount: 85,
    ...body,
  });

export const newPetition = (t: TestApp, manager: Session, meetingId: string, body: Record<string, unknown> = {}) =>
  call<{ id: string; version: number; ordinal: number; status: string }>(t.app, manager, 'POST', `/api/voter-meetings/${meetingId}/petitions`, {
    content: 'Đề nghị nâng cấp đường giao thông tổ dân phố 3',
    field: 'INFRASTRUCTURE',
    voterName: 'Cử tri tổ dân phố 3',
    ...body,
  });

export const newBox = (t: TestApp, front: Session, name: string) =>
  call<{ id: string; version: number }>(t.app, front, 'POST', '/api/suggestion-boxes', { name, location: 'Trụ sở Ủy ban MTTQ phường' });

export const newOpening = (t: TestApp, front: Session, boxId: string, openedOn = '2026-03-05') =>
  call<{ id: string; version: number }>(t.app, front, 'POST', `/api/suggestion-boxes/${boxId}/openings`, {
    openedOn,
    openedBy: 'Lê Thị Mặt Trận - Chủ tịch Ủy ban MTTQ phường',
    witnesses: 'Trần Văn Hội (HĐND), Võ Văn Chính (UBND)',
  });

export const newSuggestion = (t: TestApp, front: Session, openingId: string, body: Record<string, unknown> = {}) =>
  call<{ id: string; version: number; status: string }>(t.app, front, 'POST', '/api/suggestions', {
    openingId,
    summary: 'Đề nghị công khai danh sách hộ nghèo tại tổ dân phố',
    field: 'GOVERNMENT',
    authorName: 'Nguyễn Văn Bình',
    ...body,
  });
