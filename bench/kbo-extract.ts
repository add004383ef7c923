/**
 * A fictional KBO Open Data extract at national scale (or a fraction of it), in the official format,
 * written by the API's own `writeExtractZip` (streamed: nothing is held whole). At scale 1: 2 million
 * enterprises, 3 million denominations, 2.8 million addresses, 35 million activity rows, 1.6 million
 * establishments, 600,000 contacts, about 2 GB unzipped. Deterministic: the same scale gives the same rows.
 * The monthly update changes 20,000 enterprises (or a tenth of them when fewer): each one's rows are
 * deleted and written again, a few renamed, moved, stopped or bankrupt.
 */
import { fictionalExtractCodes } from '../api/src/kbo/extract-codes';
import { writeExtractZip, CsvRows } from '../api/src/kbo/extract-writer';

export const NATIONAL = {
  enterprises: 2_000_000,
  denominations: 3_000_000,
  addresses: 2_800_000,
  activities: 35_000_000,
};

const FIRST = 2_000_000; // first eight digits of the first number: 0200.000.0xx
// Numbers spread over the range, as real ones are; at national scale the last one must still start with 0 or 1
// (2,000,000 + 2 million x 7 = 16,000,000: 1600.000.0xx). With 37, numbers past the 486,000th began with 2 to 7,
// which are establishment numbers: the lookup answered them 400 (found by the first run at scale 1).
const STEP = 7;

/** A valid ten-digit number from eight digits (mod 97), written the KBO way. */
export function kboNumberOf(index: number, base = FIRST): string {
  const eight = base + index * STEP;
  const check = String(97 - (eight % 97)).padStart(2, '0');
  const digits = `${String(eight).padStart(8, '0')}${check}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}
/** Establishment numbers start with 2 to 8. */
const establishmentOf = (index: number) => kboNumberOf(index, 20_000_000);

// Deterministic per row: a hash of the row's index, not a running generator, so any row can be rebuilt alone.
function hash(n: number, salt = 0): number {
  let t = (n * 2654435761 + salt * 0x9e3779b9) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}
const pickOf = <T>(items: readonly T[], n: number, salt: number): T => items[hash(n, salt) % items.length];

const TRADES = [
  'Boulangerie',
  'Bakkerij',
  'Garage',
  'Atelier',
  'Brasserie',
  'Immo',
  'Consult',
  'Services',
  'Bouw',
  'Transport',
  'Café',
  'Pharmacie',
  'Apotheek',
  'Cabinet',
  'Studio',
  'Group',
  'Invest',
  'Horeca',
  'Digital',
  'Solutions',
  'Restaurant',
  'Coiffure',
  'Kapsalon',
  'Menuiserie',
  'Schrijnwerkerij',
  'Électricité',
  'Elektriciteit',
  'Plomberie',
  'Loodgieterij',
  'Architecture',
  'Les Amis de',
  'Vrienden van',
  'Maison',
  'Huis',
  'Centre',
  'Centrum',
  'Fondation',
  'Ferme',
  'Hoeve',
  'Librairie',
];
const SURNAMES = [
  'Dupont',
  'Janssens',
  'Peeters',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Dubois',
  'Lambert',
  'Martin',
  'Simon',
  'Laurent',
  'Leroy',
  'Renard',
  'Lejeune',
  'Vermeulen',
  'Van den Broeck',
  'Desmet',
  'Lemaire',
  'Hermans',
  'Michiels',
  'Declercq',
  'Leclercq',
  'François',
  'Mathieu',
  'Noël',
  'Gérard',
  'Charlier',
  'Dumont',
  'Lefèvre',
];
const SYLLABLES = [
  'ba',
  'ko',
  'ri',
  'ven',
  'tal',
  'mo',
  'sa',
  'lu',
  'den',
  'gra',
  'pol',
  'ne',
  'ti',
  'var',
  'zo',
  'quen',
  'bri',
  'fel',
  'ho',
  'mar',
  'kel',
  'dio',
  'sun',
  'pe',
];
const FORMS = [
  ['017', 'ASBL'],
  ['610', 'SRL'],
  ['014', 'SA'],
  ['706', 'SC'],
  ['015', 'SNC'],
  ['030', 'Fondation'],
] as const;
const MUNICIPALITIES = [
  ['1000', 'Bruxelles', 'Brussel'],
  ['1030', 'Schaerbeek', 'Schaarbeek'],
  ['1050', 'Ixelles', 'Elsene'],
  ['1060', 'Saint-Gilles', 'Sint-Gillis'],
  ['1080', 'Molenbeek-Saint-Jean', 'Sint-Jans-Molenbeek'],
  ['2000', 'Anvers', 'Antwerpen'],
  ['9000', 'Gand', 'Gent'],
  ['4000', 'Liège', 'Luik'],
  ['5000', 'Namur', 'Namen'],
  ['3000', 'Louvain', 'Leuven'],
  ['8000', 'Bruges', 'Brugge'],
  ['6000', 'Charleroi', 'Charleroi'],
] as const;
const STREETS = [
  ['Rue de la Loi', 'Wetstraat'],
  ['Avenue Louise', 'Louizalaan'],
  ['Chaussée de Gand', 'Gentsesteenweg'],
  ['Rue Haute', 'Hoogstraat'],
  ['Place Flagey', 'Flageyplein'],
  ['Rue Neuve', 'Nieuwstraat'],
] as const;
const NACE = Array.from({ length: 600 }, (_, i) => String(1110 + i * 150).padStart(5, '0'));

/** A made-up word from the index: 24^3 of them, so names are many and shared words common, as in the register. */
const coined = (n: number) => {
  const w = `${SYLLABLES[n % 24]}${SYLLABLES[Math.floor(n / 24) % 24]}${SYLLABLES[Math.floor(n / 576) % 24]}`;
  return w[0].toUpperCase() + w.slice(1);
};

/** The registered name of enterprise `n` (generation `g`: 0 in the full extract, 1 when the update renamed it). */
export function enterpriseName(n: number, g = 0): string {
  const form = pickOf(FORMS, n, 3)[1];
  const shape = hash(n, 4) % 3;
  const word = coined(hash(n, 5 + g) % 13_824);
  if (shape === 0) return `${pickOf(TRADES, n, 6 + g)} ${pickOf(SURNAMES, n, 7)} ${word} ${form}`;
  if (shape === 1) return `${form} ${pickOf(TRADES, n, 6 + g)} ${word}`;
  return `${word} ${pickOf(SURNAMES, n, 7)} ${form}`;
}

export interface ExtractSizes {
  enterprises: number;
  establishments: number;
  updateEnterprises: number;
}

export function sizesAt(scale: number): ExtractSizes {
  const enterprises = Math.max(1000, Math.round(NATIONAL.enterprises * scale));
  return {
    enterprises,
    establishments: Math.round(enterprises * 0.8),
    updateEnterprises: Math.min(20_000, Math.round(enterprises / 10)),
  };
}

const kboDate = (n: number) => {
  const day = 1 + (n % 28);
  const month = 1 + (Math.floor(n / 28) % 12);
  const year = 1960 + (Math.floor(n / 336) % 66);
  return `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
};

type Row = (string | null)[];

/** Enterprise `n`'s rows in each file; `g` = 1 for its state after the update. */
function enterpriseRows(n: number, g: number) {
  const number = kboNumberOf(n);
  const form = pickOf(FORMS, n, 3)[0];
  const stopped = g === 1 && hash(n, 11) % 20 === 0;
  const bankrupt = g === 1 && !stopped && hash(n, 12) % 20 === 0;
  const enterprise: Row = [
    number,
    stopped ? 'ST' : 'AC',
    bankrupt ? '012' : '000',
    '2',
    form,
    null,
    kboDate(hash(n, 1) % 22_000),
  ];
  const denominations: Row[] = [[number, hash(n, 2) % 2 ? '2' : '1', '001', enterpriseName(n, g)]];
  if (hash(n, 8) % 2 === 0)
    denominations.push([number, hash(n, 2) % 2 ? '1' : '2', '002', `${coined(hash(n, 9) % 13_824).toUpperCase()}`]);
  const [zip, fr, nl] = pickOf(MUNICIPALITIES, n, 13 + g);
  const [streetFr, streetNl] = pickOf(STREETS, n, 14 + g);
  const address: Row = [
    number,
    'REGO',
    'België',
    'Belgique',
    zip,
    nl,
    fr,
    streetNl,
    streetFr,
    String(1 + (hash(n, 15 + g) % 200)),
    null,
    null,
    null,
  ];
  // 17.5 activity rows per enterprise on average (35 million nationally): 2025 and 2008 codes, VAT and RSZ/ONSS groups.
  const activityCount = 5 + (hash(n, 16) % 26);
  const activities: Row[] = [];
  for (let a = 0; a < activityCount; a++) {
    activities.push([
      number,
      a % 3 === 0 ? '006' : '001',
      a % 2 ? '2008' : '2025',
      NACE[hash(n * 31 + a, 17) % NACE.length],
      a < 2 ? 'MAIN' : 'SECO',
    ]);
  }
  const contacts: Row[] =
    hash(n, 18) % 10 < 3 ? [[number, 'ENT', 'EMAIL', `info@${coined(hash(n, 5) % 13_824).toLowerCase()}${n}.be`]] : [];
  return { number, enterprise, denominations, address, activities, contacts };
}

function codes(): Row[] {
  const rows: Row[] = fictionalExtractCodes();
  for (const version of ['2008', '2025'])
    for (const code of NACE)
      for (const lang of ['FR', 'NL'])
        rows.push([`Nace${version}`, code, lang, `${lang === 'FR' ? 'Activité' : 'Activiteit'} ${code}`]);
  return rows;
}

/** Rows of one file over enterprises `from`..`to` (exclusive), generated as they are written. */
function* over(
  from: number,
  to: number,
  g: number,
  take: (rows: ReturnType<typeof enterpriseRows>) => Row[],
): Generator<Row> {
  for (let n = from; n < to; n++) yield* take(enterpriseRows(n, g));
}
function* establishments(count: number, enterprises: number, g: number, only?: (n: number) => boolean): Generator<Row> {
  for (let e = 0; e < count; e++) {
    const owner = hash(e, 20) % enterprises;
    if (only && !only(owner)) continue;
    yield [establishmentOf(e), kboDate(hash(e, 21) % 22_000), kboNumberOf(owner)];
    void g;
  }
}

export async function writeFullExtract(path: string, sizes: ExtractSizes, extractNumber: number): Promise<void> {
  const n = sizes.enterprises;
  const files: Record<string, CsvRows> = {
    code: codes(),
    enterprise: over(0, n, 0, (r) => [r.enterprise]),
    establishment: establishments(sizes.establishments, n, 0),
    branch: [],
    denomination: over(0, n, 0, (r) => r.denominations),
    address: over(0, n, 0, (r) => [r.address]),
    contact: over(0, n, 0, (r) => r.contacts),
    activity: over(0, n, 0, (r) => r.activities),
  };
  await writeExtractZip(
    path,
    { snapshotDate: '2026-11-01', extractTimestamp: null, extractType: 'full', extractNumber, version: '1.0.0' },
    files,
  );
}

/** Which enterprises the update changes: every k-th one. */
export const changedBy = (sizes: ExtractSizes) => {
  const every = Math.floor(sizes.enterprises / sizes.updateEnterprises);
  return { every, count: sizes.updateEnterprises, at: (i: number) => i * every };
};

export async function writeUpdateExtract(path: string, sizes: ExtractSizes, extractNumber: number): Promise<void> {
  const { count, at } = changedBy(sizes);
  function* changed(take: (rows: ReturnType<typeof enterpriseRows>) => Row[]): Generator<Row> {
    for (let i = 0; i < count; i++) yield* take(enterpriseRows(at(i), 1));
  }
  const keys = () => changed((r) => [[r.number]]);
  const files: Record<string, CsvRows> = { code: codes() };
  for (const name of ['enterprise', 'denomination', 'address', 'contact', 'activity']) files[`${name}_delete`] = keys();
  files.establishment_delete = [];
  files.branch_delete = [];
  files.enterprise_insert = changed((r) => [r.enterprise]);
  files.establishment_insert = [];
  files.branch_insert = [];
  files.denomination_insert = changed((r) => r.denominations);
  files.address_insert = changed((r) => [r.address]);
  files.contact_insert = changed((r) => r.contacts);
  files.activity_insert = changed((r) => r.activities);
  await writeExtractZip(
    path,
    { snapshotDate: '2026-12-01', extractTimestamp: null, extractType: 'update', extractNumber, version: '1.0.0' },
    files,
  );
}
