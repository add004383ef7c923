/**
 * Names compared the way a person reads them: case, accents, punctuation and the legal form left out
 * ("ASBL Les Petits Riens" and "Les Petits Riens vzw" are one name).
 */
const LEGAL_FORM_WORDS = new Set([
  'asbl',
  'vzw',
  'aisbl',
  'ivzw',
  'sprl',
  'bvba',
  'srl',
  'bv',
  'sa',
  'nv',
  'scrl',
  'cvba',
  'scri',
  'cvoa',
  'sc',
  'cv',
  'scs',
  'gcv',
  'snc',
  'vof',
  'scomm',
  'commv',
  'sca',
  'comm',
  'va',
  'fondation',
  'stichting',
  'fup',
  'son',
  'fsa',
  'scs',
  'sciv',
  'ei',
  'se',
]);

export function comparableName(name: string | null | undefined): string {
  if (!name) return '';
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1') // a.s.b.l. -> asbl
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word && !LEGAL_FORM_WORDS.has(word));
  return words.join(' ');
}

export function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of text.split(' ').filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/** pg_trgm's similarity (shared trigrams over all trigrams) of the two comparable names, 0 to 1. */
export function nameSimilarity(a: string | null | undefined, b: string | null | undefined): number {
  const left = trigrams(comparableName(a));
  const right = trigrams(comparableName(b));
  if (!left.size || !right.size) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}
