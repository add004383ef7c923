/** The byte-order mark that makes Excel read a CSV as UTF-8 (accents intact). */
export const UTF8_BOM = '\uFEFF';

/** One CSV cell per RFC 4180: quoted when it holds a quote, a delimiter or a line break; quotes doubled. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.join('|') : String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvLine(values: unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
