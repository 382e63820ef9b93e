// Ten one-time recovery codes of 10 characters (about 50 random bits each) in an alphabet without
// look-alikes; only a SHA-256 of each is stored, which is enough for random codes this long.
import { createHash, randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

const randomCode = () =>
  Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** Shown as `xxxxx-xxxxx`. */
export const newRecoveryCodes = () =>
  Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const code = randomCode();
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });

/** Case, spaces and dashes do not matter when the code is typed back. */
export const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(code.toLowerCase().replace(/[\s-]/g, '')).digest('hex');
