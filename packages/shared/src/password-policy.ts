// Password rules of ASVS V6.2 / NIST SP 800-63B: length and guessability, no composition rules.
// Heavy (zxcvbn's dictionaries): the SPA imports it lazily, never from the sign-in page.
// zxcvbn's common-password and word dictionaries ship with the app and are checked offline.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX_LENGTH } from './auth.ts';
import { foldText } from './text.ts';

/** zxcvbn's score 3: about 10^8 guesses, "safely unguessable" for an online attacker. */
const MIN_SCORE = 3;

const zxcvbn = new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });

export type PasswordProblem = 'TOO_GUESSABLE' | 'HAS_USERNAME' | 'HAS_UNIT_NAME';

export interface PasswordContext {
  username?: string | null | undefined;
  unitName?: string | null | undefined;
}

/** Folded and without spaces or punctuation, so "Bến Nghé" is found in "bennghe2026". */
const squash = (value: string) => foldText(value).replace(/[^a-z0-9]/g, '');

/** Unit names carry their kind ("Phường …"); the distinctive part is what a user would type. */
const unitNameForms = (unitName: string) => {
  const full = squash(unitName);
  const bare = squash(unitName.replace(/^\s*(phường|xã|đặc khu|tỉnh|thành phố)\s+/iu, ''));
  return [full, bare].filter((form) => form.length >= 3);
};

/** 0 (very guessable) to 4; the SPA shows it as the user types. */
export function passwordScore(password: string, context: PasswordContext = {}): number {
  const inputs = [context.username, context.unitName].filter((v): v is string => !!v);
  return zxcvbn.check(
    password.slice(0, PASSWORD_MAX_LENGTH),
    inputs.flatMap((v) => [v, squash(v)]),
  ).score;
}

/** Why a new password is refused, or null when it may be used (length is the schema's job). */
export function passwordProblem(
  password: string,
  context: PasswordContext = {},
): PasswordProblem | null {
  const folded = squash(password);
  const username = context.username ? squash(context.username) : '';
  if (username.length >= 3 && folded.includes(username)) return 'HAS_USERNAME';
  if (context.unitName && unitNameForms(context.unitName).some((form) => folded.includes(form))) {
    return 'HAS_UNIT_NAME';
  }
  return passwordScore(password, context) < MIN_SCORE ? 'TOO_GUESSABLE' : null;
}

export const passwordProblemMessages: Record<PasswordProblem, { vi: string; en: string }> = {
  TOO_GUESSABLE: {
    vi: 'Mật khẩu quá phổ biến hoặc dễ đoán; hãy dùng một cụm vài từ ít gặp',
    en: 'This password is too common or easy to guess; try a phrase of a few uncommon words',
  },
  HAS_USERNAME: {
    vi: 'Mật khẩu không được chứa tên đăng nhập',
    en: 'The password must not contain the username',
  },
  HAS_UNIT_NAME: {
    vi: 'Mật khẩu không được chứa tên đơn vị',
    en: 'The password must not contain the unit’s name',
  },
};
