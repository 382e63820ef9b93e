// Vietnamese names of a case's codes, for exports and notifications (the SPA has its own i18n).
import type { CaseKind, CaseStatus } from '@phoihop/shared/case-clocks';
import type { CaseChannel, CaseField } from '@phoihop/shared/cases';

export const statusLabels: Record<CaseStatus, string> = {
  RECEIVED: 'Mới tiếp nhận',
  ACCEPTED: 'Đã thụ lý',
  VERIFYING: 'Đang xác minh',
  DIALOGUE: 'Đang đối thoại',
  DECIDED: 'Đã có quyết định/kết luận',
  CLOSED: 'Đã kết thúc',
  DECLINED: 'Không thụ lý',
  FORWARDED: 'Đã chuyển đơn',
  GUIDED: 'Đã hướng dẫn',
  FILED: 'Lưu đơn',
  DUPLICATE: 'Đơn trùng',
  WITHDRAWN: 'Đã rút đơn',
};

export const kindLabels: Record<CaseKind, string> = {
  COMPLAINT: 'Khiếu nại',
  DENUNCIATION: 'Tố cáo',
  PETITION: 'Kiến nghị',
  FEEDBACK: 'Phản ánh',
};

export const channelLabels: Record<CaseChannel, string> = {
  DIRECT: 'Trực tiếp',
  RECEPTION: 'Tiếp công dân',
  POST: 'Bưu chính',
  SUGGESTION_BOX: 'Hòm thư góp ý',
  FRONT_FORWARDED: 'MTTQ chuyển đến',
  ORGANISATION_FORWARDED: 'Tổ chức đoàn thể chuyển đến',
  HIGHER_AUTHORITY: 'Cấp trên chuyển đến',
  ONLINE: 'Trực tuyến',
};

export const fieldLabels: Record<CaseField, string> = {
  LAND: 'Đất đai',
  ENVIRONMENT: 'Môi trường',
  SOCIAL_POLICY: 'Chính sách xã hội',
  ADMINISTRATION: 'Hành chính',
  OTHER: 'Khác',
};
