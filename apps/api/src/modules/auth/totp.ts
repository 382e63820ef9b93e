// TOTP (RFC 6238) through otplib: 6 digits, 30-second steps, SHA-1 as authenticator apps expect.
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

const ISSUER = 'Phối hợp';
const PERIOD_SECONDS = 30;
/** One step either side, for phones whose clock is a little off. */
const TOLERANCE_SECONDS = 30;

export const newTotpSecret = () => generateSecret();

export async function totpSetup(secret: string, username: string) {
  const otpauthUri = generateURI({ issuer: ISSUER, label: username, secret });
  const qrCodeSvg = await QRCode.toString(otpauthUri, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
  });
  return { otpauthUri, qrCodeSvg, secret };
}

/**
 * The time step `token` belongs to when it is valid at `at` and later than `afterStep` (a code
 * already accepted cannot be replayed), else null.
 */
export async function acceptedStep(
  secret: string,
  token: string,
  at: Date,
  afterStep: number | null,
): Promise<number | null> {
  const epoch = Math.floor(at.getTime() / 1000);
  const result = await verify({
    secret,
    token,
    epoch,
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  });
  return result.valid ? Math.floor(epoch / PERIOD_SECONDS) + result.delta : null;
}
