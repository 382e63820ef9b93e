import {
  caseSchema,
  caseSummarySchema,
  clockSettingsSchema,
  type Case,
  type CaseSummary,
  type ClockSettings,
} from '@phoihop/shared/cases';
import { defaultLegalSettings } from '@phoihop/shared/legal-rules';
import { frontOrg, newId, ward } from '../../../testing/data';

/*
 * Case records for the tests, passed through the shared schemas so a contract change fails
 * the tests instead of drifting from them.
 */
const at = '2026-02-10T02:00:00.000Z';

export const makeCaseSummary = (overrides: Partial<CaseSummary> = {}): CaseSummary =>
  caseSummarySchema.parse({
    id: newId(),
    number: '2026/0001',
    receivedOn: '2026-02-10',
    channel: 'DIRECT',
    kind: 'COMPLAINT',
    field: 'LAND',
    summary: 'Khiếu nại việc thu hồi đất làm đường liên thôn',
    subject: null,
    status: 'RECEIVED',
    petitionerLabel: 'Nguyễn Văn Bình',
    peopleCount: 1,
    identityProtected: false,
    sourceOrganisation: null,
    assignedOrganisation: null,
    handler: null,
    dueOn: '2026-02-23',
    dueClock: 'acceptance',
    timeliness: 'on-track',
    version: 1,
    ...overrides,
  });

export const makeCase = (overrides: Partial<Case> = {}): Case =>
  caseSchema.parse({
    ...makeCaseSummary(),
    unitId: ward.id,
    sourceReference: null,
    location: null,
    anonymous: false,
    severalLocations: false,
    instance: 1,
    relatedCase: null,
    relation: null,
    duplicateOf: null,
    duplicates: [],
    complexity: 'NORMAL',
    remote: false,
    classifiedOn: null,
    acceptedOn: null,
    decidedOn: null,
    decisionNumber: null,
    outcome: null,
    publishedOn: null,
    closedOn: null,
    declineReasonCode: null,
    declineReason: null,
    forwardedTo: null,
    forwardLetterNumber: null,
    forwardLetterDate: null,
    extensionDays: [],
    pausedSince: null,
    handledOn: null,
    handledOnTime: null,
    petitioners: [
      {
        id: newId(),
        fullName: 'Nguyễn Văn Bình',
        address: 'Tổ dân phố 3, phường Hoành Sơn',
        idNumber: '042086001234',
        phone: '0912345678',
        representative: false,
        masked: false,
      },
    ],
    clocks: [
      {
        key: 'acceptance',
        days: 10,
        dayKind: 'calendar',
        basis: 'Luật Khiếu nại 2011, Điều 27',
        unconfirmed: false,
        from: '2026-02-10',
        extensionDays: 0,
        due: '2026-02-23',
        metOn: null,
        state: 'on-track',
      },
    ],
    attachments: [],
    events: [],
    receptionVisits: [],
    availableActions: [],
    can: { edit: false, viewIdentity: false, attach: false },
    createdAt: at,
    updatedAt: at,
    ...overrides,
  });

/** A denunciation whose denouncer the caller may not see: every identity field null. */
export const makeMaskedDenunciation = (overrides: Partial<Case> = {}): Case =>
  makeCase({
    number: '2026/0002',
    kind: 'DENUNCIATION',
    summary: 'Tố cáo cán bộ địa chính nhận tiền khi làm sổ đỏ',
    petitionerLabel: 'Người tố cáo (được bảo mật)',
    identityProtected: true,
    channel: 'FRONT_FORWARDED',
    sourceOrganisation: frontOrg,
    petitioners: [
      {
        id: newId(),
        fullName: null,
        address: null,
        idNumber: null,
        phone: null,
        representative: false,
        masked: true,
      },
    ],
    attachments: [{ file: null, kind: 'LETTER', protected: true }],
    ...overrides,
  });

export const makeClockSettings = (today = '2026-02-10'): ClockSettings =>
  clockSettingsSchema.parse({ legal: defaultLegalSettings, holidays: {}, today });
