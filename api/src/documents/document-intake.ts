import { HttpStatus } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { displayName, typeRefusal } from '../domain/documents';
import { ClamdScan } from './antivirus';
import { detectMediaType, SNIFF_BYTES } from './content-type';
import { DocumentRefusal } from './document-errors';
import type { DocumentStore } from './document-store';
import type { IncomingFile } from './multipart-upload';

/** Files up to this size are kept in memory while they stream, so their text is extracted before the answer. */
const INLINE_EXTRACTION_BYTES = 2 * 1024 * 1024;

/** A version whose bytes are written (not yet committed), with what was learnt on the way. */
export interface ReceivedVersion {
  versionId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  chunkBytes: number;
  /** The whole content when it is small (for extraction), else null. */
  smallContent: Buffer | null;
}

/** An infected upload: refused (422), and the attempt logged by the caller after the rollback. */
export class InfectedUpload extends DocumentRefusal {
  constructor(
    readonly signature: string,
    readonly fileName: string,
  ) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, 'document.infected', { signature }, 'file');
  }
}

/**
 * Streams one upload into the store inside `manager`'s transaction: the type is decided from the first
 * 64 KiB (415 naming it when refused, before the rest is read), every byte goes through SHA-256 and,
 * when configured, clamd, and nothing but a few chunks is ever held in memory.
 */
export async function receiveVersion(
  manager: EntityManager,
  store: DocumentStore,
  file: IncomingFile,
  clamav: { host: string; port: number } | undefined,
): Promise<ReceivedVersion> {
  const fileName = displayName(file.fileName);
  const iterator = file.pieces[Symbol.asyncIterator]();
  const headParts: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    headParts.push(next.value);
    headBytes += next.value.length;
  }
  const head = Buffer.concat(headParts, headBytes);
  if (!head.length) throw new DocumentRefusal(HttpStatus.BAD_REQUEST, 'document.empty', {}, 'file');
  const mediaType = await detectMediaType(head.subarray(0, SNIFF_BYTES), fileName);
  const refusal = typeRefusal(mediaType, fileName);
  if (refusal)
    throw new DocumentRefusal(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      `document.${refusal}`,
      { found: mediaType, fileName },
      'file',
    );

  const hash = createHash('sha256');
  const scan = clamav ? new ClamdScan(clamav.host, clamav.port) : null;
  let sizeBytes = 0;
  let small: Buffer[] | null = [];
  async function* everything(): AsyncIterable<Buffer> {
    const take = async (piece: Buffer) => {
      hash.update(piece);
      sizeBytes += piece.length;
      if (small && sizeBytes <= INLINE_EXTRACTION_BYTES) small.push(piece);
      else small = null;
      if (scan) await scan.send(piece);
    };
    await take(head);
    yield head;
    if (ended) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      await take(next.value);
      yield next.value;
    }
  }
  const versionId = randomUUID();
  try {
    const { chunkBytes } = await store.write(manager, versionId, everything());
    if (scan) {
      const verdict = await scan.verdict();
      if (!verdict.clean) throw new InfectedUpload(verdict.signature, fileName);
    }
    const smallParts = small as Buffer[] | null;
    return {
      versionId,
      fileName,
      mediaType,
      sizeBytes,
      sha256: hash.digest('hex'),
      chunkBytes,
      smallContent: smallParts ? Buffer.concat(smallParts) : null,
    };
  } catch (error) {
    scan?.abort();
    throw error;
  }
}
