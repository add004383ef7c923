import jsQR from 'jsqr';
import { Secret, TOTP } from 'otpauth';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS package without type declarations: typed here
const { PNG } = require('pngjs') as {
  PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } };
};

/** What an authenticator app does: reads the otpauth:// address out of the QR code image (a PNG data URL). */
export function scanQrCode(dataUrl: string): string {
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) throw new Error('no QR code in the image');
  return found.data;
}

/** The app's code for the secret of an otpauth:// address, `steps` periods from now (-1, 0 or +1 are accepted). */
export function appCode(otpauthUrl: string, steps = 0): string {
  const secret = new URL(otpauthUrl).searchParams.get('secret')!;
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: Date.now() + steps * 30_000,
  });
}

/** Waits out the last 3 s of a 30 s period, so that a code computed now is checked in the same period. */
export async function awayFromStepEdge(): Promise<void> {
  const intoPeriod = Date.now() % 30_000;
  if (intoPeriod > 27_000) await new Promise((done) => setTimeout(done, 30_000 - intoPeriod + 200));
}
