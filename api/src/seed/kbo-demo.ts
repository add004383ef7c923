import { Injectable, Logger } from '@nestjs/common';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { KBO_JURIDICAL_FORMS } from '../domain/kbo-juridical-forms';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { fictionalExtractCodes } from '../kbo/extract-codes';
import { kboNumber } from '../kbo/extract-files';
import { CsvRows, writeExtractZip } from '../kbo/extract-writer';
import { KboLoadsService } from '../kbo/kbo-loads.service';

/** The labels of code.csv the demo extract uses, in French, Dutch and English. */
const DEMO_CODES: string[][] = [
  ...fictionalExtractCodes(),
  ['Nace2025', '88999', 'FR', 'Autre action sociale sans hébergement n.c.a.'],
  ['Nace2025', '88999', 'NL', 'Overige maatschappelijke dienstverlening zonder huisvesting, n.e.g.'],
  ['Nace2025', '56101', 'FR', 'Restauration à service complet'],
  ['Nace2025', '56101', 'NL', 'Eetgelegenheden met volledige bediening'],
  ['Nace2025', '38320', 'FR', 'Récupération de déchets triés'],
  ['Nace2025', '38320', 'NL', 'Terugwinning van gesorteerd afval'],
  ['Nace2025', '90011', 'FR', 'Arts du spectacle'],
  ['Nace2025', '90011', 'NL', 'Beoefening van podiumkunsten'],
];

const numberFrom = (firstEight: string) =>
  kboNumber(`${firstEight}${String(97 - (Number(firstEight) % 97)).padStart(2, '0')}`);

/** Enterprises of the demo extract that are not in the demo register: type one in the organisation form. */
export const DEMO_KBO_NEWCOMERS = [
  {
    number: numberFrom('09990012'),
    fr: 'Les Jardins Partagés de Forest',
    nl: 'De Gedeelde Tuinen van Vorst',
    form: '017',
    street: ['Avenue Van Volxem', 'Van Volxemlaan'],
    house: '120',
    zipcode: '1190',
    municipality: ['Forest', 'Vorst'],
    nace: '88999',
    start: '12-05-2021',
  },
  {
    number: numberFrom('09990023'),
    fr: 'Coopérative Atelier Vélo Canal',
    nl: 'Coöperatie Fietsatelier Kanaal',
    form: '706',
    street: ['Quai des Charbonnages', 'Koolmijnenkaai'],
    house: '30',
    zipcode: '1080',
    municipality: ['Molenbeek-Saint-Jean', 'Sint-Jans-Molenbeek'],
    nace: '38320',
    start: '03-09-2019',
  },
  {
    number: numberFrom('09990034'),
    fr: 'Théâtre du Quartier Nord',
    nl: 'Theater van de Noordwijk',
    form: '017',
    street: ['Rue du Progrès', 'Vooruitgangstraat'],
    house: '7',
    zipcode: '1210',
    municipality: ['Saint-Josse-ten-Noode', 'Sint-Joost-ten-Node'],
    nace: '90011',
    start: '21-01-2015',
  },
];

const FORM_OF = Object.fromEntries(
  Object.entries(KBO_JURIDICAL_FORMS)
    .reverse()
    .map(([code, form]) => [form, code]),
);
const kboDay = (iso: string | null) => (iso ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : null);

/**
 * Demo mode: a small fictional extract in the official format (the demo register's enterprises and a
 * few newcomers, numbers with valid checksums), then a monthly update in which one demo organisation
 * changes its name and another goes bankrupt, so the lookup, the form's proposals and the "KBO
 * changed" banner can be tried. Loaded once, on a database that has never loaded an extract.
 */
@Injectable()
export class KboDemo {
  private readonly logger = new Logger('KBO');

  constructor(
    private readonly db: DataSource,
    private readonly loads: KboLoadsService,
  ) {}

  async loadIfNeverLoaded(): Promise<void> {
    const [any] = await this.db.query(`SELECT 1 FROM kbo_loads LIMIT 1`);
    if (any) return;
    const folder = await mkdtemp(join(tmpdir(), 'traject-kbo-demo-'));
    try {
      const [full, update] = demoExtracts();
      for (const [name, meta, files] of [
        ['KboOpenData_0001_2026_10_Full.zip', full.meta, full.files],
        ['KboOpenData_0002_2026_11_Update.zip', update.meta, update.files],
      ] as const) {
        const path = join(folder, name);
        await writeExtractZip(path, meta, files);
        await this.loads.load(path, name, null);
      }
      this.logger.log('Demo KBO extract loaded (extracts 1 and 2)');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
}

function demoExtracts() {
  const registered = DEMO_ORGANISATIONS.filter((o) => o.enterpriseNumber);
  const enterprises = [
    ...registered.map((o) => ({
      number: kboNumber(o.enterpriseNumber!),
      fr: o.name,
      nl: null as string | null,
      form: FORM_OF[o.legalForm] ?? null,
      street: [o.street, o.street],
      house: null as string | null,
      zipcode: o.postcode,
      municipality: [null, null] as (string | null)[],
      nace: o.sectors.includes('sustainable_food') ? '56101' : '88999',
      start: kboDay(o.foundedOn),
    })),
    ...DEMO_KBO_NEWCOMERS,
  ];
  const enterpriseRow = (e: (typeof enterprises)[number], situation = '000') => [
    e.number,
    'AC',
    situation,
    '2',
    e.form,
    null,
    e.start,
  ];
  const names = (e: (typeof enterprises)[number], fr: string) => [
    [e.number, '1', '001', fr],
    ...(e.nl ? [[e.number, '2', '001', e.nl]] : []),
  ];
  const full: Record<string, CsvRows> = {
    code: DEMO_CODES,
    enterprise: enterprises.map((e) => enterpriseRow(e)),
    establishment: [],
    branch: [],
    denomination: enterprises.flatMap((e) => names(e, e.fr)),
    address: enterprises.map((e) => [
      e.number,
      'REGO',
      'België',
      'Belgique',
      e.zipcode,
      e.municipality[1],
      e.municipality[0],
      e.street[1],
      e.street[0],
      e.house,
      null,
      null,
      null,
    ]),
    contact: [],
    activity: enterprises.map((e) => [e.number, '006', '2025', e.nace, 'MAIN']),
  };
  const [renamed, bankrupt] = enterprises;
  const update: Record<string, CsvRows> = {
    code: DEMO_CODES,
    enterprise_delete: [[bankrupt.number]],
    enterprise_insert: [enterpriseRow(bankrupt, '012')],
    establishment_delete: [],
    establishment_insert: [],
    branch_delete: [],
    branch_insert: [],
    denomination_delete: [[renamed.number]],
    denomination_insert: names(renamed, `${renamed.fr.split(' / ')[0]} - Cantine solidaire`),
    address_delete: [],
    address_insert: [],
    contact_delete: [],
    contact_insert: [],
    activity_delete: [],
    activity_insert: [],
  };
  return [
    {
      meta: {
        snapshotDate: '2026-10-02',
        extractTimestamp: null,
        extractType: 'full' as const,
        extractNumber: 1,
        version: '1.0.0',
      },
      files: full,
    },
    {
      meta: {
        snapshotDate: '2026-11-06',
        extractTimestamp: null,
        extractType: 'update' as const,
        extractNumber: 2,
        version: '1.0.0',
      },
      files: update,
    },
  ];
}
