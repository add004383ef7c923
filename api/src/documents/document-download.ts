import { Logger } from '@nestjs/common';
import contentDisposition from 'content-disposition';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ALLOWED_TYPES } from '../domain/documents';
import type { DocumentVersion } from './document.entity';
import type { DocumentStore } from './document-store';

const logger = new Logger('DocumentDownload');

/** Served with every document: nothing in it may run as the console. */
const SANDBOX = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'";

/** `attachment; filename="Statuts - AG.pdf"; filename*=UTF-8''Statuts%20%E2%80%93%20AG.pdf`: RFC 6266 with an RFC 5987 name. */
export function dispositionFor(fileName: string, inline: boolean): string {
  return contentDisposition(fileName, { type: inline ? 'inline' : 'attachment' });
}

/**
 * Streams one version: whole (its SHA-256 checked on the way: a mismatch cuts the download and is logged),
 * or one byte range (206) for previews. Previews (`inline`) only for PDFs and images; everything else
 * is an attachment. Always `nosniff` and a sandboxing Content-Security-Policy.
 */
export async function sendVersion(
  req: Request,
  res: Response,
  store: DocumentStore,
  version: DocumentVersion,
  inline: boolean,
): Promise<void> {
  const size = version.sizeBytes;
  const preview = inline && !!ALLOWED_TYPES[version.mediaType]?.preview;
  res.setHeader('Content-Type', version.mediaType);
  res.setHeader('Content-Disposition', dispositionFor(version.fileName, preview));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', SANDBOX);
  res.setHeader('Cache-Control', 'private, no-cache, no-transform');
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('ETag', `"${version.sha256}"`);
  res.setHeader('Repr-Digest', `sha-256=:${Buffer.from(version.sha256, 'hex').toString('base64')}:`);

  const ranges = req.headers.range ? req.range(size) : undefined;
  if (ranges === -1 || (ranges === -2 && req.headers.range)) {
    res.status(416).setHeader('Content-Range', `bytes */${size}`);
    res.end();
    return;
  }
  const ifRange = req.headers['if-range'];
  const single =
    Array.isArray(ranges) &&
    ranges.type === 'bytes' &&
    ranges.length === 1 &&
    (!ifRange || ifRange === `"${version.sha256}"`)
      ? ranges[0]
      : null;
  if (single) {
    res.status(206);
    res.setHeader('Content-Range', `bytes ${single.start}-${single.end}/${size}`);
    res.setHeader('Content-Length', String(single.end - single.start + 1));
    await pipeline(store.read(version, single), res);
    return;
  }
  res.status(200);
  res.setHeader('Content-Length', String(size));
  // The last piece is held back until the whole content has been hashed: on a mismatch the client never
  // receives Content-Length bytes, so a corrupted document cannot pass for a complete one.
  const hash = createHash('sha256');
  let held: Buffer | null = null;
  const checked = new Transform({
    transform(piece: Buffer, _encoding, done) {
      hash.update(piece);
      const previous = held;
      held = piece;
      done(null, previous ?? undefined);
    },
    flush(done) {
      const actual = hash.digest('hex');
      if (actual === version.sha256) return done(null, held ?? undefined);
      logger.error(
        `Version ${version.id} no longer matches its checksum (stored ${version.sha256}, read ${actual}): download cut`,
      );
      done(new Error('document.checksum_mismatch'));
    },
  });
  await pipeline(store.read(version), checked, res);
}
