import type { Language } from '../../../api/src/domain';
import { saveBlob } from '../common/download';

/** One cell of a CSV line (RFC 4180): quoted when it holds a separator, a quote or a line break. */
function cell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading =, +, - or @ would be read as a formula by a spreadsheet.
  const safe = /^[=+\-@]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A CSV text with a BOM (so that spreadsheets read it as UTF-8) and CRLF line ends; `;` between cells
 * for French and Dutch (what Excel expects in Belgium), `,` in English: as the API's exports.
 */
function toCsv(
  header: string[],
  rows: Array<Array<string | number | null | undefined>>,
  language: Language = 'en',
): string {
  const separator = language === 'en' ? ',' : ';';
  return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(separator)).join('\r\n') + '\r\n';
}

export function downloadCsv(
  fileName: string,
  header: string[],
  rows: Array<Array<string | number | null | undefined>>,
  language: Language,
): void {
  saveBlob(new Blob([toCsv(header, rows, language)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** A file name from words: `Organisations par étape` -> `organisations-par-etape`. */
export function fileStem(words: string): string {
  return words
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
