import {
  boxOpeningSchema,
  suggestionBoxSchema,
  suggestionSchema,
  type BoxOpening,
  type Suggestion,
  type SuggestionBox,
} from '@phoihop/shared/suggestions';
import { newId, ward } from '../../../testing/data';

// Records for the suggestion-box tests, parsed by the shared schemas so they follow the contract.
const now = '2026-03-10T08:00:00.000Z';

export const makeBox = (overrides: Partial<SuggestionBox> = {}): SuggestionBox =>
  suggestionBoxSchema.parse({
    id: newId(),
    unitId: ward.id,
    name: 'Hòm thư trụ sở UBND phường',
    location: 'Sảnh bộ phận một cửa',
    placedOn: '2025-01-02',
    keeper: null,
    active: true,
    lastOpenedOn: '2026-03-02',
    suggestionCount: 0,
    version: 1,
    ...overrides,
  });

export const makeOpening = (overrides: Partial<BoxOpening> = {}): BoxOpening =>
  boxOpeningSchema.parse({
    id: newId(),
    box: { id: newId(), name: 'Hòm thư trụ sở UBND phường' },
    openedOn: '2026-03-02',
    openedBy: 'Bà Nguyễn Thị Thu – Phó Chủ tịch UBMTTQ phường',
    witnesses: 'Ông Lê Văn Nam – Trưởng Ban TTND',
    note: null,
    suggestionCount: 0,
    version: 1,
    ...overrides,
  });

export const makeSuggestion = (overrides: Partial<Suggestion> = {}): Suggestion =>
  suggestionSchema.parse({
    id: newId(),
    unitId: ward.id,
    box: { id: newId(), name: 'Hòm thư trụ sở UBND phường' },
    opening: { id: newId(), openedOn: '2026-03-02' },
    summary: 'Đề nghị niêm yết công khai thủ tục cấp giấy phép xây dựng',
    field: 'PUBLIC_SERVICES',
    anonymous: false,
    identityProtected: false,
    author: { name: 'Trần Văn Lộc', address: 'Tổ dân phố 5', phone: '0912000111' },
    status: 'RECEIVED',
    forwardedTo: null,
    forwardedOn: null,
    answer: null,
    filedNote: null,
    case: null,
    can: { manage: true, answer: false, viewIdentity: false },
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });
