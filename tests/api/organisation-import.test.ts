import { checkDigits } from '../../api/src/domain/enterprise-number';
import { bearer, startApi, TestApi } from '../support/api';

/** A valid enterprise number from a counter: 0 + 7 digits + check digits. */
const number = (n: number) => {
  const firstEight = `0${String(n).padStart(7, '0')}`;
  return `${firstEight}${String(checkDigits(firstEight)).padStart(2, '0')}`;
};

describe('importing organisations from CSV', () => {
  let api: TestApi;
  let advisor: { Authorization: string };
  beforeAll(async () => {
    api = await startApi();
    advisor = bearer(await api.token('advisor'));
  });
  afterAll(() => api.close());

  const send = (csv: string | Buffer, commit = false, type = 'text/csv; charset=utf-8') =>
    api.http.post(`/api/organisations/import${commit ? '?commit=true' : ''}`).set(advisor).set('Content-Type', type).send(Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'));
  const count = async () => (await api.sql('SELECT count(*)::int AS n FROM organisations'))[0].n;

  const FILE = [
    'name,enterprise number,legal form,postcode,sectors,languages,description',
    'Coopérative Les Tartines,0403.019.261,SC,1080,sustainable_food|work_integration,fr,"Pain, soupe et ""tartines"" solidaires"',
    'Bouwcoöperatie Zennevallei,0428759497,CV,1070,construction,nl,',
    'Maison de quartier,,ASBL,1030,social_action,fr|nl,"Deux lignes\nde description"',
    'Numéro faux,0431.150.351,ASBL,1000,,,',
    ',0440.966.354,ASBL,1000,,,',
  ].join('\n');

  it('a CSV or text body is read only by the import route, after sign-in; anywhere else it is refused unread (415)', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024);
    const login = await api.http.post('/api/auth/login').set('Content-Type', 'text/csv').send(big);
    expect(login.status).toBe(415);
    expect(login.body.code).toBe('request.unsupported_media_type');
    await api.http.post('/api/meetings').set('Content-Type', 'text/plain').send('hello').expect(415);
    await api.http.post('/api/organisations/import').set('Content-Type', 'text/csv').send('name\nX\n').expect(401);
  });

  it('a dry run reports every row and writes nothing', async () => {
    const res = await send(FILE).expect(200);
    expect(res.body.committed).toBe(false);
    expect(res.body.summary).toEqual({ rows: 5, create: 3, update: 0, unchanged: 0, refuse: 2 });
    // Line numbers are the file's: the row before spans two lines.
    expect(res.body.rows[3]).toMatchObject({ line: 6, action: 'refuse', name: 'Numéro faux', reasons: [expect.stringMatching(/mod-97/)] });
    expect(res.body.rows[4]).toMatchObject({ line: 7, action: 'refuse', reasons: ['name is missing'] });
    expect(await count()).toBe(0);
  });

  it('commit applies the same plan in one transaction; importing the same file again changes nothing', async () => {
    const res = await send(FILE, true).expect(200);
    expect(res.body).toMatchObject({ committed: true, summary: { create: 3, refuse: 2 } });
    const [tartines] = await api.sql(`SELECT name, enterprise_number, legal_form, municipality, sectors, description, version FROM organisations WHERE enterprise_number = '0403019261'`);
    expect(tartines).toEqual({
      name: 'Coopérative Les Tartines', enterprise_number: '0403019261', legal_form: 'sc_cv', municipality: '21012',
      sectors: ['sustainable_food', 'work_integration'], description: 'Pain, soupe et "tartines" solidaires', version: 1,
    });
    expect(res.body.rows[0].organisationId).toEqual(expect.any(String));
    const before = await api.sql('SELECT id, version, updated_at FROM organisations ORDER BY id');
    const again = await send(FILE, true).expect(200);
    expect(again.body.summary).toEqual({ rows: 5, create: 0, update: 0, unchanged: 3, refuse: 2 });
    expect(await api.sql('SELECT id, version, updated_at FROM organisations ORDER BY id')).toEqual(before);
    const [audit] = await api.sql(`SELECT changes FROM audit_log WHERE action = 'import' ORDER BY id LIMIT 1`);
    expect(audit.changes).toEqual({ created: 3, updated: 0, rows: 5 });
  });

  it('updates the organisation it matches (by number, else by name and postcode) and says which fields change', async () => {
    const csv = 'nom;numéro d\'entreprise;code postal;e-mail\nCoopérative Les Tartines;0403019261;1080;hello@tartines.example.be\nMaison de quartier;;1030;maison@quartier.example.be\n';
    const res = await send(csv, true).expect(200);
    expect(res.body.rows.map((r: { action: string; reasons: string[] }) => [r.action, r.reasons])).toEqual([
      ['update', ['email changes']],
      ['update', ['email changes']],
    ]);
    expect(await api.sql(`SELECT email, version FROM organisations WHERE name = 'Maison de quartier'`)).toEqual([{ email: 'maison@quartier.example.be', version: 2 }]);
  });

  it('reads a file with a BOM, semicolons and Dutch headers', async () => {
    const csv = '\uFEFFnaam;ondernemingsnummer;rechtsvorm;postcode;talen\r\nBrusselse Buurtwinkel;0440.966.354;VZW;1000;nl\r\n';
    const res = await send(csv).expect(200);
    expect(res.body.rows[0]).toMatchObject({ action: 'create', name: 'Brusselse Buurtwinkel', enterpriseNumber: '0440.966.354' });
  });

  it('reads a Windows-1252 file as Excel saves it', async () => {
    const res = await send(Buffer.from('nom;code postal\nCaf\xe9 Solidaire;1060\n', 'latin1')).expect(200);
    expect(res.body.rows[0].name).toBe('Café Solidaire');
  });

  it('takes the file as the file field of a multipart form', async () => {
    const res = await api.http
      .post('/api/organisations/import')
      .set(advisor)
      .attach('file', Buffer.from('name,postcode\nEpicerie Sociale du Nord,1030\n'), { filename: 'organisations.csv', contentType: 'text/csv' })
      .expect(200);
    expect(res.body.summary).toMatchObject({ rows: 1, create: 1 });
  });

  it('refuses a file without a name column, an empty body, a bad commit value, and a manager', async () => {
    expect((await send('postcode,email\n1000,a@b.be\n').expect(400)).body.errors).toHaveProperty('file');
    expect((await send('').expect(400)).body.errors).toHaveProperty('file');
    await api.http.post('/api/organisations/import?commit=yes').set(advisor).set('Content-Type', 'text/csv').send('name\nX\n').expect(400);
    await api.http.post('/api/organisations/import').set(bearer(await api.token('manager'))).set('Content-Type', 'text/csv').send('name\nX\n').expect(403);
  });

  it('goes through 50,000 rows in one request and one transaction', async () => {
    const lines = ['name,enterprise number,legal form,postcode,sectors,languages'];
    for (let i = 1; i <= 50_000; i++) lines.push(`Entreprise sociale ${i},${number(1_000_000 + i)},asbl,${1000 + (i % 3) * 10},social_action|culture,fr`);
    const before = await count();
    const res = await send(lines.join('\n'), true).expect(200);
    expect(res.body.summary).toEqual({ rows: 50_000, create: 50_000, update: 0, unchanged: 0, refuse: 0 });
    expect(await count()).toBe(before + 50_000);
    const again = await send(lines.join('\n')).expect(200);
    expect(again.body.summary.unchanged).toBe(50_000);
  }, 120_000);
});
