import { HttpStatus } from '@nestjs/common';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import { Readable } from 'node:stream';
import { ValidationFailed } from '../common/errors/validation-errors';
import { DocumentRefusal } from './document-errors';

/** The file part of an upload, as it arrives: never written to disk, never held whole in memory. */
export interface IncomingFile {
  fileName: string;
  /** Throws a 413 once more than the allowed bytes have come. */
  pieces: AsyncIterable<Buffer>;
}

export class DocumentTooLarge extends DocumentRefusal {
  constructor(maxMb: number) {
    super(HttpStatus.PAYLOAD_TOO_LARGE, 'document.too_large', { maxMb }, 'file');
  }
}

/** Room for the form's text fields and boundaries beside the file itself. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * Reads a `multipart/form-data` upload whose text fields come before its `file` part (as browsers and
 * curl send them) and hands the file to `handle` as a stream. A declared Content-Length over the limit
 * is refused before any byte is read; a body that grows past it is refused as soon as it does, and the
 * rest is never read (the connection closes after the answer).
 */
export function readUpload<T>(
  req: Request,
  res: Response,
  maxMb: number,
  handle: (fields: Record<string, string>, file: IncomingFile) => Promise<T>,
): Promise<T> {
  const maxBytes = maxMb * 1024 * 1024;
  const refuseRest = () => {
    req.unpipe();
    res.setHeader('Connection', 'close');
  };
  if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
    return Promise.reject(new ValidationFailed({ file: 'send the file as multipart/form-data, in a field named "file"' }));
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + FORM_OVERHEAD) {
    refuseRest();
    return Promise.reject(new DocumentTooLarge(maxMb));
  }
  return new Promise<T>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: maxBytes + 1, files: 1, fields: 40, fieldSize: 16 * 1024, parts: 50 } });
    } catch {
      return reject(new ValidationFailed({ file: 'the multipart body is malformed' }));
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
    parser.on('error', () => fail(new ValidationFailed({ file: 'the multipart body is malformed' })));
    parser.on('close', () => {
      if (settled) return;
      if (!work) return fail(new DocumentRefusal(HttpStatus.BAD_REQUEST, 'document.file_missing', {}, 'file'));
      work.then((value) => {
        if (settled) return;
        settled = true;
        resolve(value);
      }, fail);
    });
    req.on('aborted', () => fail(new ValidationFailed({ file: 'the upload was interrupted' })));
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
