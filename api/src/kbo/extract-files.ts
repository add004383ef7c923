/**
 * The files of a KBO Open Data extract as the FPS Economy's "Cookbook KBO Open Data" describes them:
 * comma-separated, every value between double quotes, a header line, dates written dd-mm-yyyy,
 * numbers written `0200.065.765`. A full extract holds `<file>.csv`; an update holds
 * `<file>_delete.csv` (the keys whose rows go) and `<file>_insert.csv` (the rows that come), and the
 * deletes are applied before the inserts. `meta.csv` and `code.csv` come whole in both.
 */
interface ExtractFile {
  /** The name in the zip, without `.csv` nor `_delete`/`_insert`. */
  name: string;
  table: string;
  /** The cookbook's header, in order, and the table's column for each. */
  columns: readonly (readonly [header: string, column: string])[];
  /** The key that `_delete.csv` lists (the first column); every row of the table with it goes. */
  deleteKey?: string;
  dateColumns?: readonly string[];
}

export const CODE_FILE: ExtractFile = {
  name: 'code',
  table: 'kbo_code',
  columns: [
    ['Category', 'category'],
    ['Code', 'code'],
    ['Language', 'language'],
    ['Description', 'description'],
  ],
};

/** The data files, in the order a load applies them. */
export const DATA_FILES: readonly ExtractFile[] = [
  {
    name: 'enterprise',
    table: 'kbo_enterprise',
    columns: [
      ['EnterpriseNumber', 'enterprise_number'],
      ['Status', 'status'],
      ['JuridicalSituation', 'juridical_situation'],
      ['TypeOfEnterprise', 'type_of_enterprise'],
      ['JuridicalForm', 'juridical_form'],
      ['JuridicalFormCAC', 'juridical_form_cac'],
      ['StartDate', 'start_date'],
    ],
    deleteKey: 'enterprise_number',
    dateColumns: ['start_date'],
  },
  {
    name: 'establishment',
    table: 'kbo_establishment',
    columns: [
      ['EstablishmentNumber', 'establishment_number'],
      ['StartDate', 'start_date'],
      ['EnterpriseNumber', 'enterprise_number'],
    ],
    deleteKey: 'establishment_number',
    dateColumns: ['start_date'],
  },
  {
    name: 'branch',
    table: 'kbo_branch',
    columns: [
      ['Id', 'id'],
      ['StartDate', 'start_date'],
      ['EnterpriseNumber', 'enterprise_number'],
    ],
    deleteKey: 'id',
    dateColumns: ['start_date'],
  },
  {
    name: 'denomination',
    table: 'kbo_denomination',
    columns: [
      ['EntityNumber', 'entity_number'],
      ['Language', 'language'],
      ['TypeOfDenomination', 'type_of_denomination'],
      ['Denomination', 'denomination'],
    ],
    deleteKey: 'entity_number',
  },
  {
    name: 'address',
    table: 'kbo_address',
    columns: [
      ['EntityNumber', 'entity_number'],
      ['TypeOfAddress', 'type_of_address'],
      ['CountryNL', 'country_nl'],
      ['CountryFR', 'country_fr'],
      ['Zipcode', 'zipcode'],
      ['MunicipalityNL', 'municipality_nl'],
      ['MunicipalityFR', 'municipality_fr'],
      ['StreetNL', 'street_nl'],
      ['StreetFR', 'street_fr'],
      ['HouseNumber', 'house_number'],
      ['Box', 'box'],
      ['ExtraAddressInfo', 'extra_address_info'],
      ['DateStrikingOff', 'date_striking_off'],
    ],
    deleteKey: 'entity_number',
    dateColumns: ['date_striking_off'],
  },
  {
    name: 'contact',
    table: 'kbo_contact',
    columns: [
      ['EntityNumber', 'entity_number'],
      ['EntityContact', 'entity_contact'],
      ['ContactType', 'contact_type'],
      ['Value', 'value'],
    ],
    deleteKey: 'entity_number',
  },
  {
    name: 'activity',
    table: 'kbo_activity',
    columns: [
      ['EntityNumber', 'entity_number'],
      ['ActivityGroup', 'activity_group'],
      ['NaceVersion', 'nace_version'],
      ['NaceCode', 'nace_code'],
      ['Classification', 'classification'],
    ],
    deleteKey: 'entity_number',
  },
];

export type ExtractType = 'full' | 'update';

export interface ExtractMeta {
  snapshotDate: string;
  extractTimestamp: string | null;
  extractType: ExtractType;
  extractNumber: number;
  version: string | null;
}

/** A step of a load: one zip entry poured into one table. */
export interface LoadStep {
  entry: string;
  file: ExtractFile;
  action: 'replace' | 'delete' | 'insert';
}

/** Why an extract cannot be loaded, with a stable code for the API. */
export class ExtractRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * The steps of a load from the zip's entry names: code first (the labels), then, for an update,
 * every `_delete` before any `_insert`, data files in the cookbook's order. A missing data file is
 * refused: a silent gap would read as "everything deleted".
 */
export function loadPlan(type: ExtractType, entryNames: readonly string[]): LoadStep[] {
  const byName = new Map(entryNames.map((name) => [baseName(name).toLowerCase(), name]));
  const need = (fileName: string): string => {
    const entry = byName.get(`${fileName}.csv`);
    if (!entry)
      throw new ExtractRefused('kbo.file_missing', `The extract has no ${fileName}.csv`, { file: `${fileName}.csv` });
    return entry;
  };
  const steps: LoadStep[] = [{ entry: need('code'), file: CODE_FILE, action: 'replace' }];
  if (type === 'full') {
    for (const file of DATA_FILES) {
      // branch.csv came with a later cookbook version: an older extract without it is still whole.
      if (file.name === 'branch' && !byName.has('branch.csv')) continue;
      steps.push({ entry: need(file.name), file, action: 'replace' });
    }
    return steps;
  }
  const present = DATA_FILES.filter(
    (file) => file.name !== 'branch' || byName.has('branch_delete.csv') || byName.has('branch_insert.csv'),
  );
  for (const file of present) steps.push({ entry: need(`${file.name}_delete`), file, action: 'delete' });
  for (const file of present) steps.push({ entry: need(`${file.name}_insert`), file, action: 'insert' });
  return steps;
}

/** The columns the first line of a file must hold for a step (a delete file: the key alone). */
function expectedHeader(step: LoadStep): string[] {
  if (step.action === 'delete') return [step.file.columns[0][0]];
  return step.file.columns.map(([header]) => header);
}

/** Checks a file's header line against the cookbook; names the file and what differs. */
export function checkHeader(step: LoadStep, line: string): void {
  const found = parseCsvLine(line.replace(/^\uFEFF/, '').replace(/\r$/, '')).map((value) => (value ?? '').trim());
  const expected = expectedHeader(step);
  const same =
    found.length === expected.length && found.every((name, i) => name.toLowerCase() === expected[i].toLowerCase());
  if (!same) {
    throw new ExtractRefused(
      'kbo.unexpected_columns',
      `${baseName(step.entry)}: expected the columns ${expected.join(', ')}, found ${found.join(', ')}`,
      {
        file: baseName(step.entry),
        expected,
        found,
      },
    );
  }
}

/**
 * One CSV line (RFC 4180 quoting as the KBO writes it): commas inside quotes, doubled quotes.
 * An empty field gives null, quoted or not, as the loader's COPY does (FORCE_NULL).
 */
export function parseCsvLine(line: string): (string | null)[] {
  const values: (string | null)[] = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote < 0) throw new ExtractRefused('kbo.bad_csv', 'A quoted value is not closed', { line });
        value += line.slice(i, quote);
        if (line[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
    } else {
      const comma = line.indexOf(',', i);
      value = line.slice(i, comma < 0 ? line.length : comma);
      i = comma < 0 ? line.length : comma;
    }
    values.push(value === '' ? null : value);
    if (i >= line.length) return values;
    if (line[i] !== ',') throw new ExtractRefused('kbo.bad_csv', 'Text after a closing quote', { line });
    i++;
    if (i === line.length) {
      values.push(null);
      return values;
    }
  }
}

/** `dd-mm-yyyy` to ISO `yyyy-mm-dd`; null when empty; refused when not a real date. */
export function kboDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value.trim());
  if (!match) throw new ExtractRefused('kbo.bad_date', `Not a dd-mm-yyyy date: ${value}`, { value });
  const [, day, month, year] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) {
    throw new ExtractRefused('kbo.bad_date', `Not a calendar date: ${value}`, { value });
  }
  return `${year}-${month}-${day}`;
}

/** meta.csv: `"Variable","Value"` lines (SnapshotDate, ExtractTimestamp, ExtractType, ExtractNumber, Version). */
export function parseMeta(text: string): ExtractMeta {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const values = new Map<string, string | null>();
  for (const line of lines.slice(1)) {
    const [name, value] = parseCsvLine(line);
    if (name) values.set(name.toLowerCase(), value ?? null);
  }
  const type = values.get('extracttype')?.toLowerCase();
  if (type !== 'full' && type !== 'update') {
    throw new ExtractRefused(
      'kbo.bad_meta',
      `meta.csv: ExtractType must be full or update, found ${type ?? 'nothing'}`,
      { field: 'ExtractType' },
    );
  }
  const number = Number(values.get('extractnumber'));
  if (!Number.isInteger(number) || number <= 0) {
    throw new ExtractRefused('kbo.bad_meta', 'meta.csv: ExtractNumber must be a positive whole number', {
      field: 'ExtractNumber',
    });
  }
  const snapshotDate = kboDate(values.get('snapshotdate'));
  if (!snapshotDate)
    throw new ExtractRefused('kbo.bad_meta', 'meta.csv: SnapshotDate is missing', { field: 'SnapshotDate' });
  return {
    snapshotDate,
    extractTimestamp: values.get('extracttimestamp') ?? null,
    extractType: type,
    extractNumber: number,
    version: values.get('version') ?? null,
  };
}

/** An update must follow the last extract loaded; a full extract may come at any time. */
export function checkSequence(meta: ExtractMeta, lastLoaded: number | null): void {
  if (meta.extractType !== 'update') return;
  if (lastLoaded === null) {
    throw new ExtractRefused(
      'kbo.update_without_full',
      `Update ${meta.extractNumber} needs a full extract loaded first`,
      { extractNumber: meta.extractNumber },
    );
  }
  if (meta.extractNumber !== lastLoaded + 1) {
    throw new ExtractRefused(
      'kbo.update_out_of_order',
      `Update ${meta.extractNumber} does not follow the last extract loaded (${lastLoaded}); load ${lastLoaded + 1} first`,
      {
        extractNumber: meta.extractNumber,
        expected: lastLoaded + 1,
      },
    );
  }
}

const baseName = (entry: string) => entry.replace(/^.*[\\/]/, '');

/** `0200.065.765` from ten digits, the KBO's way of writing an enterprise (or establishment) number. */
export const kboNumber = (digits: string) => `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7, 10)}`;
