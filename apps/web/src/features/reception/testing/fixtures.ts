import type { Me } from '@phoihop/shared/auth';
import { caseSummarySchema, type CaseSummary } from '@phoihop/shared/cases';
import type { Action } from '@phoihop/shared/policies';
import {
  receptionComplianceSchema,
  receptionSessionSchema,
  receptionVisitSchema,
  type ReceptionCompliance,
  type ReceptionSession,
  type ReceptionVisit,
} from '@phoihop/shared/reception';
import { makeMe, newId, ward } from '../../../testing/data';

// Records for the reception tests, parsed by the shared schemas so they follow the contract.
const now = '2026-03-10T08:00:00.000Z';

/** A signed-in officer holding exactly these permissions (the server decides the real ones). */
export const meWith = (...permissions: Action[]): Me => ({
  ...makeMe(['ORG_OFFICER']),
  permissions,
});

export const makeSession = (overrides: Partial<ReceptionSession> = {}): ReceptionSession =>
  receptionSessionSchema.parse({
    id: newId(),
    unitId: ward.id,
    heldOn: '2026-03-05',
    kind: 'LEADERS_MONTHLY',
    location: 'Trụ sở UBND phường',
    hosts: ['PC_CHAIRMAN', 'PARTY_SECRETARY'],
    hostNames: 'Ông Trần Văn Hải – Chủ tịch UBND phường',
    organisations: [],
    note: null,
    visitCount: 0,
    can: { edit: true },
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });

export const makeVisit = (overrides: Partial<ReceptionVisit> = {}): ReceptionVisit =>
  receptionVisitSchema.parse({
    id: newId(),
    sessionId: newId(),
    heldOn: '2026-03-05',
    citizenName: 'Nguyễn Văn Bình',
    address: 'Tổ dân phố 3',
    idNumber: '042080001234',
    phone: '0912345678',
    masked: false,
    groupSize: 1,
    representative: null,
    content: 'Đề nghị giải quyết tranh chấp ranh giới đất với hộ liền kề',
    kind: 'PETITION',
    field: 'LAND',
    documents: null,
    handling: null,
    result: null,
    case: null,
    officerName: 'Lê Thị Hoa',
    can: { viewIdentity: false },
    version: 1,
    createdAt: now,
    ...overrides,
  });

export const makeCompliance = (overrides: Partial<ReceptionCompliance> = {}): ReceptionCompliance =>
  receptionComplianceSchema.parse({
    year: 2026,
    chairmanWeeksMissed: [],
    secretaryMonthsShort: [],
    weeksChecked: 10,
    monthsChecked: 2,
    sessions: 12,
    visits: 30,
    ...overrides,
  });

export const makeCaseSummary = (overrides: Partial<CaseSummary> = {}): CaseSummary =>
  caseSummarySchema.parse({
    id: newId(),
    number: '2026/0048',
    receivedOn: '2026-02-20',
    channel: 'POST',
    kind: 'PETITION',
    field: 'LAND',
    summary: 'Kiến nghị cấp giấy chứng nhận quyền sử dụng đất',
    subject: null,
    status: 'RECEIVED',
    petitionerLabel: 'Nguyễn Văn Bình',
    peopleCount: 1,
    identityProtected: false,
    sourceOrganisation: null,
    assignedOrganisation: null,
    handler: null,
    dueOn: '2026-03-02',
    dueClock: 'processing',
    timeliness: 'on-track',
    version: 1,
    ...overrides,
  });
