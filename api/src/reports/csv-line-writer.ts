import { csvCell, csvText, type CsvSeparator } from '../common/csv/csv-writer';
import { labelsIn, type Language, type LabelList } from '../domain';
import type { ExportValue } from './export-cells';
import type { ExportColumn } from './report-exports';

type CellWriter = (value: unknown) => string;

/**
 * The CSV line of a row (its values in the columns' order), byte for byte `csvLine` of `cellInWords` (of the raw
 * values with `codes`), with each column's work decided once per export instead of once per cell: its labels as
 * ready-written cells, yes and no, its number format. For 50,000 rows the per-cell decisions, label look-ups and
 * row objects were most of the JavaScript time of an export (issue 20).
 */
export function csvLineWriter(
  columns: Array<Pick<ExportColumn, 'as'>>,
  form: { language: Language; codes: boolean; separator: CsvSeparator },
): (row: unknown[]) => string {
  const writers = columns.map((column) => (form.codes ? csvCell : cellWriter(column.as, form.language)));
  const cells = new Array<string>(writers.length);
  const { separator } = form;
  // One join per line: a flat string, not a chain of 40 concatenations for the garbage collector.
  return (row) => {
    for (let i = 0; i < writers.length; i++) cells[i] = writers[i](row[i]);
    return `${cells.join(separator)}\r\n`;
  };
}

/** `csvCell(cellInWords(value, as, { language, format: 'csv' }))` for one column. */
function cellWriter(as: ExportValue = 'text', language: Language): CellWriter {
  const write = inWords(as, language);
  return (value) => (value === null || value === undefined || value === '' ? '' : write(value));
}

function inWords(as: ExportValue, language: Language): CellWriter {
  switch (as) {
    // Days and moments come written by PostgreSQL (columnSql).
    case 'day':
    case 'moment':
    case 'text':
      return csvCell;
    case 'number':
      return (value) => {
        const number = Number(value);
        if (Number.isNaN(number)) return csvCell(value);
        return csvText(language === 'en' ? String(number) : String(number).replace('.', ','));
      };
    case 'boolean': {
      const [yes, no] = [labelsIn('boolean', language).true, labelsIn('boolean', language).false].map(csvCell);
      return (value) => (value === true || value === 'true' ? yes : no);
    }
    case 'words':
      return (value) => csvText(String(value).split('|').join(', '));
    case 'names':
      return (value) => {
        const [fr, nl] = Array.isArray(value) ? (value as Array<string | null>) : [String(value), String(value)];
        if (!fr && !nl) return '';
        if (language === 'fr') return csvCell(fr ?? nl);
        if (language === 'nl') return csvCell(nl ?? fr);
        return csvCell(fr === nl || !nl ? fr : `${fr} / ${nl}`);
      };
    default: {
      if ('code' in as) {
        const cells = labelCells(as.code, language);
        return (value) => cells.get(String(value)) ?? csvText(String(value));
      }
      const words = new Map(Object.entries(labelsIn(as.codes, language)));
      return (value) =>
        csvText(
          String(value)
            .split('|')
            .map((code) => words.get(code) ?? code)
            .join(', '),
        );
    }
  }
}

/** A list's labels in one language, each already written as a CSV cell. */
function labelCells(list: LabelList, language: Language): Map<string, string> {
  return new Map(Object.entries(labelsIn(list, language)).map(([code, word]) => [code, csvCell(word)]));
}
