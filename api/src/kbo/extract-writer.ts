import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { CODE_FILE, DATA_FILES, ExtractMeta } from './extract-files';

export type CsvRows = Iterable<readonly (string | null)[]> | AsyncIterable<readonly (string | null)[]>;

/** A value the KBO way: always between double quotes, quotes doubled; nothing at all for null. */
const csvValue = (value: string | null) => (value === null ? '' : `"${value.replace(/"/g, '""')}"`);

const headerOf = (name: string): string[] => {
  const base = name.replace(/_(insert|delete)$/, '');
  const file = [CODE_FILE, ...DATA_FILES].find((f) => f.name === base);
  if (!file) throw new Error(`No KBO file ${name}`);
  const columns = file.columns.map(([header]) => header);
  return name.endsWith('_delete') ? columns.slice(0, 1) : columns;
};

async function* csvLines(name: string, rows: CsvRows): AsyncGenerator<Buffer> {
  yield Buffer.from(
    `${headerOf(name)
      .map((h) => `"${h}"`)
      .join(',')}\r\n`,
  );
  let batch: string[] = [];
  for await (const row of rows as AsyncIterable<readonly (string | null)[]>) {
    batch.push(row.map(csvValue).join(','));
    if (batch.length === 2000) {
      yield Buffer.from(`${batch.join('\r\n')}\r\n`);
      batch = [];
    }
  }
  if (batch.length) yield Buffer.from(`${batch.join('\r\n')}\r\n`);
}

const kboDateOf = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/**
 * Writes an extract in the official format (meta.csv, code.csv and the data files, or their
 * `_delete`/`_insert` pairs for an update), streaming each file into the zip: the demo extract,
 * the tests' extracts and the bench's national-scale one come from here.
 */
export async function writeExtractZip(path: string, meta: ExtractMeta, files: Record<string, CsvRows>): Promise<void> {
  const zip = new ZipFile();
  const out = createWriteStream(path);
  zip.outputStream.pipe(out);
  const metaRows: [string, string][] = [
    ['SnapshotDate', kboDateOf(meta.snapshotDate)],
    ['ExtractTimestamp', meta.extractTimestamp ?? `${kboDateOf(meta.snapshotDate)} 23:59:59`],
    ['ExtractType', meta.extractType],
    ['ExtractNumber', String(meta.extractNumber)],
    ['Version', meta.version ?? '1.0.0'],
  ];
  zip.addBuffer(
    Buffer.from(`"Variable","Value"\r\n${metaRows.map((r) => r.map(csvValue).join(',')).join('\r\n')}\r\n`),
    'meta.csv',
  );
  for (const [name, rows] of Object.entries(files))
    zip.addReadStream(Readable.from(csvLines(name, rows)), `${name}.csv`);
  zip.end();
  await finished(out);
}
