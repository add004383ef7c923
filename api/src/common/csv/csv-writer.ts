/** The byte-order mark that makes Excel read a CSV as UTF-8 (accents intact). */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
/** A number as written in English (`-12.5`) or with the Belgian decimal comma (`-12,5`). */
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/;

/**
 * Text a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a
 * leading apostrophe, as OWASP recommends for CSV injection; numbers stay numbers.
 */
export function neutralised(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

const NEEDS_QUOTES = /[",;\r\n\t]/;
const QUOTE = /"/g;

/** One CSV cell per RFC 4180: quoted when it holds a quote, a delimiter or a line break; quotes doubled. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return csvText(value);
  return csvText(
    value instanceof Date
      ? value.toISOString()
      : Array.isArray(value)
        ? value.map(String).map(neutralised).join('|')
        : String(value),
  );
}

/** {@link csvCell} of a text: neutralised, then quoted if need be (a million cells in a 50,000-row export). */
export function csvText(value: string): string {
  const text = neutralised(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}

/** The separators a CSV may use: `,` (RFC 4180, English Excel) or `;` (Excel set to French or Dutch in Belgium). */
export type CsvSeparator = ',' | ';';

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvLine(values: unknown[], separator: CsvSeparator = ','): string {
  return `${values.map(csvCell).join(separator)}\r\n`;
}

/** The separator Excel expects for a language in Belgium: `;` in French and Dutch, `,` in English. */
export function csvSeparatorFor(language: 'fr' | 'nl' | 'en'): CsvSeparator {
  return language === 'en' ? ',' : ';';
}
