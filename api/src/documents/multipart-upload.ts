import { HttpStatus } from '@nestjs/common';
import busboy from 'busboy';
import type { Request } from 'express';
import { Readable } from 'node:stream';
import { fieldError } from '../common/errors/coded-error';
import { ValidationFailed } from '../common/errors/validation-errors';
import { DocumentRefusal } from './document-errors';

/** The file part of an upload, as it arrives: never written to disk, never held whole in memory. */
export interface IncomingFile {
  fileName: string;
  /** Throws a 413 once more than the allowed bytes have come. */
  pieces: AsyncIterable<Buffer>;
}

class DocumentTooLarge extends DocumentRefusal {
  constructor(maxMb: number) {
    super(HttpStatus.PAYLOAD_TOO_LARGE, 'document.too_large', { maxMb }, 'file');
  }
}

/** Room for the form's text fields and boundaries beside the file itself. */
const FORM_OVERHEAD = 64 * 1024;
/** After a refusal, how long what the client still sends is read and dropped before the connection is cut. */
const LINGER_MS = 10_000;

/**
 * A lingering close: after a refusal, what the client still sends is read and dropped (up to `maxBytes` more, for
 * at most LINGER_MS), so that it finishes writing and reads the answer instead of meeting a closed connection (a
 * broken pipe, with the 413 unread); past either bound the connection is cut.
 */
function dropTheRest(req: Request, maxBytes: number): void {
  req.unpipe();
  const socket = req.socket;
  let dropped = 0;
  const cut = () => socket.destroy();
  const timer = setTimeout(cut, LINGER_MS).unref();
  const count = (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > maxBytes) cut();
  };
  const done = () => {
    clearTimeout(timer);
    socket.off('data', count);
  };
  socket.on('data', count);
  req.once('end', done);
  socket.once('close', done);
  req.resume();
}

/**
 * Reads a `multipart/form-data` upload whose text fields come before its `file` part (as browsers and
 * curl send them) and hands the file to `handle` as a stream. A declared Content-Length over the limit
 * is refused before any byte is read; a body that grows past it is refused as soon as it does, and the
 * rest is dropped unread (a lingering close, bounded).
 */
export function readUpload<T>(
  req: Request,
  maxMb: number,
  handle: (fields: Record<string, string>, file: IncomingFile) => Promise<T>,
): Promise<T> {
  const maxBytes = maxMb * 1024 * 1024;
  const refuseRest = () => dropTheRest(req, maxBytes);
  if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
    return Promise.reject(new ValidationFailed({ file: fieldError('document.file_missing') }));
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + FORM_OVERHEAD) {
    refuseRest();
    return Promise.reject(new DocumentTooLarge(maxMb));
  }
  return new Promise<T>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fileSize: maxBytes + 1, files: 1, fields: 40, fieldSize: 16 * 1024, parts: 50 },
      });
    } catch {
      return reject(new ValidationFailed({ file: fieldError('document.upload_malformed') }));
    }
    const fields: Record<string, string> = {};
    let work: Promise<T> | null = null;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      refuseRest();
      reject(error);
    };
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || work) return void stream.resume();
      let tooLarge = false;
      stream.on('limit', () => {
        tooLarge = true;
        fail(new DocumentTooLarge(maxMb));
      });
      work = handle({ ...fields }, { fileName: info.filename ?? '', pieces: guarded(stream, () => tooLarge, maxMb) });
      work.catch(fail);
    });
    parser.on('error', () => fail(new ValidationFailed({ file: fieldError('document.upload_malformed') })));
    parser.on('close', () => {
      if (settled) return;
      if (!work) return fail(new DocumentRefusal(HttpStatus.BAD_REQUEST, 'document.file_missing', {}, 'file'));
      work.then((value) => {
        if (settled) return;
        settled = true;
        resolve(value);
      }, fail);
    });
    req.on('aborted', () => fail(new ValidationFailed({ file: fieldError('document.upload_interrupted') })));
    req.pipe(parser);
  });
}

async function* guarded(stream: Readable, tooLarge: () => boolean, maxMb: number): AsyncIterable<Buffer> {
  for await (const piece of stream) {
    if (tooLarge()) throw new DocumentTooLarge(maxMb);
    yield piece as Buffer;
  }
  if (tooLarge()) throw new DocumentTooLarge(maxMb);
}
