import { municipalityForPostcode } from '../../domain/municipalities';
import { formatEnterpriseNumber } from '../../domain/enterprise-number';
import type { CsvRecord } from '../../common/csv/csv-reader';
import { HeaderMapping } from './import-headers';
import { ImportLookalikes } from './import-lookalikes';
import { ImportedValues, readImportRow } from './import-row';
import { ImportReason, reason, reasonText } from '../../domain/import-reasons';
import type { Language } from '../../domain';
import { checkImportedValues } from './import-validation';

/** An organisation already in the register, as the import compares it. */
export type StoredOrganisation = Required<{ [K in keyof ImportedValues]: ImportedValues[K] | null }> & {
  id: string;
  municipality: string | null;
  version?: number;
};

export type ImportAction = 'create' | 'update' | 'unchanged' | 'refuse';

export interface ImportRowReport {
  line: number;
  action: ImportAction;
  name: string | null;
  enterpriseNumber: string | null;
  organisationId: string | null;
  /** Why it is refused, or which fields it changes, in the requester's language. */
  reasons: string[];
  /** The same as codes and params (the console writes them in its own language). */
  reasonCodes: ImportReason[];
  /** The fields the API's own rules refuse, by field, with their codes (as a 400 of the API names them). */
  errors?: Record<string, { code: string; params: Record<string, unknown> }>;
  /** What the row says that was not taken (an ambiguous legal form), without refusing it. */
  notes: string[];
  noteCodes: ImportReason[];
}

/** The report with its reasons and notes written in `language`. */
function written(report: ImportRowReport, language: Language): ImportRowReport {
  report.reasons = report.reasonCodes.map((r) => reasonText(r, language));
  report.notes = report.noteCodes.map((r) => reasonText(r, language));
  return report;
}

export interface ImportStep {
  report: ImportRowReport;
  /** The full row to write (stored values with the CSV's over them). */
  row?: Omit<StoredOrganisation, 'id'> & { id?: string };
  /** The version of the stored organisation the update was planned from. */
  version?: number;
}

const ARRAYS = new Set(['sectors', 'languages', 'tags']);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What importing these rows would do. An empty cell leaves the stored value alone; a row matches
 * by enterprise number, else by exact name and postcode; a file never creates the same organisation twice.
 */
export function planImport(
  records: CsvRecord[],
  mapping: HeaderMapping,
  existing: StoredOrganisation[],
  language: Language = 'en',
): ImportStep[] {
  return records.map(importPlanner(mapping, existing, language));
}

/** The same plan, one record at a time (the service plans in slices and lets other requests run between them). */
export function importPlanner(
  mapping: HeaderMapping,
  existing: StoredOrganisation[],
  language: Language = 'en',
): (record: CsvRecord) => ImportStep {
  const byNumber = new Map(existing.filter((o) => o.enterpriseNumber).map((o) => [o.enterpriseNumber!, o]));
  const byNameAndPostcode = new Map(existing.map((o) => [`${o.name}\u0000${o.postcode ?? ''}`, o]));
  const firstLineOf = new Map<string, number>();
  const lookalikes = new ImportLookalikes(existing.map((o) => ({ ...o, name: o.name ?? '' })));
  return ({ line, cells }) => {
    const { values, problems, notes } = readImportRow(cells, mapping);
    const report: ImportRowReport = {
      line,
      action: 'refuse',
      name: values.name ?? null,
      enterpriseNumber: values.enterpriseNumber ? formatEnterpriseNumber(values.enterpriseNumber) : null,
      organisationId: null,
      reasons: [],
      reasonCodes: problems,
      notes: [],
      noteCodes: notes,
    };
    const identity = values.enterpriseNumber ?? `${values.name}\u0000${values.postcode ?? ''}`;
    if (!report.reasonCodes.length && firstLineOf.has(identity)) {
      report.reasonCodes = [reason('import.row.same_as_line', { line: firstLineOf.get(identity) })];
    }
    if (report.reasonCodes.length) return { report: written(report, language) };

    const stored =
      (values.enterpriseNumber && byNumber.get(values.enterpriseNumber)) ||
      byNameAndPostcode.get(`${values.name}\u0000${values.postcode ?? ''}`);
    if (
      stored &&
      values.enterpriseNumber &&
      stored.enterpriseNumber &&
      stored.enterpriseNumber !== values.enterpriseNumber
    ) {
      report.reasonCodes = [
        reason('import.row.number_differs', {
          name: stored.name,
          number: formatEnterpriseNumber(stored.enterpriseNumber),
        }),
      ];
      return { report: written(report, language) };
    }
    const changed = stored ? changedFields(values, stored) : [];
    // The API's own rules (class-validator, the costly part of a large file) for what would be written: a
    // row equal to what is stored writes nothing.
    const refused = stored && !changed.length ? undefined : checkImportedValues(values);
    if (refused) {
      report.reasonCodes = refused.reasons;
      report.errors = refused.errors;
      return { report: written(report, language) };
    }
    firstLineOf.set(identity, line);
    if (!stored) {
      // Not the same number, name and postcode, but maybe the same organisation under another name.
      const like = values.enterpriseNumber
        ? null
        : lookalikes.find({ ...emptyRow(), ...values, name: values.name ?? '' });
      if (like) {
        report.organisationId = like.id;
        report.reasonCodes = [
          reason('import.row.lookalike', { name: like.name, why: like.reasons, list: 'duplicateReason' }),
        ];
        return { report: written(report, language) };
      }
      report.action = 'create';
      return {
        report: written(report, language),
        row: { ...emptyRow(), ...values, municipality: municipalityForPostcode(values.postcode) } as ImportStep['row'],
      };
    }
    report.organisationId = stored.id;
    if (!changed.length) {
      report.action = 'unchanged';
      return { report: written(report, language) };
    }
    report.action = 'update';
    report.reasonCodes = changed.map((field) => reason('import.row.changes', { field }));
    const row = { ...stored, ...values };
    if (changed.includes('postcode')) row.municipality = municipalityForPostcode(values.postcode);
    return { report: written(report, language), row, version: stored.version };
  };
}

/** The fields a row sets to something else than the stored organisation has (lists compared as sets). */
function changedFields(values: ImportedValues, stored: StoredOrganisation): (keyof ImportedValues)[] {
  return (Object.keys(values) as (keyof ImportedValues)[]).filter((field) =>
    ARRAYS.has(field)
      ? !same([...(values[field] as string[])].sort(), [...((stored[field] as string[]) ?? [])].sort())
      : !same(values[field], stored[field]),
  );
}

function emptyRow(): Omit<StoredOrganisation, 'id'> {
  return {
    name: null,
    enterpriseNumber: null,
    legalForm: null,
    sectors: [],
    description: null,
    socialMission: null,
    street: null,
    postcode: null,
    municipality: null,
    website: null,
    email: null,
    phone: null,
    foundedOn: null,
    registeredOn: null,
    employeesFte: null,
    volunteers: null,
    languages: [],
    tags: [],
  };
}
