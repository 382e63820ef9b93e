import { z } from 'zod';

/** Stable machine codes; clients branch on these, never on messages. */
export const errorCodes = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  MFA_REQUIRED: 401,
  MFA_INVALID_CODE: 401,
  MFA_ENROLMENT_REQUIRED: 403,
  ACCOUNT_DISABLED: 403,
  UNIT_INACTIVE: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  DUPLICATE: 409,
  TRANSITION_NOT_ALLOWED: 409,
  COMMENT_PERIOD_CLOSED: 409,
  SUPERVISION_NOT_STARTED: 409,
  PRECONDITION_REQUIRED: 428,
  RATE_LIMITED: 429,
  FILE_TYPE_MISMATCH: 415,
  PREVIEW_NOT_AVAILABLE: 415,
  TOO_MANY_FILES: 400,
  UPLOAD_QUOTA_EXCEEDED: 429,
  LOGIN_THROTTLED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

/**
 * Codes with which the API refuses all but the set-up routes (me, sign-out, the step itself)
 * while an account must finish setting up; the SPA then reloads `me` and shows that step.
 */
export const setupRequiredCodes = [
  'PASSWORD_CHANGE_REQUIRED',
  'MFA_ENROLMENT_REQUIRED',
] as const satisfies ErrorCode[];
export type SetupRequiredCode = (typeof setupRequiredCodes)[number];

export const errorMessages: Record<ErrorCode, { vi: string; en: string }> = {
  VALIDATION_FAILED: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid data' },
  BAD_REQUEST: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  UNAUTHENTICATED: { vi: 'Vui lòng đăng nhập', en: 'Please sign in' },
  INVALID_CREDENTIALS: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
    en: 'Wrong username or password',
  },
  MFA_REQUIRED: {
    vi: 'Nhập mã xác thực 6 số từ ứng dụng xác thực hoặc một mã khôi phục',
    en: 'Enter the 6-digit code from your authenticator app or a recovery code',
  },
  MFA_INVALID_CODE: {
    vi: 'Mã xác thực không đúng, đã hết hạn hoặc đã được dùng',
    en: 'The code is wrong, expired or already used',
  },
  MFA_ENROLMENT_REQUIRED: {
    vi: 'Tài khoản này phải bật xác thực hai lớp trước khi sử dụng',
    en: 'This account must set up two-step verification first',
  },
  ACCOUNT_DISABLED: { vi: 'Tài khoản đã bị vô hiệu hóa', en: 'Account disabled' },
  UNIT_INACTIVE: {
    vi: 'Đơn vị của bạn đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên cấp tỉnh',
    en: 'Your unit has been deactivated. Please contact the province administrator',
  },
  PASSWORD_CHANGE_REQUIRED: {
    vi: 'Bạn cần đổi mật khẩu được cấp trước khi tiếp tục',
    en: 'Change the password you were given before going on',
  },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You may not do this' },
  CSRF_FAILED: {
    vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang',
    en: 'Invalid session token, please reload the page',
  },
  NOT_FOUND: { vi: 'Không tìm thấy', en: 'Not found' },
  CONFLICT: { vi: 'Xung đột dữ liệu', en: 'Conflict' },
  VERSION_CONFLICT: {
    vi: 'Bản ghi đã được người khác thay đổi. Vui lòng tải lại và thử lại',
    en: 'Someone else changed this record. Reload and try again',
  },
  DUPLICATE: { vi: 'Đã tồn tại', en: 'Already exists' },
  TRANSITION_NOT_ALLOWED: {
    vi: 'Bước xử lý này không được phép ở trạng thái hiện tại của vụ việc',
    en: 'This step is not allowed where the case stands now',
  },
  COMMENT_PERIOD_CLOSED: {
    vi: 'Đã hết hạn góp ý dự thảo này',
    en: 'The comment period for this draft has ended',
  },
  SUPERVISION_NOT_STARTED: {
    vi: 'Chưa đến ngày bắt đầu của cuộc giám sát',
    en: 'The supervision period has not started yet',
  },
  PRECONDITION_REQUIRED: {
    vi: 'Thiếu phiên bản bản ghi (If-Match)',
    en: 'The record version (If-Match) is missing',
  },
  RATE_LIMITED: {
    vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau',
    en: 'Too many requests, try again later',
  },
  FILE_TYPE_MISMATCH: {
    vi: 'Nội dung tệp không đúng với loại tệp đã khai',
    en: 'The file content does not match its declared type',
  },
  PREVIEW_NOT_AVAILABLE: {
    vi: 'Chỉ xem trước được tệp PDF và ảnh JPG, PNG; hãy tải tệp này về',
    en: 'Only PDF files and JPG or PNG pictures can be previewed; download this file instead',
  },
  TOO_MANY_FILES: { vi: 'Mỗi lần chỉ gửi một tệp', en: 'Send one file at a time' },
  UPLOAD_QUOTA_EXCEEDED: {
    vi: 'Đã vượt hạn mức tải tệp trong ngày, vui lòng thử lại sau',
    en: 'Daily upload quota reached, try again later',
  },
  LOGIN_THROTTLED: {
    vi: 'Đăng nhập sai quá nhiều lần từ địa chỉ này, vui lòng chờ rồi thử lại',
    en: 'Too many failed sign-ins from this address; wait and try again',
  },
  INTERNAL: { vi: 'Lỗi hệ thống, vui lòng thử lại sau', en: 'Server error, try again later' },
  UNAVAILABLE: { vi: 'Hệ thống tạm thời không sẵn sàng', en: 'Service unavailable' },
};

export const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details, as every error response body. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  requestId: z.string().optional(),
  errors: z.array(fieldErrorSchema).optional(),
  /** Extra machine-readable facts, e.g. `retryAfterSeconds` for LOGIN_THROTTLED. */
  meta: z.record(z.string(), z.unknown()).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
