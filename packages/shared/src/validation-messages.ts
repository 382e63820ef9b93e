/**
 * The shared schemas' own validation messages, each under a stable key with its Vietnamese and
 * English text. The API never changes the language, so its problem+json carries the Vietnamese;
 * the SPA sets its language here (lib/i18n) so the same schemas speak English to an English
 * user, and `translateValidationMessage` turns a Vietnamese message the API sent back into a key.
 */
export type MessageLanguage = 'vi' | 'en';
type Params = Record<string, string | number>;

export const validationMessages = {
  required: { vi: 'Không được để trống', en: 'Required' },
  minChars: { vi: 'Ít nhất {min} ký tự', en: 'At least {min} characters' },
  maxChars: { vi: 'Tối đa {max} ký tự', en: 'At most {max} characters' },
  controlChar: {
    vi: 'Có ký tự điều khiển không được phép (như NUL)',
    en: 'Contains a control character that is not allowed (such as NUL)',
  },
  badUnicode: { vi: 'Có ký tự Unicode không hợp lệ', en: 'Contains an invalid Unicode character' },
  bidiChar: {
    vi: 'Có ký tự đảo chiều văn bản không được phép',
    en: 'Contains a text-direction character that is not allowed',
  },
  yearRange: { vi: 'Năm phải từ {min} đến {max}', en: 'The year must be from {min} to {max}' },
  invalidDate: { vi: 'Ngày không hợp lệ (YYYY-MM-DD)', en: 'Not a valid date (YYYY-MM-DD)' },
  periodOrder: {
    vi: 'Ngày cuối kỳ phải từ ngày đầu kỳ trở đi',
    en: 'The end of the period must be on or after its start',
  },
  invalidIfMatch: { vi: 'Tiêu đề If-Match không hợp lệ', en: 'Invalid If-Match header' },
  invalidCursor: { vi: 'Tham số cursor không hợp lệ', en: 'Invalid cursor parameter' },
  passwordMin: {
    vi: 'Mật khẩu phải có ít nhất {min} ký tự',
    en: 'The password must have at least {min} characters',
  },
  passwordMax: {
    vi: 'Mật khẩu không được dài quá {max} ký tự',
    en: 'The password may not be longer than {max} characters',
  },
  otpDigits: { vi: 'Mã xác thực gồm 6 chữ số', en: 'The verification code has 6 digits' },
  tetDays: { vi: 'Tết Âm lịch có 5 ngày nghỉ', en: 'The Lunar New Year holiday has 5 days' },
  idNumber: {
    vi: 'Số CMND/CCCD gồm 9 hoặc 12 chữ số',
    en: 'An ID card number has 9 or 12 digits',
  },
  phone: { vi: 'Số điện thoại không hợp lệ', en: 'Not a valid phone number' },
  commentDeadline: {
    vi: 'Hạn góp ý phải từ ngày gửi trở đi',
    en: 'The comment deadline must be on or after the day sent',
  },
  draftingBody: {
    vi: 'Chọn cơ quan soạn thảo hoặc ghi tên cơ quan soạn thảo',
    en: 'Choose the drafting body or write its name',
  },
  commenter: {
    vi: 'Ghi tổ chức hoặc người góp ý',
    en: 'Give the commenting organisation or person',
  },
  explanation: { vi: 'Ghi lời giải trình', en: 'Write the explanation' },
  addressee: {
    vi: 'Chọn cơ quan, tổ chức nhận hoặc ghi tên cơ quan nhận',
    en: 'Choose the receiving body or organisation, or write its name',
  },
  twoParties: { vi: 'Cần ít nhất hai bên', en: 'At least two parties are needed' },
  regulationParties: {
    vi: 'Quy chế cần ít nhất hai bên ký',
    en: 'A regulation needs at least two signing parties',
  },
  reviewPresent: {
    vi: 'Ghi các tổ chức dự kiểm điểm',
    en: 'Give the organisations present at the review',
  },
  unitCode: {
    vi: 'Mã đơn vị chỉ gồm chữ, số, "-" hoặc "_"',
    en: 'A unit code has only letters, digits, "-" or "_"',
  },
  username: {
    vi: 'Tên đăng nhập 3–50 ký tự: chữ không dấu, số, ".", "_" hoặc "-"',
    en: 'A username has 3–50 characters: unaccented letters, digits, ".", "_" or "-"',
  },
  oneRole: { vi: 'Chọn ít nhất một vai trò', en: 'Choose at least one role' },
  answerDue: {
    vi: 'Hạn trả lời phải từ ngày gửi trở đi',
    en: 'The answer deadline must be on or after the day sent',
  },
  oneHead: {
    vi: 'Chỉ có một trưởng đoàn/trưởng ban',
    en: 'There is only one head of the team or board',
  },
  termEnd: {
    vi: 'Ngày hết nhiệm kỳ phải sau ngày bắt đầu',
    en: 'The end of the term must be after its start',
  },
  supervisedBodies: {
    vi: 'Ghi ít nhất một đối tượng chịu giám sát',
    en: 'Give at least one body under supervision',
  },
  supervisionPeriod: {
    vi: 'Ngày kết thúc phải từ ngày bắt đầu trở đi',
    en: 'The end date must be on or after the start date',
  },
  supervisionDecision: {
    vi: 'Đoàn giám sát thành lập theo quyết định: ghi số và ngày quyết định',
    en: "A supervision team is set up by a decision: give the decision's number and date",
  },
} as const satisfies Record<string, Record<MessageLanguage, string>>;

export type ValidationMessageKey = keyof typeof validationMessages;

let language: MessageLanguage = 'vi';

/** The SPA follows its UI language; the API keeps Vietnamese. */
export function setValidationLanguage(next: MessageLanguage) {
  language = next;
}

export function messageText(
  key: ValidationMessageKey,
  params: Params = {},
  lang: MessageLanguage = language,
): string {
  return validationMessages[key][lang].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}

/** A zod `error` option: the message in the language current when the check fails. */
export const messageOf = (key: ValidationMessageKey, params?: Params) => ({
  error: () => messageText(key, params),
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The key (and parameters) of a message in Vietnamese, e.g. one the API sent; null if unknown. */
export function validationMessageKeyOf(
  text: string,
): { key: ValidationMessageKey; params: Params } | null {
  for (const key of Object.keys(validationMessages) as ValidationMessageKey[]) {
    const names: string[] = [];
    const pattern = escape(validationMessages[key].vi).replace(
      /\\\{(\w+)\\\}/g,
      (_, name: string) => {
        names.push(name);
        return '(.+?)';
      },
    );
    const match = new RegExp(`^${pattern}$`).exec(text);
    if (match) {
      return {
        key,
        params: Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ''])),
      };
    }
  }
  return null;
}

/** A Vietnamese validation message in `lang`; other text is returned as it came. */
export function translateValidationMessage(text: string, lang: MessageLanguage): string {
  const found = validationMessageKeyOf(text);
  return found ? messageText(found.key, found.params, lang) : text;
}
