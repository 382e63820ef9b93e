import { auditEntrySchema, type AuditEntry } from '@phoihop/shared/audit';
import { meSchema, type Me } from '@phoihop/shared/auth';
import { organisationSchema, type Organisation } from '@phoihop/shared/organisations';
import {
  planItemSchema,
  planSchema,
  taskRowSchema,
  type Plan,
  type PlanItem,
  type TaskRow,
} from '@phoihop/shared/plans';
import { permissionsOf, requiresSecondFactor } from '@phoihop/shared/policies';
import type { Role } from '@phoihop/shared/roles';
import { unitSchema, type Unit } from '@phoihop/shared/units';
import { userSchema, type User } from '@phoihop/shared/users';

/*
 * Test records, always passed through the shared schemas: if the contract changes,
 * these factories (and so the tests) fail instead of drifting.
 */
let counter = 0;
export const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const now = '2025-03-10T08:00:00.000Z';

export const ward = { id: newId(), code: 'P-BEN-NGHE', name: 'Phường Bến Nghé' };
export const frontOrg = {
  id: newId(),
  name: 'Ủy ban MTTQ Việt Nam phường Bến Nghé',
  shortName: 'MTTQ',
  kind: 'FATHERLAND_FRONT' as const,
};

/** A signed-in user; one who must have a second factor has it unless `secondFactor` says otherwise. */
export function makeMe(
  roles: Role[],
  overrides: Partial<Me['user']> = {},
  secondFactor?: Me['secondFactor'],
): Me {
  const user = {
    id: newId(),
    username: 'nguyenvana',
    fullName: 'Nguyễn Văn An',
    position: 'Chuyên viên',
    locale: 'vi' as const,
    mustChangePassword: false,
    roles,
    ...overrides,
  };
  const actor = { id: user.id, unitId: ward.id, organisationId: frontOrg.id, roles };
  const required = requiresSecondFactor({ ...actor, organisationKind: frontOrg.kind });
  return meSchema.parse({
    user,
    unit: ward,
    organisation: frontOrg,
    secondFactor: secondFactor ?? { required, enrolled: required },
    permissions: permissionsOf(actor),
    csrfToken: 'csrf-token-for-tests',
  });
}

export const makeUser = (overrides: Partial<User> = {}): User =>
  userSchema.parse({
    id: newId(),
    unitId: ward.id,
    organisationId: frontOrg.id,
    organisationName: frontOrg.name,
    username: `user${counter}`,
    fullName: 'Trần Thị Bình',
    position: null,
    email: null,
    phone: null,
    roles: ['ORG_OFFICER'],
    active: true,
    lastLoginAt: null,
    mustChangePassword: false,
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });

export const makeOrganisation = (overrides: Partial<Organisation> = {}): Organisation =>
  organisationSchema.parse({
    id: newId(),
    unitId: ward.id,
    kind: 'WOMENS_UNION',
    name: 'Hội Liên hiệp Phụ nữ phường',
    shortName: 'HPN',
    active: true,
    sortOrder: 1,
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });

export const makeUnit = (overrides: Partial<Unit> = {}): Unit =>
  unitSchema.parse({
    id: newId(),
    code: `U${counter}`,
    name: 'Phường Đa Kao',
    kind: 'WARD',
    parentId: null,
    parentName: null,
    active: true,
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });

export const makeAuditEntry = (overrides: Partial<AuditEntry> = {}): AuditEntry =>
  auditEntrySchema.parse({
    id: String(++counter),
    at: now,
    unitId: ward.id,
    actorId: null,
    actorName: 'Nguyễn Văn An',
    action: 'user.create',
    entityType: 'User',
    entityId: newId(),
    changes: { fullName: 'Trần Thị Bình' },
    requestId: 'req-1',
    ...overrides,
  });

export const makePlan = (overrides: Partial<Plan> = {}): Plan =>
  planSchema.parse({
    id: newId(),
    unitId: ward.id,
    regulationId: null,
    regulationNumber: null,
    year: 2026,
    title: 'Chương trình phối hợp năm 2026',
    status: 'IN_PROGRESS',
    reviewPeriods: ['Q1', 'Q2', 'Q3', 'YEAR_END'],
    approvedAt: now,
    approvedBy: { id: newId(), fullName: 'Lê Văn Lãnh' },
    closedAt: null,
    sourcePlanId: null,
    progress: 40,
    counts: { tasks: 2, done: 0, overdue: 1 },
    reviewsDue: [],
    assessment: { strengths: null, limitations: null, causes: null, solutions: null },
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });

export const womensUnion = { id: newId(), name: 'Hội Liên hiệp Phụ nữ phường', shortName: 'HPN' };

export const makePlanItem = (overrides: Partial<PlanItem> = {}): PlanItem =>
  planItemSchema.parse({
    id: newId(),
    planId: newId(),
    parentId: null,
    kind: 'TASK',
    code: '1.1',
    depth: 1,
    position: 0,
    title: 'Tuyên truyền, vận động Nhân dân',
    description: null,
    lead: womensUnion,
    partners: [frontOrg],
    startDate: '2026-01-01',
    dueDate: '2026-06-30',
    recurrence: 'NONE',
    expectedOutput: null,
    targetValue: null,
    targetUnit: null,
    achievedValue: null,
    reportedPercent: null,
    weight: 1,
    status: 'IN_PROGRESS',
    completedOn: null,
    lastReportedOn: null,
    nextDueOn: '2026-06-30',
    timeliness: 'on-track',
    progress: 0,
    can: { edit: false, updateStatus: false, postProgress: false },
    version: 1,
    ...overrides,
  });

export const makeTaskRow = (overrides: Partial<TaskRow> = {}): TaskRow =>
  taskRowSchema.parse({ ...makePlanItem(), planYear: 2026, areaTitle: null, ...overrides });
