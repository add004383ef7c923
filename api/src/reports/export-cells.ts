import { brusselsWallClock, label, type Language, type LabelList } from '../domain';

/**
 * How a column reads in words: a day, a moment, a number, yes/no, a code as its label (`{ code: 'legalForm' }`),
 * a `|` list of codes as labels (`{ codes: 'sector' }`), a `|` list of free words, or a name kept in French and Dutch (`[fr, nl]`: a municipality, a partner).
 */
export type ExportValue =
  'text' | 'day' | 'moment' | 'number' | 'boolean' | 'words' | 'names' | { code: LabelList } | { codes: LabelList };

interface CellContext {
  language: Language;
  format: 'csv' | 'xlsx';
}

/** One cell in the requester's language: words for codes, Belgian days; real dates and numbers in XLSX. */
export function cellInWords(value: unknown, as: ExportValue | undefined, { language, format }: CellContext): unknown {
  if (value === null || value === undefined || value === '') return null;
  switch (as ?? 'text') {
    // A CSV's days and moments come already written the Belgian way, in Brussels time (columnSql).
    case 'day':
    case 'moment':
      return format === 'xlsx' ? brusselsWallClock(String(value)) : value;
    case 'number': {
      const number = Number(value);
      if (Number.isNaN(number)) return value;
      // No thousands separator: Belgian Excel reads 1234,5 as a number, not 1 234,5.
      if (format === 'xlsx') return number;
      return language === 'en' ? String(number) : String(number).replace('.', ',');
    }
    case 'boolean':
      return label('boolean', String(value === true || value === 'true'), language);
    case 'words':
      return String(value).split('|').join(', ');
    case 'names': {
      const [fr, nl] = Array.isArray(value) ? (value as Array<string | null>) : [String(value), String(value)];
      if (!fr && !nl) return null;
      if (language === 'fr') return fr ?? nl;
      if (language === 'nl') return nl ?? fr;
      return fr === nl || !nl ? fr : `${fr} / ${nl}`;
    }
    case 'text':
      return value;
    default: {
      const codes = as as { code?: LabelList; codes?: LabelList };
      if (codes.code) return label(codes.code, String(value), language);
      return String(value)
        .split('|')
        .map((code) => label(codes.codes!, code, language))
        .join(', ');
    }
  }
}

/** The cell format of a column in XLSX (Belgian days and moments). */
export function xlsxNumberFormat(as: ExportValue | undefined): string | undefined {
  if (as === 'day') return 'dd/mm/yyyy';
  if (as === 'moment') return 'dd/mm/yyyy hh:mm';
  return undefined;
}

/** A column's width in XLSX characters, from its header and kind. */
export function xlsxWidth(header: string, as: ExportValue | undefined, long: boolean): number {
  if (as === 'day') return Math.max(12, header.length + 2);
  if (as === 'moment') return Math.max(17, header.length + 2);
  if (long) return 50;
  return Math.min(40, Math.max(12, header.length + 4));
}
