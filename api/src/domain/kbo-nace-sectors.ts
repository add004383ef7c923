import type { Sector } from './organisation-codes';

/**
 * The social-economy sector a main NACE-BEL activity suggests (2008 and 2025 share these divisions).
 * Longest prefix wins; a code outside the list suggests nothing.
 */
const BY_PREFIX: readonly (readonly [prefix: string, sector: Sector])[] = [
  ['01', 'sustainable_food'],
  ['10', 'sustainable_food'],
  ['11', 'sustainable_food'],
  ['4721', 'sustainable_food'],
  ['56', 'sustainable_food'],
  ['35', 'environment'],
  ['36', 'environment'],
  ['37', 'environment'],
  ['39', 'environment'],
  ['38', 'circular_economy'],
  ['4779', 'circular_economy'],
  ['95', 'circular_economy'],
  ['4677', 'circular_economy'],
  ['41', 'construction'],
  ['42', 'construction'],
  ['43', 'construction'],
  ['49', 'mobility'],
  ['50', 'mobility'],
  ['52', 'mobility'],
  ['53', 'mobility'],
  ['7711', 'mobility'],
  ['58', 'culture'],
  ['59', 'culture'],
  ['60', 'culture'],
  ['90', 'culture'],
  ['91', 'culture'],
  ['61', 'digital'],
  ['62', 'digital'],
  ['63', 'digital'],
  ['64', 'finance'],
  ['65', 'finance'],
  ['66', 'finance'],
  ['68', 'housing'],
  ['78', 'work_integration'],
  ['8121', 'service_vouchers'],
  ['97', 'personal_services'],
  ['96', 'personal_services'],
  ['85', 'education'],
  ['86', 'health_care'],
  ['87', 'social_action'],
  ['88', 'social_action'],
];

export function sectorForNace(naceCode: string | null | undefined): Sector | null {
  if (!naceCode) return null;
  const digits = naceCode.replace(/\D/g, '');
  let best: readonly [string, Sector] | undefined;
  for (const entry of BY_PREFIX) {
    if (digits.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best ? best[1] : null;
}
