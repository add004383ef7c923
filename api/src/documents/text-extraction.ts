import { Worker } from 'node:worker_threads';
import { EXTRACTED_TYPES } from '../domain/documents';

/** More text than this is not kept for the search box (the word vector has a 1 MB ceiling). */
const MAX_TEXT = 500_000;

export function isExtracted(mediaType: string): boolean {
  return EXTRACTED_TYPES.includes(mediaType);
}

/**
 * The readable text of a PDF (Mozilla's pdf.js), an OOXML or ODF document (officeparser), plain
 * text, CSV or an e-mail; null for other types. Never throws on a malformed file: null then.
 */
export async function extractText(mediaType: string, content: Buffer): Promise<string | null> {
  if (!isExtracted(mediaType)) return null;
  let text: string;
  if (mediaType === 'application/pdf') text = await pdfText(content);
  else if (mediaType.startsWith('text/') || mediaType === 'message/rfc822') text = decodeText(content);
  // Loaded on first use: about 17 MB the API need not hold until a document is read (issue 13's RSS budget).
  else text = await (await import('officeparser')).parseOfficeAsync(content);
  // PostgreSQL keeps no NUL in text.
  return text
    .replace(/\u0000/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim()
    .slice(0, MAX_TEXT);
}

/**
 * pdf.js runs in a worker thread: a large PDF does not hold up the API's event loop, and the worker
 * loads the ESM build natively (also under jest, whose module system cannot run it).
 */
const PDF_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const pdfjs = require(workerData.pdfjs);
  const pdf = await pdfjs.getDocument({ data: workerData.data, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  const pages = [];
  let length = 0;
  for (let n = 1; n <= pdf.numPages && length <= workerData.max; n += 1) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\\n' : ' ') : '')).join('');
    pages.push(text);
    length += text.length;
    page.cleanup();
  }
  await pdf.destroy();
  parentPort.postMessage({ text: pages.join('\\n') });
})().catch((error) => parentPort.postMessage({ error: String(error && error.message || error) }));
`;

function pdfText(content: Buffer): Promise<string> {
  const data = new Uint8Array(content);
  return new Promise((resolve, reject) => {
    const worker = new Worker(PDF_WORKER, {
      eval: true,
      workerData: { data, pdfjs: require.resolve('pdfjs-dist/legacy/build/pdf.mjs'), max: MAX_TEXT },
      stdout: true,
      stderr: true,
    });
    const timer = setTimeout(
      () => void worker.terminate().then(() => reject(new Error('PDF text extraction took too long'))),
      120_000,
    );
    worker.once('message', (answer: { text?: string; error?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (answer.error !== undefined) reject(new Error(answer.error));
      else resolve(answer.text ?? '');
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** UTF-8 when it is valid UTF-8, else Windows-1252 as Excel and older mail clients save. */
function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return new TextDecoder('windows-1252').decode(content);
  }
}
