import type { Me } from '@phoihop/shared/auth';
import { caseSummarySchema, type CaseSummary } from '@phoihop/shared/cases';
import {
  mediationCaseSchema,
  mediationStatisticsSchema,
  mediationTeamDetailSchema,
  mediatorSchema,
  teamWarningsOf,
  type MediationCase,
  type MediationStatistics,
  type MediationTeamDetail,
  type Mediator,
} from '@phoihop/shared/mediation';
import type { Action } from '@phoihop/shared/policies';
import { makeMe, newId, ward } from '../../../testing/data';

// Records for the mediation tests, parsed by the shared schemas so they follow the contract.
const now = '2026-03-10T08:00:00.000Z';

/** A signed-in officer holding exactly these permissions (the server decides the real ones). */
export const meWith = (...permissions: Action[]): Me => ({
  ...makeMe(['ORG_OFFICER']),
  permissions,
});

export const makeMediator = (overrides: Partial<Mediator> = {}): Mediator =>
  mediatorSchema.parse({
    id: newId(),
    teamId: newId(),
    fullName: 'Trần Thị Hà',
    gender: 'FEMALE',
    birthYear: 1975,
    role: 'MEMBER',
    organisation: null,
    ethnicMinority: false,
    phone: null,
    active: true,
    version: 1,
    ...overrides,
  });

/** A team whose counts, leader and warnings follow from its mediators, as the API derives them. */
export function makeTeam(
  overrides: Partial<MediationTeamDetail> = {},
  mediators: Partial<Mediator>[] = [],
): MediationTeamDetail {
  const id = overrides.id ?? newId();
  const members = mediators.map((m) => makeMediator({ teamId: id, ...m }));
  const active = members.filter((m) => m.active);
  const leader = active.find((m) => m.role === 'LEADER');
  return mediationTeamDetailSchema.parse({
    id,
    unitId: ward.id,
    name: 'Tổ hòa giải tổ dân phố 1',
    area: 'Tổ dân phố 1',
    decisionNumber: null,
    establishedOn: null,
    note: null,
    active: true,
    leader: leader ? { id: leader.id, fullName: leader.fullName } : null,
    mediatorCount: active.length,
    womenCount: active.filter((m) => m.gender === 'FEMALE').length,
    warnings: teamWarningsOf(members),
    version: 1,
    mediators: members,
    ...overrides,
  });
}

export const makeMediationCase = (overrides: Partial<MediationCase> = {}): MediationCase =>
  mediationCaseSchema.parse({
    id: newId(),
    unitId: ward.id,
    team: { id: newId(), name: 'Tổ hòa giải tổ dân phố 1' },
    title: 'Tranh chấp lối đi chung',
    parties: [
      { name: 'Ông Nguyễn Văn Tâm', address: null },
      { name: 'Bà Lê Thị Mai', address: null },
    ],
    identityProtected: false,
    field: 'LAND',
    receivedOn: '2026-02-03',
    mediatedOn: '2026-02-10',
    outcome: 'SUCCESSFUL',
    agreement: 'Hai bên thống nhất mở lối đi rộng 1,5 m',
    referral: null,
    followUp: null,
    case: null,
    mediators: [],
    can: { viewIdentity: false },
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });

export const makeStatistics = (overrides: Partial<MediationStatistics> = {}): MediationStatistics =>
  mediationStatisticsSchema.parse({
    from: '2026-01-01',
    to: '2026-12-31',
    teams: 15,
    mediators: 132,
    women: 41,
    cases: 12,
    successful: 12,
    unsuccessful: 0,
    inProgress: 0,
    successRate: 100,
    byField: [],
    byTeam: [],
    ...overrides,
  });

export const makeLetter = (overrides: Partial<CaseSummary> = {}): CaseSummary =>
  caseSummarySchema.parse({
    id: newId(),
    number: '2026/0031',
    receivedOn: '2026-01-20',
    channel: 'DIRECT',
    kind: 'PETITION',
    field: 'LAND',
    summary: 'Kiến nghị giải quyết tranh chấp lối đi',
    subject: null,
    status: 'RECEIVED',
    petitionerLabel: 'Nguyễn Văn Tâm',
    peopleCount: 1,
    identityProtected: false,
    sourceOrganisation: null,
    assignedOrganisation: null,
    handler: null,
    dueOn: null,
    dueClock: null,
    timeliness: 'none',
    version: 1,
    ...overrides,
  });
