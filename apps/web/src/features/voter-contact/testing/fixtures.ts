import {
  voterMeetingDetailSchema,
  voterPetitionSchema,
  type VoterMeetingDetail,
  type VoterPetition,
} from '@phoihop/shared/voter-contact';
import { newId, ward } from '../../../testing/data';

// Records for the voter-contact tests, parsed by the shared schemas so they follow the contract.
const now = '2026-03-10T08:00:00.000Z';

export const committee = { id: newId(), name: 'Ủy ban nhân dân phường', shortName: 'UBND phường' };

export const makeMeeting = (overrides: Partial<VoterMeetingDetail> = {}): VoterMeetingDetail =>
  voterMeetingDetailSchema.parse({
    id: newId(),
    unitId: ward.id,
    kind: 'BEFORE_SESSION',
    councilSession: 'Kỳ họp thứ 5, HĐND phường khóa I',
    theme: null,
    heldOn: '2026-03-05',
    location: 'Nhà văn hóa tổ dân phố 3',
    delegates: ['Bà Lê Thị Hạnh – Phó Chủ tịch HĐND phường'],
    voterCount: 85,
    note: null,
    minutesFile: null,
    petitions: { total: 0, awaiting: 0, overdue: 0 },
    petitionList: [],
    reportedBack: [],
    can: { manage: true },
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });

export const makePetition = (overrides: Partial<VoterPetition> = {}): VoterPetition =>
  voterPetitionSchema.parse({
    id: newId(),
    unitId: ward.id,
    meeting: { id: newId(), heldOn: '2026-03-05', kind: 'BEFORE_SESSION', location: 'Nhà văn hóa' },
    ordinal: 1,
    content: 'Đề nghị sửa chữa tuyến đường tổ dân phố 3 bị xuống cấp',
    field: 'INFRASTRUCTURE',
    voterName: 'Cử tri tổ dân phố 3',
    addressee: null,
    sentOn: null,
    dueOn: null,
    status: 'RECORDED',
    overdue: false,
    answeredLate: null,
    answer: null,
    reportedBackAt: null,
    can: { manage: true, answer: false },
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });
