// Seals small secrets (TOTP keys) at rest with AES-256-GCM under SECOND_FACTOR_KEY. Without a
// key they are stored as they are; a sealed value always starts with `v1.` (base32 never has '.').
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from './app-error.ts';

const PREFIX = 'v1.';

export function sealSecret(key: Buffer | null, plain: string): string {
  if (!key) return plain;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return PREFIX + [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function openSecret(key: Buffer | null, stored: string): string {
  if (!stored.startsWith(PREFIX)) return stored;
  // A sealed key with no key configured (or another key) cannot be read: a setup error.
  if (!key) throw new AppError('INTERNAL', { message: 'SECOND_FACTOR_KEY is not set' });
  const [iv, tag, body] = stored
    .slice(PREFIX.length)
    .split('.')
    .map((p) => Buffer.from(p, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key, iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
}
