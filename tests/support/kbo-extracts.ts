import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractMeta } from '../../api/src/kbo/extract-files';
import { CsvRows, writeExtractZip } from '../../api/src/kbo/extract-writer';

/** A valid enterprise number (dotted) from its first eight digits. */
export function kboNumberFrom(firstEight: string): string {
  const check = String(97 - (Number(firstEight) % 97)).padStart(2, '0');
  const digits = `${firstEight}${check}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** The code.csv rows the tests need, in French and Dutch as the KBO writes them. */
export const TEST_CODES: string[][] = [
  ['Status', 'AC', 'FR', 'Actif'], ['Status', 'AC', 'NL', 'Actief'],
  ['JuridicalSituation', '000', 'FR', 'Situation normale'], ['JuridicalSituation', '000', 'NL', 'Normale toestand'],
  ['JuridicalSituation', '012', 'FR', 'Ouverture de faillite'], ['JuridicalSituation', '012', 'NL', 'Opening faillissement'],
  ['TypeOfEnterprise', '2', 'FR', 'Personne morale'], ['TypeOfEnterprise', '2', 'NL', 'Rechtspersoon'],
  ['JuridicalForm', '017', 'FR', 'Association sans but lucratif'], ['JuridicalForm', '017', 'NL', 'Vereniging zonder winstoogmerk'],
  ['JuridicalForm', '706', 'FR', 'Société coopérative'], ['JuridicalForm', '706', 'NL', 'Coöperatieve vennootschap'],
  ['TypeOfDenomination', '001', 'FR', 'Dénomination'], ['TypeOfDenomination', '001', 'NL', 'Maatschappelijke naam'],
  ['TypeOfDenomination', '002', 'FR', 'Abréviation'], ['TypeOfDenomination', '002', 'NL', 'Afkorting'],
  ['TypeOfAddress', 'REGO', 'FR', 'Siège'], ['TypeOfAddress', 'REGO', 'NL', 'Zetel'],
  ['TypeOfAddress', 'BAET', 'FR', "Unité d'établissement"], ['TypeOfAddress', 'BAET', 'NL', 'Vestigingseenheid'],
  ['Classification', 'MAIN', 'FR', 'Principale'], ['Classification', 'MAIN', 'NL', 'Hoofdactiviteit'],
  ['Classification', 'SECO', 'FR', 'Secondaire'], ['Classification', 'SECO', 'NL', 'Nevenactiviteit'],
  ['Nace2025', '88999', 'FR', 'Autre action sociale sans hébergement n.c.a.'], ['Nace2008', '88999', 'FR', 'Autre action sociale sans hébergement n.c.a.'],
  ['Nace2008', '38320', 'FR', 'Récupération de déchets triés'], ['Nace2025', '56101', 'FR', 'Restauration à service complet'],
  ['ContactType', 'EMAIL', 'FR', 'Adresse e-mail'], ['ContactType', 'WEB', 'FR', 'Adresse web'],
];

/** Writes an extract into a fresh temporary folder and returns its bytes and path. */
export async function extractZip(meta: Partial<ExtractMeta> & Pick<ExtractMeta, 'extractType' | 'extractNumber'>, files: Record<string, CsvRows>): Promise<{ path: string; bytes: Buffer; name: string }> {
  const type = meta.extractType === 'full' ? 'Full' : 'Update';
  const name = `KboOpenData_${String(meta.extractNumber).padStart(4, '0')}_2026_11_${type}.zip`;
  const path = join(mkdtempSync(join(tmpdir(), 'kbo-')), name);
  await writeExtractZip(path, { snapshotDate: '2026-11-06', extractTimestamp: null, version: '1.0.0', ...meta }, { code: TEST_CODES, ...files });
  return { path, bytes: readFileSync(path), name };
}
