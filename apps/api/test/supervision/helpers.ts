// Supervision tests: a ward with the People's Committee, the Front, the People's Council and the
// Women's Union, one account per demo-like role, and supervisions built through the API.
import { searchTextOf } from '@phoihop/shared/text';
import { login, type Session, type TestApp } from '../helpers/app.ts';
import { createUser, createWard, PASSWORD } from '../helpers/factories.ts';
import { call } from '../helpers/plans.ts';

export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export async function supervisionWard(t: TestApp) {
  const ward = await createWard(t.db);
  const { ubnd, mttq } = ward.organisations;
  const unitId = ward.unit.id;
  const hdnd = await t.db.organisation.create({
    data: { unitId, name: 'Thường trực HĐND', kind: 'PEOPLES_COUNCIL', searchText: searchTextOf('Thường trực HĐND') },
  });
  const users = {
    ...ward.users,
    ubndOfficer: await createUser(t.db, { unitId, roles: ['ORG_OFFICER'], organisationId: ubnd.id }),
    frontLeader: await createUser(t.db, { unitId, roles: ['ORG_LEADER'], organisationId: mttq.id }),
    frontOfficer: await createUser(t.db, { unitId, roles: ['ORG_OFFICER'], organisationId: mttq.id }),
    councilLeader: await createUser(t.db, { unitId, roles: ['ORG_LEADER'], organisationId: hdnd.id }),
  };
  const as = async (user: { username: string }): Promise<Session> => login(t.app, user.username, PASSWORD);
  return { ...ward, organisations: { ...ward.organisations, hdnd }, users, as };
}

export interface Rec {
  id: string;
  version: number;
  ordinal: number;
  status: string;
  dueOn: string;
  sentOn: string;
  overdue: boolean;
  answeredLate: boolean | null;
  answer: { text: string; answeredOn: string; documentNumber: string | null } | null;
  rejectionReason: string | null;
  implementedOn: string | null;
  addressee: { organisation: { id: string } | null; name: string };
  checkedBy: { id: string }[];
  can: { manage: boolean; answer: boolean };
  events: { status: string; text: string; on: string; by: { id: string } }[];
}

export interface Sup {
  id: string;
  title: string;
  version: number;
  status: string;
  recommendations: { total: number; unanswered: number; overdue: number };
  recommendationList: Rec[];
  report: { text: string; reportedOn: string } | null;
  checks: { id: string }[];
  members: { fullName: string; role: string; organisation: { id: string } | null }[];
  can: { manage: boolean };
}

export function supervisionApi(t: TestApp, organisations: { mttq: { id: string }; ubnd: { id: string } }) {
  let no = 0;
  return {
    /** A thematic team set up by decision, led by the Front. */
    create: (session: Session, body: object = {}) =>
      call<Sup>(t.app, session, 'POST', '/api/supervisions', {
        title: `Giám sát chuyên đề số ${++no}`,
        kind: 'THEMATIC',
        decisionNumber: `${no}/QĐ-MTTQ`,
        decisionDate: '2026-01-05',
        leadOrganisationId: organisations.mttq.id,
        supervisedBodies: ['UBND phường'],
        periodFrom: '2026-01-10',
        periodTo: '2026-02-10',
        ...body,
      }),
    /** Recorded report: the supervision becomes REPORTED. */
    report: (session: Session, s: { id: string; version: number }, reportedOn = '2026-02-12') =>
      call<Sup>(t.app, session, 'PUT', `/api/supervisions/${s.id}/report`, { text: 'Báo cáo kết quả giám sát', reportedOn }, ifMatch(s.version)),
    recommend: (session: Session, supervisionId: string, body: object = {}) =>
      call<Rec>(t.app, session, 'POST', `/api/supervisions/${supervisionId}/recommendations`, {
        content: 'Đề nghị UBND phường niêm yết công khai thủ tục hành chính',
        addresseeOrganisationId: organisations.ubnd.id,
        sentOn: '2026-03-02',
        ...body,
      }),
    respond: (session: Session, r: { id: string; version: number }, body: object) =>
      call<Rec>(t.app, session, 'POST', `/api/recommendations/${r.id}/responses`, { text: 'Đã tiếp thu', on: '2026-03-10', ...body }, ifMatch(r.version)),
  };
}
