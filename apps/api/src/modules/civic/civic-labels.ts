// Vietnamese names of the civic codes, for exports and notifications (the SPA has its own i18n).
import type { PetitionField, PetitionStatus, VoterMeetingKind } from '@phoihop/shared/voter-contact';

export const petitionFieldLabels: Record<PetitionField, string> = {
  LAND: 'Đất đai',
  INFRASTRUCTURE: 'Giao thông, hạ tầng',
  ENVIRONMENT: 'Môi trường',
  SOCIAL_POLICY: 'Chính sách xã hội',
  ADMINISTRATION: 'Thủ tục hành chính',
  SECURITY: 'An ninh, trật tự',
  OTHER: 'Lĩnh vực khác',
};

export const petitionStatusLabels: Record<PetitionStatus, string> = {
  RECORDED: 'Đã ghi nhận',
  SENT: 'Đã chuyển, chờ trả lời',
  ANSWERED: 'Đã trả lời',
  REPORTED_BACK: 'Đã thông tin lại cho cử tri',
};

export const meetingKindLabels: Record<VoterMeetingKind, string> = {
  BEFORE_SESSION: 'Tiếp xúc cử tri trước kỳ họp',
  AFTER_SESSION: 'Tiếp xúc cử tri sau kỳ họp',
  THEMATIC: 'Tiếp xúc cử tri chuyên đề',
};
