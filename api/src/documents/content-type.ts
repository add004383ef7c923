import { fileTypeFromBuffer } from 'file-type';
import { extensionOf } from '../domain/documents';

/** Bytes read before the type is decided: enough for file-type to look inside an OOXML or ODF zip. */
export const SNIFF_BYTES = 64 * 1024;

const MARKUP = /<\s*(!doctype\s+html|html|head|body|script|svg|iframe|object|embed|meta|link|style|img|a\s)[\s>/]/i;
const MAIL_HEADER = /^(from|received|return-path|message-id|mime-version|date|subject|to|delivered-to|x-[\w-]+):/im;

/**
 * The media type of a file from its first bytes, never from its name or the client's header: the
 * magic numbers file-type knows, else text (no NUL, no control character but tab, CR, LF, FF),
 * recognised as markup (HTML, SVG, XML: refused), an e-mail (headers first) or CSV (by its ending).
 * `application/octet-stream` when nothing is recognised.
 */
export async function detectMediaType(head: Buffer, fileName: string): Promise<string> {
  const found = await fileTypeFromBuffer(head);
  if (found) return found.mime === 'application/xml' ? 'application/xml' : found.mime;
  if (!isText(head)) return 'application/octet-stream';
  const text = head.toString('latin1');
  if (/<svg[\s>]/i.test(text)) return 'image/svg+xml';
  if (MARKUP.test(text)) return 'text/html';
  if (/^\s*<\?xml/i.test(text)) return 'application/xml';
  const extension = extensionOf(fileName);
  if (extension === 'eml' && MAIL_HEADER.test(text.split(/\r?\n\r?\n/)[0] ?? '') && /^[\w-]+:/.test(text))
    return 'message/rfc822';
  if (extension === 'csv') return 'text/csv';
  return 'text/plain';
}

function isText(head: Buffer): boolean {
  if (!head.length) return false;
  for (const byte of head) {
    if (byte === 0 || (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) || byte === 127)
      return false;
  }
  return true;
}
