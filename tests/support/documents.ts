import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
/** Small real files for the documents tests, made here rather than shipped as binaries. */

/** A one-page PDF showing `lines` (Helvetica, WinAnsi so accents survive), with a correct cross-reference table. */
export function pdfWithText(lines: string[], options: { padToBytes?: number } = {}): Buffer {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((l) => `(${escape(l)}) '`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  // A large file: comment lines before the objects (the offsets below count them).
  if (options.padToBytes) body += `%${'x'.repeat(1000)}\n`.repeat(Math.ceil(options.padToBytes / 1002));
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A PNG signature and header followed by `size` bytes in all: file-type reads it as image/png. */
export function pngOfSize(size: number): Buffer {
  const head = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
  const out = Buffer.alloc(size);
  head.copy(out);
  for (let i = head.length; i < size; i += 1) out[i] = (i * 2654435761) >>> 24;
  return out;
}

/** The first bytes of a Windows executable (MZ header and the PE signature). */
export function windowsExecutable(): Buffer {
  const out = Buffer.alloc(512);
  out.write('MZ', 0, 'latin1');
  out.writeUInt32LE(0x80, 0x3c);
  out.write('PE\0\0', 0x80, 'latin1');
  return out;
}

export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

export interface StreamedAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
  /** Bytes of the file written before the answer came. */
  written: number;
}

/**
 * A multipart upload written piece by piece over a real socket (no client-side copy of the file):
 * `pieces` yields the file's bytes; `declaredLength` overrides Content-Length (else chunked).
 * `fileHeader` is the part's Content-Disposition tail (to send a hostile or RFC 5987 name).
 */
export function streamUpload(
  server: Server | number,
  path: string,
  token: string,
  fields: Record<string, string>,
  file: { name?: string; fileHeader?: string; pieces: () => Iterable<Buffer> },
  options: { declaredLength?: number } = {},
): Promise<StreamedAnswer> {
  const boundary = `----traject${Date.now()}`;
  const head = Object.entries(fields)
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join('');
  const fileHeader = file.fileHeader ?? `filename="${file.name}"`;
  const opening = Buffer.from(
    `${head}--${boundary}\r\nContent-Disposition: form-data; name="file"; ${fileHeader}\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const closing = Buffer.from(`\r\n--${boundary}--\r\n`);
  const port = typeof server === 'number' ? server : (server.address() as AddressInfo).port;
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          ...(options.declaredLength !== undefined && { 'Content-Length': String(options.declaredLength) }),
        },
      },
      (res) => {
        answered = true;
        const parts: Buffer[] = [];
        res.on('data', (d) => parts.push(d));
        res.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode!, headers: res.headers, body, written });
        });
      },
    );
    req.on('error', (error) => (answered ? undefined : reject(error)));
    (async () => {
      const write = (data: Buffer) => new Promise<void>((ok) => (req.write(data) ? ok() : req.once('drain', ok)));
      await write(opening);
      for (const piece of file.pieces()) {
        if (answered || req.destroyed) return;
        await write(piece);
        written += piece.length;
      }
      if (options.declaredLength === undefined) await write(closing);
      if (!answered && options.declaredLength === undefined) req.end();
    })().catch(() => undefined);
  });
}

/** `size` bytes of `first` followed by filler, in 1 MiB pieces, without holding them all. */
export function* piecesOf(first: Buffer, size: number, piece = 1024 * 1024): Iterable<Buffer> {
  let sent = 0;
  const filler = Buffer.alloc(piece, 0x5a);
  while (sent < size) {
    const n = Math.min(piece, size - sent);
    if (sent === 0) {
      const out = Buffer.alloc(n, 0x5a);
      first.copy(out, 0, 0, Math.min(first.length, n));
      yield out;
    } else yield filler.subarray(0, n);
    sent += n;
  }
}
