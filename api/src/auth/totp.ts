import { Secret, TOTP } from 'otpauth';
import { createHash, randomInt } from 'node:crypto';
import { RECOVERY_CODE_COUNT } from '../domain/identity';

/** RFC 6238 with the parameters every authenticator app understands: SHA-1, 6 digits, 30 s. */
const PERIOD = 30;
/** One step either side: a phone clock a little off, or a code typed as it changed. */
const WINDOW = 1;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, account: string): TOTP {
  return new TOTP({
    issuer: 'Traject',
    label: account,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

/** What the authenticator app scans: the otpauth:// address and the same as a QR code (PNG data URL). */
export async function enrolmentOffer(
  secret: string,
  account: string,
): Promise<{ secret: string; otpauthUrl: string; qrCode: string }> {
  const otpauthUrl = totp(secret, account).toString();
  return {
    secret,
    otpauthUrl,
    // Loaded on first use (an enrolment): 10 MB the API need not hold.
    qrCode: await (await import('qrcode')).toDataURL(otpauthUrl, { margin: 2, scale: 6, errorCorrectionLevel: 'M' }),
  };
}

/** The time step a code belongs to (within the window), or null when it matches none. */
export function matchingStep(secret: string, code: string, now = Date.now()): number | null {
  const delta = totp(secret, '').validate({ token: code, window: WINDOW, timestamp: now });
  return delta === null ? null : TOTP.counter({ period: PERIOD, timestamp: now }) + delta;
}

/** Ten recovery codes of 80 random bits each (so a SHA-256 of them is safe to store). */
export function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

export const recoveryCodeHash = (normalised: string) => createHash('sha256').update(normalised).digest('hex');
