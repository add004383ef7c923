/**
 * `npm run bench:generate`: fills a database with a realistic "10x Brussels" (50,000 organisations,
 * 100,000 contacts, 60,000 cases with their events, 500,000 meetings with notes of real length,
 * 150,000 tasks, 40,000 assessments, 20,000 recognition files, 30,000 referrals, their events,
 * and the audit rows all that leaves). Deterministic: the same --seed gives the same rows, ids included
 * (only the argon2 password hashes differ, their salt being random).
 *
 *   node bench/dist/bench/generate.js [--seed=2026] [--scale=1] [--force] [--if-needed]
 *
 * --if-needed: does nothing when the database already holds a finished load (of any seed and scale when
 * neither is named, as `npm run bench` calls it; of the named ones otherwise).
 * --force (or a different seed/scale): drops and recreates the database, applies the migrations, loads.
 *
 * How it loads fast: the schema comes from the API's own migrations; then, with
 * `session_replication_role = replica` (no triggers, no FK checks) and the secondary indexes dropped,
 * the rows go in as batched `INSERT ... SELECT FROM json_populate_recordset($1)`; the audit rows the
 * triggers would have written are added with one INSERT ... SELECT per audited table, the columns the
 * triggers maintain (organisation stage/advisor, last meeting, recognition status) with one UPDATE
 * each; the indexes are rebuilt (two at a time) and the tables vacuumed and analysed.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { BRUSSELS_MUNICIPALITIES } from '../api/src/domain/municipalities';
import { EMES_RULES_VERSION, INDICATORS, IndicatorAnswer, Rating, scoreAssessment } from '../api/src/domain/emes';
import { CASE_STAGES } from '../api/src/domain/case-rules';
import { MEETING_CHANNELS } from '../api/src/domain/meeting-codes';
import { checkDigits } from '../api/src/domain/enterprise-number';
import { LEGAL_FORMS, SECTORS } from '../api/src/domain/organisation-codes';
import { dossierItems } from '../api/src/domain/recognition-dossier';
import {
  KIND_CLOCKS,
  RecognitionKind,
  RecognitionStatus,
  renewalWindowDates,
} from '../api/src/domain/recognition-rules';
import { hashPassword } from '../api/src/auth/password';
import {
  arg,
  BENCH_ADMIN,
  BENCH_ADVISOR,
  BENCH_MANAGER,
  BENCH_PASSWORD,
  databaseName,
  DEFAULT_DB_URL,
  JWT_SECRET,
  maintenanceUrl,
} from './common';

const REPO = resolve(__dirname, '../../..');
const TODAY = Date.UTC(2026, 10, 27);
const DAY = 86_400_000;
const START = Date.UTC(2019, 0, 1);

// ---------- deterministic randomness ----------
let state = 0;
function seedRandom(seed: number): void {
  state = seed >>> 0;
}
/** mulberry32 */
function rnd(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
const chance = (p: number) => rnd() < p;
function weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T {
  const total = pairs.reduce((n, [, w]) => n + w, 0);
  let r = rnd() * total;
  for (const [value, w] of pairs) if ((r -= w) < 0) return value;
  return pairs[pairs.length - 1][0];
}
function some<T>(items: readonly T[], min: number, max: number): T[] {
  const n = Math.min(items.length, int(min, max));
  const chosen = new Set<T>();
  while (chosen.size < n) chosen.add(pick(items));
  return [...chosen];
}
const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
/** A v4-shaped uuid from the seeded generator. */
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);
const between = (from: number, to: number) => from + Math.floor(rnd() * Math.max(1, to - from));
/** Working hours, Brussels time (UTC+1), on the given day. */
const atWork = (ms: number) => Math.floor(ms / DAY) * DAY + (7 + int(0, 9)) * 3_600_000 + int(0, 3) * 900_000;

// ---------- words ----------
const FR_FIRST = [
  'Amélie',
  'Benoît',
  'Céline',
  'Chloé',
  'Damien',
  'Élodie',
  'Émile',
  'François',
  'Françoise',
  'Gaëlle',
  'Hélène',
  'Jérôme',
  'Léa',
  'Loïc',
  'Manon',
  'Mathéo',
  'Noémie',
  'Océane',
  'Raphaël',
  'Zoé',
  'Adèle',
  'Anaïs',
  'Clément',
  'Inès',
  'Joël',
  'Maëlle',
  'Thérèse',
  'Valérie',
  'Yannick',
  'Sébastien',
];
const NL_FIRST = [
  'Anke',
  'Bart',
  'Dries',
  'Els',
  'Femke',
  'Geert',
  'Hanne',
  'Jens',
  'Joke',
  'Kobe',
  'Lien',
  'Marijke',
  'Nele',
  'Pieter',
  'Ruben',
  'Sofie',
  'Stijn',
  'Tine',
  'Wout',
  'Ine',
];
const OTHER_FIRST = [
  'Yasmina',
  'Mehdi',
  'Fatoumata',
  'Aïcha',
  'Karim',
  'Özlem',
  'Mariusz',
  'Ioana',
  'Nabil',
  'Samira',
  'Ahmed',
  'Agnieszka',
  'José',
  'Lucía',
  'Youssef',
  'Nour',
];
const FR_LAST = [
  'Dubois',
  'Lambert',
  'Dupont',
  'Lefèvre',
  'Mertens',
  'Renard',
  'Fontaine',
  'Lemaître',
  'Delcourt',
  'Gérard',
  'Hublet',
  'Moreau',
  'Noël',
  'Piérard',
  'Thiry',
  'Vandenbroucke',
  'Collignon',
  'Deprez',
  'Lecocq',
  'Simonet',
];
const NL_LAST = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Van den Bossche',
  'Vermeulen',
  'De Backer',
  'Van Damme',
  'Verhaegen',
  'Coppens',
  'Declercq',
  "D'Hondt",
  'Van Acker',
];
const OTHER_LAST = [
  'El Amrani',
  'Benali',
  'Yılmaz',
  'Kowalski',
  'Diallo',
  'Popescu',
  'Ouédraogo',
  'Bakkali',
  'García',
  'Nowak',
  'Çelik',
  'Mbala',
];
const NAME_FORMS_FR = [
  'Coopérative',
  'Atelier',
  'Les Jardins de',
  'La Ferme de',
  'Maison de quartier',
  'Épicerie sociale',
  'Régie de quartier',
  'Centre',
  'Restaurant solidaire',
  'Ressourcerie',
  'Fondation',
  'Collectif',
  'Les Ateliers de',
  'Éco-crèche',
  'Vélo-atelier',
  'Agence immobilière sociale',
  'Maison médicale',
  'Entreprise de formation par le travail',
  'La Fabrique de',
  'Le Comptoir de',
];
const NAME_FORMS_NL = [
  'Coöperatie',
  'Buurtwerkplaats',
  'Kringloopcentrum',
  'De Moestuin van',
  'Wijkrestaurant',
  'Fietsatelier',
  'Sociaal verhuurkantoor',
  'Buurthuis',
  'Werkplaats',
  'Het Atelier van',
  'Stadsboerderij',
  'Sociale kruidenier',
  'Wijkgezondheidscentrum',
  'Leerwerkbedrijf',
  'De Zaak van',
];
const NAME_CORES = [
  'la Senne',
  'Flagey',
  'Bockstael',
  'Matongé',
  'Marolles',
  'Tour & Taxis',
  'la Chaussée',
  "l'Abbaye",
  'Ribaucourt',
  'Cureghem',
  'Helmet',
  'Josaphat',
  'Meiser',
  'Heysel',
  'Stalle',
  'Boondael',
  'Dansaert',
  'Sablon',
  'Anneessens',
  'Clemenceau',
  'Parvis',
  'Maelbeek',
  'Saint-Guidon',
  'Hoogstraten',
  'Kanal',
  'Zennevallei',
  'Brabant',
  'Coin du Balai',
  'Sonian',
  'Botanique',
  'Nord',
  'Midi',
  'Rouppe',
  'Jourdan',
  'Duden',
  'Wiels',
  'Bempt',
  'Neerpede',
  'Moortebeek',
  'Peterbos',
];
const NAME_TAILS = [
  '',
  '',
  '',
  ' Solidaire',
  ' Bio',
  ' & Co',
  ' Durable',
  ' Circulaire',
  ' Inclusief',
  ' Plus',
  ' Ensemble',
  ' Samen',
  ' Vert',
  ' Nova',
  ' 2.0',
  ' Express',
  ' du Cœur',
  ' Équitable',
];
const SUFFIX_BY_FORM: Record<string, string[]> = {
  asbl_vzw: [' ASBL', ' VZW', ' asbl', ''],
  aisbl_ivzw: [' AISBL', ' IVZW'],
  foundation: [''],
  sc_cv: [' SC', ' CV', ' scrl-fs', ''],
  srl_bv: [' SRL', ' BV'],
  sa_nv: [' SA', ' NV'],
};
const STREET_FR = ['Rue', 'Avenue', 'Chaussée de', 'Boulevard', 'Place', 'Quai', 'Rue de la', 'Rue du'];
const STREET_NAMES = [
  'Ribaucourt',
  'Wavre',
  'Haecht',
  'Gand',
  'Mons',
  'Ninove',
  'Louvain',
  'Charleroi',
  'Alsemberg',
  'Waterloo',
  "l'Étuve",
  'Brabant',
  'Vierge Noire',
  'Marché au Charbon',
  'Progrès',
  'Midi',
  'Théodore Verhaegen',
  'Émile Féron',
  'Général Leman',
  'Fonsny',
  'Houblon',
  'Prairie',
  'Tanneurs',
  'Arbre Bénit',
  'Bienfaiteurs',
];
const STREET_NL = ['straat', 'laan', 'steenweg', 'plein', 'kaai'];
const STREET_NL_NAMES = [
  'Vlaamse',
  'Kartuizers',
  'Antwerpse',
  'Hoog',
  'Koolmijnen',
  'Dansaert',
  'Bergense',
  'Leuvense',
  'Gentse',
  'Ninoofse',
];
const TAGS = [
  'incubé',
  'lauréat 2024',
  'lauréat 2025',
  'à relancer',
  'partenaire CPAS',
  'Innoviris',
  'be.circular',
  'prioritaire',
  'jeunes',
  'femmes entrepreneures',
  'quartier durable',
  'ESI',
  'titres-services',
  'economie circulaire',
  'bilingue',
];
const JOBS = [
  'Coordinatrice',
  'Directeur',
  'Gérante',
  'Administrateur délégué',
  'Responsable financier',
  'Chargée de projet',
  'Coördinator',
  'Zaakvoerder',
  'Voorzitter',
  'Projectmedewerker',
  'Président du CA',
  'Trésorière',
  'Responsable RH',
  'Accompagnatrice socio-professionnelle',
];
const EMAIL_DOMAINS = ['example.be', 'mail.example', 'asbl.example.be', 'coop.example.eu', 'example.brussels'];

const FR_SENTENCES = [
  'Nous avons fait le point sur le plan financier de la coopérative et sur la trésorerie des six prochains mois.',
  "L'équipe souhaite engager deux personnes en article 60 avec le CPAS d'Anderlecht d'ici la fin de l'année.",
  'La tension salariale reste sous le ratio de 1 à 4, la grille des salaires a été vérifiée avec la gérante.',
  "Le conseil d'administration se réunit une fois par mois ; l'assemblée générale annuelle est ouverte à tous les membres.",
  "Ils cherchent un local plus grand à Molenbeek pour l'atelier de réparation de vélos et le stockage du matériel.",
  "Le dossier d'agrément entreprise sociale est presque complet : il manque les comptes des trois dernières années.",
  'Discussion sur la diversification des recettes : subsides régionaux, ventes de services et dons représentent chacun un tiers.',
  'La porteuse de projet a suivi le programme COOPCITY et veut maintenant structurer la gouvernance participative.',
  "Un rapport d'activités détaillé sera envoyé avant la prochaine rencontre, avec les chiffres de fréquentation.",
  'Les bénévoles assurent la distribution des colis alimentaires trois fois par semaine à la Maison de quartier.',
  "Nous avons évoqué les aides à l'emploi d'Actiris et la possibilité d'un prêt de finance.brussels pour l'équipement.",
  "La cuisine de production doit être mise aux normes de l'AFSCA avant l'ouverture du restaurant solidaire.",
  'Le modèle économique repose sur la revente de meubles de seconde main collectés auprès des particuliers bruxellois.',
  "Proposition d'orienter l'entreprise vers BISSIB pour rencontrer d'autres acteurs de l'innovation sociale.",
  "L'indicateur de risque économique est partiellement rencontré : la structure dépend encore fortement des subsides.",
  'Les statuts doivent être adaptés au Code des sociétés et des associations, notamment la finalité sociale.',
  "Une rencontre avec l'échevine de l'économie de Schaerbeek est prévue pour présenter le projet de ressourcerie.",
  "Le chiffre d'affaires a progressé de 18 % depuis l'an dernier grâce aux marchés publics avec clause sociale.",
  'Les travailleurs en insertion reçoivent une formation certifiante en maraîchage urbain et en logistique.',
  "Nous avons relu ensemble la note de présentation et la grille d'auto-évaluation EMES remplie par l'équipe.",
];
const NL_SENTENCES = [
  'We hebben het financieel plan van de coöperatie overlopen, met de kasstroom voor de komende zes maanden.',
  'Het team wil tegen het einde van het jaar twee mensen aanwerven via een artikel 60-tewerkstelling met het OCMW.',
  'De loonspanning blijft onder de verhouding 1 op 4; het loonbarema werd samen met de zaakvoerder nagekeken.',
  'De raad van bestuur vergadert maandelijks en de algemene vergadering staat open voor alle leden.',
  'Ze zoeken een grotere ruimte in Sint-Jans-Molenbeek voor het fietsatelier en de opslag van materiaal.',
  'Het erkenningsdossier als sociale onderneming is bijna volledig: de jaarrekeningen van de laatste drie jaar ontbreken nog.',
  'Gesprek over de diversificatie van de inkomsten: subsidies, verkoop van diensten en giften zijn elk ongeveer een derde.',
  'De projectdrager heeft het COOPCITY-traject gevolgd en wil nu het participatieve bestuur uitwerken.',
  'Voor de volgende afspraak sturen ze een gedetailleerd activiteitenverslag met de bezoekerscijfers.',
  'Vrijwilligers verdelen drie keer per week voedselpakketten in het buurthuis.',
  'We bespraken de tewerkstellingssteun van Actiris en een mogelijke lening van finance.brussels voor de uitrusting.',
  'De productiekeuken moet aan de normen van het FAVV voldoen voor het wijkrestaurant kan openen.',
  'Het verdienmodel steunt op de verkoop van tweedehandsmeubelen die bij Brusselaars worden opgehaald.',
  'Voorstel om de onderneming door te verwijzen naar BISSIB om andere spelers uit de sociale innovatie te ontmoeten.',
  'De indicator economisch risico is gedeeltelijk vervuld: de structuur hangt nog sterk af van subsidies.',
  'De statuten moeten aangepast worden aan het Wetboek van vennootschappen en verenigingen, vooral het sociaal oogmerk.',
];
const FR_SUBJECTS = [
  'Premier contact',
  'Diagnostic du modèle économique',
  'Suivi du plan financier',
  'Préparation du dossier d’agrément',
  'Évaluation EMES',
  'Point gouvernance',
  'Visite sur site',
  'Suivi après orientation',
  'Recherche de financement',
  'Bilan annuel',
];
const NL_SUBJECTS = [
  'Eerste contact',
  'Diagnose van het verdienmodel',
  'Opvolging financieel plan',
  'Voorbereiding erkenningsdossier',
  'EMES-evaluatie',
  'Bestuur en governance',
  'Bezoek ter plaatse',
  'Opvolging na doorverwijzing',
  'Zoektocht naar financiering',
  'Jaarlijkse evaluatie',
];
const NEXT_STEPS = [
  'Envoyer le modèle de plan financier.',
  'Prendre rendez-vous avec finance.brussels.',
  'Relire les statuts modifiés.',
  'Het activiteitenverslag doorsturen.',
  'Afspraak maken met het OCMW.',
  'Compléter la grille EMES.',
  'De jaarrekeningen opvragen.',
];
const TASK_TITLES = [
  'Envoyer le compte rendu',
  'Relancer pour les comptes annuels',
  'Préparer la grille EMES',
  'Vérifier les statuts',
  'Verslag doorsturen',
  'Jaarrekening opvragen',
  'Appeler la coordinatrice',
  'Planifier la visite',
  'Dossier agrément : vérifier la checklist',
  'Doorverwijzing naar COOPCITY opvolgen',
];
const CASE_TITLES = [
  'Accompagnement création',
  'Consolidation du modèle économique',
  'Demande d’agrément entreprise sociale',
  'Renouvellement de l’agrément',
  'Passage en coopérative',
  'Begeleiding opstart',
  'Erkenning sociale onderneming',
  'Groei en consolidatie',
  'Recherche de financement',
  'Changement d’échelle',
];
const CLOSE_REASONS = [
  'Agrément obtenu',
  'Orientation vers un partenaire',
  'Projet abandonné',
  'Plus de réponse',
  'Doelstellingen bereikt',
  'Doorverwezen',
];

const sentences = (language: 'fr' | 'nl', min: number, max: number) => {
  const pool = language === 'fr' ? FR_SENTENCES : NL_SENTENCES;
  return Array.from({ length: int(min, max) }, () => pick(pool)).join(' ');
};

// ---------- database helpers ----------
type Row = Record<string, unknown>;

class Loader {
  private pending: Row[] = [];
  rows = 0;
  private started = Date.now();
  constructor(
    private readonly db: Client,
    readonly table: string,
    private readonly batch = 2000,
  ) {}
  async add(row: Row): Promise<void> {
    this.pending.push(row);
    if (this.pending.length >= this.batch) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.pending.length) return;
    const columns = Object.keys(this.pending[0]).join(', ');
    const json = JSON.stringify(this.pending);
    this.rows += this.pending.length;
    this.pending = [];
    // One batch in flight while the next is generated: the database and this process work side by side.
    await this.inflight;
    this.inflight = this.db
      .query(
        `INSERT INTO ${this.table} (${columns}) SELECT ${columns} FROM json_populate_recordset(null::${this.table}, $1)`,
        [json],
      )
      .then(() => undefined);
  }
  private inflight: Promise<void> = Promise.resolve();
  async done(): Promise<void> {
    await this.flush();
    await this.inflight;
    report(this.table, this.rows, this.started);
  }
}

const counts: Record<string, { rows: number; seconds: number }> = {};
function report(what: string, rows: number, started: number): void {
  const seconds = (Date.now() - started) / 1000;
  counts[what] = { rows, seconds };
  console.log(`  ${what.padEnd(34)} ${String(rows).padStart(9)} rows  ${seconds.toFixed(1).padStart(6)} s`);
}

async function timed(what: string, db: Client, sql: string): Promise<void> {
  const started = Date.now();
  const result = await db.query(sql);
  report(what, result.rowCount ?? 0, started);
}

// ---------- main ----------
async function main(): Promise<void> {
  const url = arg('url') ?? DEFAULT_DB_URL;
  const seed = Number(arg('seed') ?? 2026);
  const scale = Number(arg('scale') ?? 1);
  const force = arg('force') === 'true';
  const ifNeeded = arg('if-needed') === 'true';
  const n = (base: number) => Math.max(1, Math.round(base * scale));
  const name = databaseName(url);

  const admin = new Client({ connectionString: maintenanceUrl(url) });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount;
  if (exists && !force) {
    const db = new Client({ connectionString: url });
    await db.connect();
    const meta = await db.query(`SELECT seed, scale, finished_at FROM bench_meta`).catch(() => ({ rows: [] as Row[] }));
    await db.end();
    const done = meta.rows[0];
    // `npm run bench` (--if-needed, no seed named) runs on whatever finished load is there, a non-default seed included.
    const anyLoad = ifNeeded && arg('seed') === undefined && arg('scale') === undefined;
    if (done && (anyLoad || (Number(done.seed) === seed && Number(done.scale) === scale))) {
      console.log(
        `${name} already holds the seed ${done.seed} scale ${done.scale} data (loaded ${new Date(done.finished_at as string).toISOString()}); --force to regenerate.`,
      );
      await admin.end();
      return;
    }
    if (done && ifNeeded)
      console.log(
        `${name} holds seed ${done.seed} scale ${done.scale}: regenerating with seed ${seed} scale ${scale}.`,
      );
  }
  const started = Date.now();
  console.log(`Generating ${name}: seed ${seed}, scale ${scale} (${n(50_000)} organisations)`);
  if (exists) await admin.query(`DROP DATABASE ${JSON.stringify(name)} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${JSON.stringify(name)}`);
  await admin.end();

  // The schema is the API's own: its migrations, as `npm run migrate` applies them.
  const migrate = spawnSync(process.execPath, [resolve(REPO, 'api/dist/api/src/database/migrate.cli.js')], {
    env: { ...process.env, DATABASE_URL: url, JWT_SECRET, TRAJECT_DEMO: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (migrate.status !== 0)
    throw new Error('migrations failed (build the API first: npx tsc -p api/tsconfig.build.json)');
  report('migrations', 0, started);

  const db = new Client({ connectionString: url });
  await db.connect();
  await db.query(`SET session_replication_role = replica`);
  await db.query(`SET synchronous_commit = off`);
  await db.query(`SET maintenance_work_mem = '512MB'`);
  await db.query(`CREATE TABLE bench_meta (seed integer, scale numeric, finished_at timestamptz, counts jsonb)`);

  // Secondary indexes are dropped for the load and built again at the end (much faster than row by row).
  const tables = [
    'users',
    'organisations',
    'contacts',
    'cases',
    'case_events',
    'meetings',
    'tasks',
    'assessments',
    'recognitions',
    'recognition_events',
    'referrals',
    'referral_events',
    'audit_log',
  ];
  const { rows: indexes } = await db.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const index of indexes) await db.query(`DROP INDEX ${index.name}`);

  seedRandom(seed);
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  // ---- users: 32 advisors, 4 coordinators, 3 managers, 1 admin ----
  const userLoader = new Loader(db, 'users');
  const users: Array<{ id: string; role: string }> = [];
  const person = () => {
    const lang = weighted([
      ['fr', 5],
      ['nl', 3],
      ['other', 2],
    ] as const);
    const first = pick(lang === 'fr' ? FR_FIRST : lang === 'nl' ? NL_FIRST : OTHER_FIRST);
    const last = pick(lang === 'fr' ? FR_LAST : lang === 'nl' ? NL_LAST : OTHER_LAST);
    return { first, last, language: lang === 'other' ? pick(['fr', 'nl', 'en']) : lang };
  };
  const ascii = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
  const roles = [...Array(32).fill('advisor'), ...Array(4).fill('coordinator'), ...Array(3).fill('manager'), 'admin'];
  for (let i = 0; i < roles.length; i++) {
    const p = person();
    const email =
      i === 0
        ? BENCH_ADVISOR
        : i === 32 + 4
          ? BENCH_MANAGER
          : i === roles.length - 1
            ? BENCH_ADMIN
            : `${ascii(p.first)}.${ascii(p.last)}.${i}@hub.example.brussels`;
    const row = {
      id: uuid(),
      email,
      full_name: `${p.first} ${p.last}`,
      role: roles[i],
      language: p.language,
      active: true,
      password_hash: passwordHash,
      token_version: 0,
      created_at: iso(START - 30 * DAY + i * DAY),
      updated_at: iso(START),
      version: 1,
    };
    users.push({ id: row.id, role: row.role });
    await userLoader.add(row);
  }
  await userLoader.done();
  const advisors = users.filter((u) => u.role === 'advisor').map((u) => u.id);
  const coordinators = users.filter((u) => u.role === 'coordinator').map((u) => u.id);
  const staff = [...advisors, ...coordinators];

  // ---- organisations ----
  const orgLoader = new Loader(db, 'organisations');
  interface Org {
    id: string;
    created: number;
    advisor: string;
    language: 'fr' | 'nl';
    contacts: string[];
  }
  const orgs: Org[] = [];
  const numbers = new Set<string>();
  const OUTSIDE = [
    ['1300', null],
    ['1410', null],
    ['1700', null],
    ['1930', null],
    ['4000', null],
  ] as const;
  const legalForms = LEGAL_FORMS.map(
    (f) =>
      [
        f,
        (
          {
            asbl_vzw: 40,
            sc_cv: 15,
            srl_bv: 10,
            foundation: 5,
            aisbl_ivzw: 3,
            sa_nv: 3,
            de_facto_association: 6,
            not_incorporated: 6,
            partnership: 2,
            mutual_society: 2,
            public_body: 3,
            other: 2,
          } as Record<string, number>
        )[f] ?? 1,
      ] as const,
  );
  for (let i = 0; i < n(50_000); i++) {
    const language = chance(0.62) ? 'fr' : 'nl';
    const legalForm = weighted(legalForms);
    const base =
      language === 'fr' ? `${pick(NAME_FORMS_FR)} ${pick(NAME_CORES)}` : `${pick(NAME_FORMS_NL)} ${pick(NAME_CORES)}`;
    const name = `${base}${pick(NAME_TAILS)}${pick(SUFFIX_BY_FORM[legalForm] ?? [''])}`;
    let enterpriseNumber: string | null = null;
    if (legalForm !== 'de_facto_association' && legalForm !== 'not_incorporated' && chance(0.95)) {
      do {
        const eight = `0${String(int(2_000_000, 8_999_999))}`;
        enterpriseNumber = `${eight}${String(checkDigits(eight)).padStart(2, '0')}`;
      } while (numbers.has(enterpriseNumber));
      numbers.add(enterpriseNumber);
    }
    const outside = chance(0.03);
    const [nis, , , postcodes] = pick(BRUSSELS_MUNICIPALITIES);
    const postcode = outside ? pick(OUTSIDE)[0] : pick(postcodes);
    const created = between(START, TODAY - 2 * DAY);
    const slug = ascii(base).slice(0, 30);
    const org: Org = { id: uuid(), created, advisor: pick(advisors), language, contacts: [] };
    orgs.push(org);
    await orgLoader.add({
      id: org.id,
      name,
      enterprise_number: enterpriseNumber,
      legal_form: legalForm,
      sectors: some(SECTORS, 1, 3),
      description: sentences(language, 1, 3),
      social_mission: sentences(language, 1, 1),
      street:
        language === 'fr'
          ? `${pick(STREET_FR)} ${pick(STREET_NAMES)} ${int(1, 250)}`
          : `${pick(STREET_NL_NAMES)}${pick(STREET_NL)} ${int(1, 250)}`,
      postcode,
      municipality: outside ? null : nis,
      website: chance(0.7) ? `https://www.${slug}-${i}.example.be` : null,
      email: chance(0.8) ? `info@${slug}-${i}.example.be` : null,
      phone: chance(0.75)
        ? `+32 2 ${int(200, 799)} ${String(int(0, 99)).padStart(2, '0')} ${String(int(0, 99)).padStart(2, '0')}`
        : null,
      founded_on: chance(0.85) ? day(between(Date.UTC(1975, 0, 1), created)) : null,
      employees_fte: chance(0.8) ? Math.round(rnd() * rnd() * 120 * 10) / 10 : null,
      volunteers: chance(0.6) ? int(0, 80) : null,
      languages: language === 'fr' ? (chance(0.4) ? ['fr', 'nl'] : ['fr']) : chance(0.5) ? ['nl', 'fr'] : ['nl'],
      tags: chance(0.35) ? some(TAGS, 1, 3) : [],
      archived: chance(0.05),
      created_by_id: org.advisor,
      created_at: iso(created),
      updated_at: iso(between(created, TODAY)),
      version: int(1, 6),
    });
  }
  await orgLoader.done();

  // ---- contacts: 100,000, two per organisation on average, the first one primary ----
  const contactLoader = new Loader(db, 'contacts');
  for (let i = 0; i < n(100_000); i++) {
    const org = i < orgs.length ? orgs[i] : orgs[Math.floor(rnd() * orgs.length)];
    const p = person();
    const id = uuid();
    const consent = chance(0.1);
    const created = between(org.created, TODAY);
    await contactLoader.add({
      id,
      organisation_id: org.id,
      first_name: p.first,
      last_name: p.last,
      job_title: chance(0.85) ? pick(JOBS) : null,
      email: chance(0.9) ? `${ascii(p.first)}.${ascii(p.last)}${i}@${pick(EMAIL_DOMAINS)}` : null,
      phone: chance(0.6) ? `+32 4${int(70, 99)} ${int(10, 99)} ${int(10, 99)} ${int(10, 99)}` : null,
      language: p.language,
      is_primary: org.contacts.length === 0,
      legal_basis: consent ? 'consent' : 'public_task',
      consent_given_at: consent ? iso(created) : null,
      notes: chance(0.2) ? sentences(org.language, 1, 2) : null,
      anonymised_at: null,
      created_by_id: org.advisor,
      created_at: iso(created),
      updated_at: iso(created),
      version: 1,
    });
    org.contacts.push(id);
  }
  await contactLoader.done();

  // ---- cases: 60,000; at most one under way per organisation; with their events ----
  interface Case {
    id: string;
    org: Org;
    opened: number;
    closed: number | null;
    advisor: string;
  }
  const cases: Case[] = [];
  const casesByOrg = new Map<Org, Case[]>();
  const caseCount = n(60_000);
  const withCases = Math.min(orgs.length, Math.round(caseCount * 0.68));
  const order = orgs.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (let i = 0; i < caseCount; i++) {
    const org = orgs[i < withCases ? order[i] : order[Math.floor(rnd() * withCases)]];
    const list = casesByOrg.get(org) ?? [];
    list.push({ id: '', org, opened: 0, closed: null, advisor: org.advisor });
    casesByOrg.set(org, list);
  }
  const caseLoader = new Loader(db, 'cases');
  const eventLoader = new Loader(db, 'case_events');
  const openStages = CASE_STAGES.filter((s) => s !== 'closed');
  for (const idx of order) {
    const list = casesByOrg.get(orgs[idx]);
    if (!list) continue;
    const org = orgs[idx];
    // Consecutive journeys: each starts after the previous one closed.
    const span = (TODAY - org.created) / list.length;
    for (let k = 0; k < list.length; k++) {
      const c = list[k];
      c.id = uuid();
      c.opened = atWork(org.created + k * span + rnd() * span * 0.3);
      const last = k === list.length - 1;
      const closed = !last || chance(0.35);
      c.closed = closed ? atWork(Math.min(TODAY - DAY, c.opened + (0.3 + rnd() * 0.6) * span)) : null;
      c.advisor = chance(0.9) ? org.advisor : pick(advisors);
      if (last && !closed) org.advisor = c.advisor;
      const stage = closed ? 'closed' : weighted(openStages.map((s, i) => [s, 6 - i] as const));
      const status = closed ? 'closed' : chance(0.88) ? 'open' : 'on_hold';
      const coordinator = pick(coordinators);
      cases.push(c);
      await caseLoader.add({
        id: c.id,
        organisation_id: org.id,
        title: pick(CASE_TITLES),
        stage,
        status,
        advisor_id: chance(0.97) ? c.advisor : null,
        coordinator_id: coordinator,
        priority: weighted([
          ['low', 2],
          ['normal', 6],
          ['high', 2],
        ] as const),
        opened_on: day(c.opened),
        closed_on: closed ? day(c.closed!) : null,
        close_reason: closed ? pick(CLOSE_REASONS) : null,
        next_action_on: closed ? null : day(TODAY + int(-20, 60) * DAY),
        summary: sentences(org.language, 1, 3),
        created_by_id: coordinator,
        created_at: iso(c.opened),
        updated_at: iso(c.closed ?? c.opened + int(0, 200) * DAY),
        version: int(1, 8),
      });
      const end = c.closed ?? TODAY - DAY;
      const event = async (at: number, kind: string, from: string | null, to: string | null, user: string) =>
        eventLoader.add({
          case_id: c.id,
          organisation_id: org.id,
          at: iso(at),
          user_id: user,
          kind,
          from_value: from,
          to_value: to,
          comment: null,
        });
      await event(c.opened, 'opened', null, 'intake', coordinator);
      await event(c.opened + 60_000, 'assigned', null, c.advisor, coordinator);
      const reached = closed ? int(0, openStages.length - 1) : openStages.indexOf(stage as (typeof openStages)[number]);
      for (let s = 1; s <= reached; s++)
        await event(
          c.opened + ((end - c.opened) * s) / (reached + 2),
          'stage_changed',
          openStages[s - 1],
          openStages[s],
          c.advisor,
        );
      if (status === 'on_hold') await event(end, 'status_changed', 'open', 'on_hold', coordinator);
      if (closed) await event(c.closed!, 'closed', openStages[reached], pick(CLOSE_REASONS), coordinator);
    }
  }
  await caseLoader.done();
  await eventLoader.done();

  // ---- meetings: 500,000, skewed to organisations under support, notes of real length ----
  const meetingLoader = new Loader(db, 'meetings', 1000);
  const supported = orgs.filter((o) => casesByOrg.has(o));
  for (let i = 0; i < n(500_000); i++) {
    const inCase = chance(0.8);
    const org = inCase
      ? supported[Math.floor(Math.pow(rnd(), 1.6) * supported.length)]
      : orgs[Math.floor(rnd() * orgs.length)];
    const list = casesByOrg.get(org);
    const c = inCase && list ? pick(list) : null;
    const at = c ? atWork(between(c.opened, c.closed ?? TODAY - DAY)) : atWork(between(org.created, TODAY - DAY));
    const language = chance(0.85) ? org.language : org.language === 'fr' ? 'nl' : 'fr';
    const author = c?.advisor ?? pick(staff);
    const created = at + int(1, 72) * 3_600_000;
    await meetingLoader.add({
      id: uuid(),
      organisation_id: org.id,
      case_id: c?.id ?? null,
      author_id: author,
      occurred_at: iso(at),
      duration_minutes: pick([30, 45, 60, 60, 90, 120]),
      channel: weighted(
        MEETING_CHANNELS.map(
          (ch) =>
            [
              ch,
              ({ in_person: 5, video: 3, phone: 3, event: 1, email: 1 } as Record<string, number>)[ch] ?? 1,
            ] as const,
        ),
      ),
      contact_ids: org.contacts.length ? some(org.contacts, 1, Math.min(2, org.contacts.length)) : [],
      staff_ids: chance(0.2) ? [author, pick(staff)].filter((v, k, a) => a.indexOf(v) === k) : [author],
      subject: pick(language === 'fr' ? FR_SUBJECTS : NL_SUBJECTS),
      notes: sentences(language, 3, 9),
      outcomes: chance(0.7) ? sentences(language, 1, 2) : null,
      next_steps: chance(0.6) ? pick(NEXT_STEPS) : null,
      follow_up_on: chance(0.3) ? day(at + int(7, 60) * DAY) : null,
      created_at: iso(Math.min(created, TODAY)),
      updated_at: iso(Math.min(created, TODAY)),
      version: 1,
    });
  }
  await meetingLoader.done();

  // ---- tasks: 150,000 ----
  const taskLoader = new Loader(db, 'tasks');
  for (let i = 0; i < n(150_000); i++) {
    const c = chance(0.85) ? cases[Math.floor(rnd() * cases.length)] : null;
    const org = c?.org ?? orgs[Math.floor(rnd() * orgs.length)];
    const created = c ? between(c.opened, c.closed ?? TODAY) : between(org.created, TODAY);
    const due = created + int(2, 45) * DAY;
    const status =
      due < TODAY - 30 * DAY
        ? weighted([
            ['done', 8],
            ['cancelled', 1],
            ['todo', 1],
          ] as const)
        : weighted([
            ['todo', 6],
            ['done', 3],
            ['cancelled', 1],
          ] as const);
    const assignee = c?.advisor ?? pick(staff);
    await taskLoader.add({
      id: uuid(),
      organisation_id: org.id,
      case_id: c?.id ?? null,
      meeting_id: null,
      title: pick(TASK_TITLES),
      due_on: chance(0.9) ? day(due) : null,
      assignee_id: assignee,
      status,
      completed_at: status === 'done' ? iso(Math.min(TODAY, created + int(1, 40) * DAY)) : null,
      created_by_id: chance(0.8) ? assignee : pick(staff),
      created_at: iso(created),
      updated_at: iso(created),
      version: status === 'todo' ? 1 : 2,
    });
  }
  await taskLoader.done();

  // ---- assessments: 40,000 EMES assessments, scored by the API's own rules ----
  const assessmentLoader = new Loader(db, 'assessments');
  for (let i = 0; i < n(40_000); i++) {
    const c = cases[Math.floor(rnd() * cases.length)];
    const on = between(c.opened, c.closed ?? TODAY);
    const answers: IndicatorAnswer[] = INDICATORS.map(({ code }) => ({
      code,
      rating: weighted([
        ['met', 6],
        ['partly', 3],
        ['not_met', 1],
        ['unknown', 1],
      ] as const) as Rating,
      evidence: chance(0.5) ? sentences(c.org.language, 1, 1) : '',
    }));
    const lowest = chance(0.8) ? 2000 + int(0, 800) : null;
    const highest = lowest ? lowest * (1 + rnd() * (chance(0.9) ? 3 : 5)) : null;
    const result = scoreAssessment(answers, lowest, highest ? Math.round(highest) : null);
    const final = chance(0.7);
    const reviewed = final && chance(0.5);
    await assessmentLoader.add({
      id: uuid(),
      organisation_id: c.org.id,
      case_id: c.id,
      assessor_id: c.advisor,
      assessed_on: day(on),
      status: final ? 'final' : 'draft',
      indicators: result.indicators,
      lowest_wage: lowest,
      highest_wage: highest ? Math.round(highest) : null,
      wage_ratio: result.wageRatio,
      profit_distribution_pct: chance(0.5) ? int(0, 35) : null,
      pillars: result.pillars,
      verdict: result.verdict,
      rules_version: EMES_RULES_VERSION,
      finalised_at: final ? iso(on + int(1, 20) * DAY) : null,
      finalised_by_id: final ? c.advisor : null,
      review_status: reviewed
        ? weighted([
            ['agreed', 8],
            ['returned', 2],
          ] as const)
        : null,
      review_comment: reviewed && chance(0.3) ? sentences('fr', 1, 1) : null,
      reviewed_by_id: reviewed ? pick(coordinators) : null,
      reviewed_at: reviewed ? iso(on + int(21, 40) * DAY) : null,
      previous_id: null,
      created_at: iso(on),
      updated_at: iso(on + int(0, 40) * DAY),
      version: final ? 2 : 1,
    });
  }
  await assessmentLoader.done();

  // ---- recognitions: 20,000 files with their moves ----
  const recognitionLoader = new Loader(db, 'recognitions');
  const recognitionEvents = new Loader(db, 'recognition_events');
  const PATHS: Array<[RecognitionStatus[], number]> = [
    [['preparing'], 2],
    [['preparing', 'submitted'], 2],
    [['preparing', 'submitted', 'under_review'], 2],
    [['preparing', 'submitted', 'incomplete'], 1],
    [['preparing', 'submitted', 'under_review', 'approved'], 10],
    [['preparing', 'submitted', 'under_review', 'refused'], 1],
    [['preparing', 'submitted', 'under_review', 'approved', 'expired'], 2],
    [['preparing', 'withdrawn'], 1],
  ];
  for (let i = 0; i < n(20_000); i++) {
    const c = cases[Math.floor(rnd() * cases.length)];
    const kind = weighted([
      ['brussels_esd', 12],
      ['brussels_ipes', 3],
      ['brussels_esi_mandate', 2],
      ['federal_cnc_cooperative', 2],
      ['federal_social_enterprise', 1],
    ] as const) as RecognitionKind;
    const picked = weighted(PATHS);
    // A federal approval has no end date and never expires.
    const path = KIND_CLOCKS[kind].ends === 'never' && picked.includes('expired') ? picked.slice(0, -1) : picked;
    const status = path[path.length - 1];
    const term = weighted([
      ['first', 6],
      ['renewal', 3],
      ['further', 1],
    ] as const);
    const years = kind === 'brussels_esi_mandate' ? 5 : { first: 2, renewal: 3, further: 5 }[term];
    let created = between(c.opened, c.closed ?? TODAY - 10 * DAY);
    const toSubmit = int(10, 60) * DAY;
    const toDecide = int(30, 120) * DAY;
    // Every move lies in the past; an expired approval ran its whole term.
    const needed =
      (path.includes('submitted') ? toSubmit : 0) +
      (path.length > 3 ? toDecide : 0) +
      (status === 'expired' ? (years * 365 + 1) * DAY : 0);
    if (created + needed > TODAY - 2 * DAY) created = Math.max(START, TODAY - 2 * DAY - needed - int(0, 200) * DAY);
    const submitted = path.includes('submitted') ? created + toSubmit : null;
    const decided =
      status === 'approved' || status === 'refused' || status === 'expired' ? submitted! + toDecide : null;
    const approved = path.includes('approved');
    const validFrom = approved ? decided! : null;
    const validUntil = validFrom && KIND_CLOCKS[kind].ends !== 'never' ? validFrom + years * 365 * DAY : null;
    const window = renewalWindowDates(kind, validUntil ? day(validUntil) : null);
    const id = uuid();
    await recognitionLoader.add({
      id,
      organisation_id: c.org.id,
      case_id: c.id,
      kind,
      status,
      submitted_on: submitted ? day(submitted) : null,
      decision_on: decided ? day(decided) : null,
      valid_from: validFrom ? day(validFrom) : null,
      valid_until: validUntil ? day(validUntil) : null,
      renewal_opens_on: window?.opensOn ?? null,
      renewal_late_from: window?.lateFrom ?? null,
      term,
      previous_id: null,
      reference: submitted ? `AGR/${new Date(submitted).getUTCFullYear()}/${String(i).padStart(5, '0')}` : null,
      checklist: dossierItems({ kind, term, starting: false }).map((code) => ({
        code,
        done: submitted ? true : chance(0.5),
        note: '',
      })),
      notes: chance(0.4) ? sentences(c.org.language, 1, 2) : null,
      created_by_id: c.advisor,
      created_at: iso(created),
      updated_at: iso(decided ?? submitted ?? created),
      version: path.length,
    });
    let at = created;
    for (let s = 0; s < path.length; s++) {
      at =
        s === 0
          ? created
          : path[s] === 'submitted'
            ? submitted!
            : path[s] === 'approved' || path[s] === 'refused'
              ? decided!
              : path[s] === 'expired'
                ? validUntil! + DAY
                : at + int(5, 40) * DAY;
      await recognitionEvents.add({
        recognition_id: id,
        organisation_id: c.org.id,
        at: iso(at),
        user_id: c.advisor,
        from_status: s ? path[s - 1] : null,
        to_status: path[s],
        comment: path[s] === 'incomplete' ? 'pièces manquantes / ontbrekende stukken' : null,
      });
    }
  }
  await recognitionLoader.done();
  await recognitionEvents.done();

  // ---- referrals: 30,000 to COOPCITY and BISSIB programmes, with their moves ----
  // The migration inserts the programmes with random ids: give them ids derived from their names, so the same seed gives the same referrals.
  await db.query(
    `UPDATE programmes SET id = md5('programme:' || name)::uuid, created_at = '2018-12-01T09:00:00Z', updated_at = '2018-12-01T09:00:00Z'`,
  );
  const programmes = (
    await db.query<{ id: string; partner: string }>(`SELECT id, partner FROM programmes ORDER BY name`)
  ).rows;
  const referralLoader = new Loader(db, 'referrals');
  const referralEvents = new Loader(db, 'referral_events');
  const REFERRAL_PATHS: Array<[string[], number]> = [
    [['proposed'], 1],
    [['proposed', 'sent'], 2],
    [['proposed', 'sent', 'accepted'], 2],
    [['proposed', 'sent', 'accepted', 'in_progress'], 3],
    [['proposed', 'sent', 'accepted', 'in_progress', 'completed'], 5],
    [['proposed', 'sent', 'declined'], 1],
    [['proposed', 'cancelled'], 1],
  ];
  for (let i = 0; i < n(30_000); i++) {
    const c = cases[Math.floor(rnd() * cases.length)];
    const programme = pick(programmes);
    const path = weighted(REFERRAL_PATHS);
    const status = path[path.length - 1];
    const on = between(c.opened, c.closed ?? TODAY - 5 * DAY);
    const responded = ['accepted', 'declined'].some((s) => path.includes(s)) ? on + int(3, 30) * DAY : null;
    const completed = status === 'completed' ? responded! + int(30, 200) * DAY : null;
    const id = uuid();
    await referralLoader.add({
      id,
      organisation_id: c.org.id,
      case_id: c.id,
      partner: programme.partner,
      programme_id: programme.id,
      status,
      referred_on: day(on),
      responded_on: responded ? day(Math.min(responded, TODAY)) : null,
      completed_on: completed ? day(Math.min(completed, TODAY)) : null,
      outcome: status === 'completed' ? sentences(c.org.language, 1, 1) : null,
      reason: status === 'declined' || status === 'cancelled' ? 'Hors du périmètre du programme' : null,
      referred_by_id: c.advisor,
      created_at: iso(atWork(on)),
      updated_at: iso(atWork(Math.min(completed ?? responded ?? on, TODAY))),
      version: path.length,
    });
    let at = atWork(on);
    for (let s = 0; s < path.length; s++) {
      at =
        s === 0
          ? at
          : Math.min(
              TODAY - DAY,
              path[s] === 'accepted' || path[s] === 'declined'
                ? atWork(responded!)
                : path[s] === 'completed'
                  ? atWork(completed!)
                  : at + int(1, 20) * DAY,
            );
      await referralEvents.add({
        referral_id: id,
        organisation_id: c.org.id,
        at: iso(at),
        user_id: c.advisor,
        from_status: s ? path[s - 1] : null,
        to_status: path[s],
        comment: null,
      });
    }
  }
  await referralLoader.done();
  await referralEvents.done();

  // ---- what the triggers would have maintained ----
  await timed(
    'organisations.stage/advisor_id',
    db,
    `
    UPDATE organisations o SET stage = c.stage, advisor_id = c.advisor_id
      FROM cases c WHERE c.organisation_id = o.id AND c.status <> 'closed'`,
  );
  await timed(
    'organisations.last_meeting_at',
    db,
    `
    UPDATE organisations o SET last_meeting_at = m.last
      FROM (SELECT organisation_id, max(occurred_at) AS last FROM meetings GROUP BY 1) m WHERE m.organisation_id = o.id`,
  );
  await timed(
    'organisations.recognition_status',
    db,
    `
    UPDATE organisations o SET recognition_status = r.status
      FROM (SELECT DISTINCT ON (organisation_id) organisation_id, status FROM recognitions
             WHERE kind IN ('brussels_esd', 'brussels_ipes')
             ORDER BY organisation_id, (status = 'approved') DESC, created_at DESC) r
     WHERE r.organisation_id = o.id`,
  );

  // The case milestones (migration AddCaseMilestones) in one pass each: the indexes their per-case form uses are not built yet.
  for (const [column, source, at] of [
    ['first_meeting_on', 'meetings', 'occurred_at'],
    ['first_referral_on', 'referrals', 'referred_on'],
  ]) {
    await timed(
      `cases.${column}`,
      db,
      `
      UPDATE cases c SET ${column} = x.first
        FROM (SELECT c2.id, min(s.${at})::date AS first FROM cases c2 JOIN ${source} s ON s.organisation_id = c2.organisation_id AND s.${at} >= c2.opened_on GROUP BY c2.id) x
       WHERE x.id = c.id`,
    );
  }

  // The overview's meeting counts by month, author and channel (migration AddMeetingMonthCounts).
  await timed('meeting_month_counts', db, `SELECT meeting_month_counts_rebuild()`);
  // And by day, for the period's partial months (migration AddOverviewCounts).
  await timed('meeting_day_counts', db, `SELECT meeting_day_counts_rebuild()`);
  // The cases as spans of the overview's organisations supported, with their kept counts (migration AddOrganisationSpans).
  await timed('organisation_spans', db, `SELECT organisation_spans_rebuild()`);
  // The overview's other figures by day and month (migration AddOverviewCounts), after the case milestones above.
  await timed('overview_counts', db, `SELECT overview_counts_rebuild()`);

  // The three UPDATEs left two dead versions of most organisations: compact the table, as a live one would be.
  await timed('vacuum full organisations', db, `VACUUM FULL organisations`);

  // ---- the audit rows the triggers would have written: one "create" per row, the same shape as audit_row() ----
  const actor: Record<string, string> = {
    users: 'NULL',
    organisations: 't.created_by_id',
    contacts: 't.created_by_id',
    cases: 't.created_by_id',
    meetings: 't.author_id',
    tasks: 't.created_by_id',
    assessments: 't.assessor_id',
    recognitions: 't.created_by_id',
    programmes: 'NULL',
    referrals: 't.referred_by_id',
  };
  // The columns audit_row() leaves out, as the migrations left its quiet list (a migration exports nothing).
  const [{ quiet }] = (
    await db.query(
      `SELECT (regexp_match(pg_get_functiondef('audit_row()'::regprocedure), 'quiet text\\[\\] := (ARRAY\\[[^]]*\\])'))[1] AS quiet`,
    )
  ).rows;
  if (!quiet) throw new Error('audit_row() has no quiet list');
  for (const table of Object.keys(actor)) {
    await timed(
      `audit_log (${table})`,
      db,
      `
      INSERT INTO audit_log (at, user_id, action, entity, entity_id, changes)
      SELECT t.created_at, ${actor[table]}, 'create', '${table}', t.id::text,
             (SELECT coalesce(jsonb_object_agg(key, jsonb_build_object('new', value)), '{}')
                FROM jsonb_each(to_jsonb(t) - ${quiet}::text[])
               WHERE value <> 'null'::jsonb)
        FROM ${table} t ORDER BY t.created_at, t.id`,
    );
  }
  // Closing a case is an update the trail keeps too.
  await timed(
    'audit_log (case closures)',
    db,
    `
    INSERT INTO audit_log (at, user_id, action, entity, entity_id, changes)
    SELECT c.closed_on + time '17:00', c.coordinator_id, 'update', 'cases', c.id::text,
           jsonb_build_object('stage', jsonb_build_object('old', 'follow_up', 'new', 'closed'), 'status', jsonb_build_object('old', 'open', 'new', 'closed'),
                              'closed_on', jsonb_build_object('old', NULL, 'new', c.closed_on), 'close_reason', jsonb_build_object('old', NULL, 'new', c.close_reason))
      FROM cases c WHERE c.status = 'closed' ORDER BY c.closed_on, c.id`,
  );

  // ---- indexes back, two builds at a time ----
  const indexStarted = Date.now();
  const second = new Client({ connectionString: url });
  await second.connect();
  for (const client of [db, second]) {
    await client.query(`SET maintenance_work_mem = '512MB'`);
    await client.query(`SET max_parallel_maintenance_workers = 0`);
  }
  const queue = [...indexes].sort((a, b) => Number(/gin/.test(b.def)) - Number(/gin/.test(a.def)));
  await Promise.all(
    [db, second].map(async (client) => {
      for (let index = queue.shift(); index; index = queue.shift()) await client.query(index.def);
    }),
  );
  await second.end();
  report(`indexes (${indexes.length})`, indexes.length, indexStarted);
  await db.query(`SET session_replication_role = origin`);
  const vacuumStarted = Date.now();
  await db.query(`VACUUM (ANALYZE)`);
  report('vacuum analyze', 0, vacuumStarted);

  const totals = await db.query<{ table: string; rows: string }>(
    `SELECT relname AS table, n_live_tup AS rows FROM pg_stat_user_tables WHERE relname = ANY($1) ORDER BY relname`,
    [tables],
  );
  const size = (await db.query<{ size: string }>(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`))
    .rows[0].size;
  await db.query(`INSERT INTO bench_meta VALUES ($1, $2, now(), $3)`, [seed, scale, JSON.stringify(counts)]);
  await db.end();
  console.log(`Rows: ${totals.rows.map((r) => `${r.table} ${r.rows}`).join(', ')}`);
  console.log(`Loaded in ${((Date.now() - started) / 1000).toFixed(0)} s; database ${size}.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
