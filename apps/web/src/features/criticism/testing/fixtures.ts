import {
  draftCommentSchema,
  draftDetailSchema,
  type DraftComment,
  type DraftDetail,
} from '@phoihop/shared/criticism';
import { addDays, todayInVietnam } from '@phoihop/shared/dates';
import { newId, ward } from '../../../testing/data';

// Records for the social criticism tests, parsed by the shared schemas so they follow the contract.
const now = '2026-03-10T08:00:00.000Z';
const today = todayInVietnam();

export const committee = { id: newId(), name: 'Ủy ban nhân dân phường', shortName: 'UBND phường' };

export const makeDraft = (overrides: Partial<DraftDetail> = {}): DraftDetail =>
  draftDetailSchema.parse({
    id: newId(),
    unitId: ward.id,
    title: 'Dự thảo Đề án chỉnh trang đô thị phường giai đoạn 2026–2030',
    draftingOrganisation: committee,
    draftingBody: committee.name,
    summary: null,
    file: null,
    submittedOn: addDays(today, -5),
    commentDeadline: addDays(today, 10),
    phase: 'OPEN',
    commentCount: 0,
    pendingResponses: 0,
    comments: [],
    consolidated: null,
    can: { manage: false, comment: true, respond: false },
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });

export const makeComment = (overrides: Partial<DraftComment> = {}): DraftComment =>
  draftCommentSchema.parse({
    id: newId(),
    draftId: newId(),
    organisation: { id: newId(), name: 'Hội Liên hiệp Phụ nữ phường', shortName: 'Hội LHPN' },
    personName: null,
    point: 'Điều 5, khoản 2',
    content: 'Đề nghị bổ sung chỉ tiêu cây xanh trong các khu dân cư',
    createdBy: { id: newId(), fullName: 'Trần Thị Bình' },
    createdAt: now,
    response: 'PENDING',
    responseText: null,
    respondedOn: null,
    respondedBy: null,
    can: { edit: false, respond: true },
    version: 1,
    ...overrides,
  });
