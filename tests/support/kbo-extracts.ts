import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fictionalExtractCodes } from '../../api/src/kbo/extract-codes';
import type { ExtractMeta } from '../../api/src/kbo/extract-files';
import { CsvRows, writeExtractZip } from '../../api/src/kbo/extract-writer';

/** A valid enterprise number (dotted) from its first eight digits. */
export function kboNumberFrom(firstEight: string): string {
  const check = String(97 - (Number(firstEight) % 97)).padStart(2, '0');
  const digits = `${firstEight}${check}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** The code.csv rows the tests need, as the KBO writes them, with the activity codes the tests use. */
export const TEST_CODES: string[][] = [
  ...fictionalExtractCodes(),
  ['Nace2025', '88999', 'FR', 'Autre action sociale sans hébergement n.c.a.'],
  ['Nace2008', '88999', 'FR', 'Autre action sociale sans hébergement n.c.a.'],
  ['Nace2008', '38320', 'FR', 'Récupération de déchets triés'],
  ['Nace2025', '56101', 'FR', 'Restauration à service complet'],
];

/** Writes an extract into a fresh temporary folder and returns its bytes and path. */
export async function extractZip(
  meta: Partial<ExtractMeta> & Pick<ExtractMeta, 'extractType' | 'extractNumber'>,
  files: Record<string, CsvRows>,
): Promise<{ path: string; bytes: Buffer; name: string }> {
  const type = meta.extractType === 'full' ? 'Full' : 'Update';
  const name = `KboOpenData_${String(meta.extractNumber).padStart(4, '0')}_2026_11_${type}.zip`;
  const path = join(mkdtempSync(join(tmpdir(), 'kbo-')), name);
  await writeExtractZip(
    path,
    { snapshotDate: '2026-11-06', extractTimestamp: null, version: '1.0.0', ...meta },
    { code: TEST_CODES, ...files },
  );
  return { path, bytes: readFileSync(path), name };
}
