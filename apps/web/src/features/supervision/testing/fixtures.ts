import type { Me } from '@phoihop/shared/auth';
import { defaultLegalSettings } from '@phoihop/shared/legal-rules';
import { clockSettingsSchema, type ClockSettings } from '@phoihop/shared/cases';
import type { Organisation } from '@phoihop/shared/organisations';
import type { Action } from '@phoihop/shared/policies';
import {
  boardDetailSchema,
  boardWarningsOf,
  memberSchema,
  recommendationDetailSchema,
  supervisionDetailSchema,
  type BoardDetail,
  type Member,
  type RecommendationDetail,
  type SupervisionDetail,
} from '@phoihop/shared/supervision';
import { frontOrg, makeMe, makeOrganisation, newId, ward } from '../../../testing/data';

// Records for the supervision tests, parsed by the shared schemas so they follow the contract.
const now = '2026-03-10T08:00:00.000Z';
export const today = '2026-03-10';

/** The ward's organisations: the Front (the test user's own), the People's Committee, two unions. */
export const front = makeOrganisation({
  id: frontOrg.id,
  kind: 'FATHERLAND_FRONT',
  name: frontOrg.name,
  shortName: frontOrg.shortName,
  sortOrder: 1,
});
export const committee = makeOrganisation({
  kind: 'PEOPLES_COMMITTEE',
  name: 'Ủy ban nhân dân phường',
  shortName: 'UBND',
  sortOrder: 0,
});
export const womensUnion = makeOrganisation({
  kind: 'WOMENS_UNION',
  name: 'Hội Liên hiệp Phụ nữ phường',
  shortName: 'HPN',
  sortOrder: 2,
});
export const youthUnion = makeOrganisation({
  kind: 'YOUTH_UNION',
  name: 'Đoàn Thanh niên phường',
  shortName: 'ĐTN',
  sortOrder: 3,
});
export const organisations: Organisation[] = [committee, front, womensUnion, youthUnion];
const ref = (o: Organisation) => ({ id: o.id, name: o.name, shortName: o.shortName });

/** A signed-in officer of `organisation` holding exactly these permissions. */
export const meWith = (permissions: Action[], organisation: Organisation = front): Me => {
  const me = makeMe(['ORG_OFFICER']);
  return { ...me, organisation: { ...ref(organisation), kind: organisation.kind }, permissions };
};

export const makeMember = (overrides: Partial<Member> = {}): Member =>
  memberSchema.parse({
    id: newId(),
    fullName: 'Nguyễn Thị Hoa',
    role: 'MEMBER',
    position: null,
    organisation: null,
    ...overrides,
  });

export const makeRecommendation = (
  overrides: Partial<RecommendationDetail> = {},
): RecommendationDetail =>
  recommendationDetailSchema.parse({
    id: newId(),
    unitId: ward.id,
    supervision: {
      id: newId(),
      title: 'Giám sát công tác bảo vệ môi trường',
      decisionNumber: '12/QĐ-MTTQ',
    },
    ordinal: 1,
    content: 'Bố trí điểm tập kết rác thải tại tổ dân phố 3',
    addressee: { organisation: ref(committee), name: committee.name },
    sentOn: '2026-02-01',
    dueOn: '2026-03-03',
    status: 'UNANSWERED',
    overdue: false,
    answeredLate: null,
    answer: null,
    rejectionReason: null,
    implementedOn: null,
    checkedBy: [],
    can: { manage: false, answer: false },
    version: 1,
    createdAt: now,
    updatedAt: now,
    events: [],
    ...overrides,
  });

export const makeSupervision = (overrides: Partial<SupervisionDetail> = {}): SupervisionDetail =>
  supervisionDetailSchema.parse({
    id: newId(),
    unitId: ward.id,
    title: 'Giám sát công tác bảo vệ môi trường',
    kind: 'THEMATIC',
    status: 'PLANNED',
    decisionNumber: '12/QĐ-MTTQ',
    decisionDate: '2026-01-15',
    decisionSigner: 'Trần Thị Mai',
    lead: ref(front),
    coOrganisers: [],
    supervisedBodies: ['Ủy ban nhân dân phường'],
    periodFrom: '2026-02-01',
    periodTo: '2026-02-28',
    board: null,
    recommendations: { total: 0, unanswered: 0, overdue: 0 },
    version: 1,
    createdAt: now,
    updatedAt: now,
    content: null,
    decisionFile: null,
    members: [],
    report: null,
    recommendationList: [],
    checks: [],
    can: { manage: false },
    ...overrides,
  });

export const makeBoard = (overrides: Partial<BoardDetail> = {}): BoardDetail => {
  const members = overrides.members ?? [];
  const head = members.find((m) => m.role === 'HEAD');
  const base = {
    kind: overrides.kind ?? 'PEOPLES_INSPECTION',
    termEnd: overrides.termEnd ?? '2029-12-31',
    members,
  };
  return boardDetailSchema.parse({
    id: newId(),
    unitId: ward.id,
    name: 'Ban Thanh tra nhân dân phường',
    projectName: null,
    decisionNumber: '05/QĐ-MTTQ',
    decisionDate: '2024-10-01',
    termStart: '2024-10-01',
    note: null,
    active: true,
    version: 1,
    can: { manage: false },
    ...overrides,
    ...base,
    // Derived from the members, as the API does.
    head: head ? { id: head.id, fullName: head.fullName } : null,
    memberCount: members.length,
    warnings: boardWarningsOf(base, today),
  });
};

/** Legal limits as shipped, no extra days off: 30 calendar days for a supervision reply. */
export const clockSettings: ClockSettings = clockSettingsSchema.parse({
  legal: defaultLegalSettings,
  holidays: {},
  today,
});
