import { csvLine, csvSeparatorFor, UTF8_BOM } from '../../common/csv/csv-writer';
import type { Language } from '../../domain/i18n/language';
import { IMPORT_FIELDS, importHeader } from './import-headers';

/**
 * The import template: one header line, every importable field named as Traject writes it in `language` (the
 * organisations export uses the same words, so an export imports back), separated as Excel expects there.
 */
export function importTemplateCsv(language: Language): string {
  return (
    UTF8_BOM +
    csvLine(
      IMPORT_FIELDS.map((field) => importHeader(field, language)),
      csvSeparatorFor(language),
    )
  );
}
