import { csvLine, csvSeparatorFor, UTF8_BOM } from '../../common/csv/csv-writer';
import { importReportWord } from '../../domain';
import type { Language } from '../../domain/i18n/language';
import type { ImportRowReport } from './import-plan';

const COLUMNS = ['line', 'action', 'name', 'enterpriseNumber', 'organisationId', 'reasons', 'notes'] as const;

/** The full report of an import, row by row, as a CSV Excel opens (BOM, headers in the requester's language). */
export function importReportCsv(rows: ImportRowReport[], language: Language): string {
  const separator = csvSeparatorFor(language);
  const lines = [
    UTF8_BOM +
      csvLine(
        COLUMNS.map((c) => importReportWord(c, language)),
        separator,
      ),
  ];
  for (const row of rows) {
    lines.push(
      csvLine(
        [
          row.line,
          importReportWord(row.action, language),
          row.name,
          row.enterpriseNumber,
          row.organisationId,
          row.reasons.join(' ; '),
          row.notes.join(' ; '),
        ],
        separator,
      ),
    );
  }
  return lines.join('');
}
