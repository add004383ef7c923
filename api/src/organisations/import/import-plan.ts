import { municipalityForPostcode } from '../../domain/municipalities';
import { formatEnterpriseNumber } from '../../domain/enterprise-number';
import type { CsvRecord } from '../../common/csv/csv-reader';
import { HeaderMapping } from './import-headers';
import { ImportLookalikes } from './import-lookalikes';
import { ImportedValues, readImportRow } from './import-row';

/** An organisation already in the register, as the import compares it. */
export type StoredOrganisation = Required<{ [K in keyof ImportedValues]: ImportedValues[K] | null }> & { id: string; municipality: string | null };

export type ImportAction = 'create' | 'update' | 'unchanged' | 'refuse';

export interface ImportRowReport {
  line: number;
  action: ImportAction;
  name: string | null;
  enterpriseNumber: string | null;
  organisationId: string | null;
  /** Why it is refused, or which fields it changes. */
  reasons: string[];
  /** What the row says that was not taken (an ambiguous legal form), without refusing it. */
  notes: string[];
}

export interface ImportStep {
  report: ImportRowReport;
  /** The full row to write (stored values with the CSV's over them). */
  row?: Omit<StoredOrganisation, 'id'> & { id?: string };
}

const ARRAYS = new Set(['sectors', 'languages', 'tags']);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What importing these rows would do. An empty cell leaves the stored value alone; a row matches
 * by enterprise number, else by exact name and postcode; a file never creates the same organisation twice.
 */
export function planImport(records: CsvRecord[], mapping: HeaderMapping, existing: StoredOrganisation[]): ImportStep[] {
  const byNumber = new Map(existing.filter((o) => o.enterpriseNumber).map((o) => [o.enterpriseNumber!, o]));
  const byNameAndPostcode = new Map(existing.map((o) => [`${o.name}\u0000${o.postcode ?? ''}`, o]));
  const firstLineOf = new Map<string, number>();
  const lookalikes = new ImportLookalikes(existing.map((o) => ({ ...o, name: o.name ?? '' })));
  return records.map(({ line, cells }) => {
    const { values, problems, notes } = readImportRow(cells, mapping);
    const report: ImportRowReport = {
      line,
      action: 'refuse',
      name: values.name ?? null,
      enterpriseNumber: values.enterpriseNumber ? formatEnterpriseNumber(values.enterpriseNumber) : null,
      organisationId: null,
      reasons: problems,
      notes,
    };
    const identity = values.enterpriseNumber ?? `${values.name}\u0000${values.postcode ?? ''}`;
    if (!problems.length && firstLineOf.has(identity)) {
      report.reasons = [`the same organisation as line ${firstLineOf.get(identity)}`];
    }
    if (report.reasons.length) return { report };
    firstLineOf.set(identity, line);

    const stored = (values.enterpriseNumber && byNumber.get(values.enterpriseNumber)) || byNameAndPostcode.get(`${values.name}\u0000${values.postcode ?? ''}`);
    if (stored && values.enterpriseNumber && stored.enterpriseNumber && stored.enterpriseNumber !== values.enterpriseNumber) {
      report.reasons = [`matches ${stored.name} by name and postcode, but its enterprise number is ${formatEnterpriseNumber(stored.enterpriseNumber)}`];
      return { report };
    }
    if (!stored) {
      // Not the same number, name and postcode, but maybe the same organisation under another name.
      const like = values.enterpriseNumber ? null : lookalikes.find({ ...emptyRow(), ...values, name: values.name ?? '' });
      if (like) {
        report.organisationId = like.id;
        report.reasons = [`looks like ${like.name} already in the register (${like.reasons.join(', ').replace(/_/g, ' ')}); add its enterprise number or correct the name`];
        return { report };
      }
      report.action = 'create';
      return { report, row: { ...emptyRow(), ...values, municipality: municipalityForPostcode(values.postcode) } as ImportStep['row'] };
    }
    report.organisationId = stored.id;
    const changed = (Object.keys(values) as (keyof ImportedValues)[]).filter((field) =>
      ARRAYS.has(field) ? !same([...(values[field] as string[])].sort(), [...((stored[field] as string[]) ?? [])].sort()) : !same(values[field], stored[field]),
    );
    if (!changed.length) {
      report.action = 'unchanged';
      return { report };
    }
    report.action = 'update';
    report.reasons = changed.map((field) => `${field} changes`);
    const row = { ...stored, ...values };
    if (changed.includes('postcode')) row.municipality = municipalityForPostcode(values.postcode);
    return { report, row };
  });
}

function emptyRow(): Omit<StoredOrganisation, 'id'> {
  return {
    name: null, enterpriseNumber: null, legalForm: null, sectors: [], description: null, socialMission: null, street: null,
    postcode: null, municipality: null, website: null, email: null, phone: null, foundedOn: null, registeredOn: null, employeesFte: null,
    volunteers: null, languages: [], tags: [],
  };
}
