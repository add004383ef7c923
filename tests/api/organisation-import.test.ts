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
    api.http
      .post(`/api/organisations/import${commit ? '?commit=true' : ''}`)
      .set(advisor)
      .set('Content-Type', type)
      .send(Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'));
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
    // In the requester's language (the advisor reads French), with the codes beside.
    expect(res.body.rows[3]).toMatchObject({
      line: 6,
      action: 'refuse',
      name: 'Numéro faux',
      reasons: [expect.stringMatching(/^numéro d'entreprise .*modulo 97/)],
    });
    expect(res.body.rows[3].reasonCodes).toEqual([
      {
        code: 'import.row.enterprise_number',
        params: { value: expect.any(String), detail: 'enterprise_number.mod97' },
      },
    ]);
    expect(res.body.rows[4]).toMatchObject({
      line: 7,
      action: 'refuse',
      reasons: ['le nom manque'],
      reasonCodes: [{ code: 'import.row.name_missing', params: {} }],
    });
    const dutch = await api.http
      .post('/api/organisations/import?lang=nl')
      .set(advisor)
      .set('Content-Type', 'text/csv')
      .send(FILE)
      .expect(200);
    expect(dutch.body.rows[4].reasons).toEqual(['de naam ontbreekt']);
    expect(await count()).toBe(0);
  });

  it("reads legal forms and sectors by their French, Dutch or English words, and names an unknown one in the requester's language", async () => {
    const csv =
      'Nom;Forme juridique;Secteurs\nÉpicerie A;ASBL;Alimentation durable\nKruidenier B;VZW;Duurzame voeding|Cultuur\nGrocer C;non-profit association;Sustainable food\nShop D;Ltd;Knitting\n';
    const res = await send(csv).expect(200);
    expect(res.body.summary).toMatchObject({ create: 3, refuse: 1 });
    expect(res.body.rows[3].reasons).toEqual([
      'forme juridique « Ltd » inconnue de Traject',
      'secteur inconnu : Knitting',
    ]);
    const dutch = await api.http
      .post('/api/organisations/import?lang=nl')
      .set(advisor)
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(dutch.body.rows[3].reasons).toEqual(['rechtsvorm "Ltd" is Traject onbekend', 'onbekende sector: Knitting']);
    await send(csv, true).expect(200);
    expect(
      await api.sql(
        `SELECT name, legal_form, sectors FROM organisations WHERE name IN ('Épicerie A', 'Kruidenier B', 'Grocer C') ORDER BY name`,
      ),
    ).toEqual([
      { name: 'Grocer C', legal_form: 'asbl_vzw', sectors: ['sustainable_food'] },
      { name: 'Kruidenier B', legal_form: 'asbl_vzw', sectors: ['sustainable_food', 'culture'] },
      { name: 'Épicerie A', legal_form: 'asbl_vzw', sectors: ['sustainable_food'] },
    ]);
    await api.sql(`DELETE FROM organisations WHERE name IN ('Épicerie A', 'Kruidenier B', 'Grocer C')`);
    expect(await count()).toBe(0);
  });

  it('commit applies the same plan in one transaction; importing the same file again changes nothing', async () => {
    const res = await send(FILE, true).expect(200);
    expect(res.body).toMatchObject({ committed: true, summary: { create: 3, refuse: 2 } });
    const [tartines] = await api.sql(
      `SELECT name, enterprise_number, legal_form, municipality, sectors, description, version FROM organisations WHERE enterprise_number = '0403019261'`,
    );
    expect(tartines).toEqual({
      name: 'Coopérative Les Tartines',
      enterprise_number: '0403019261',
      legal_form: 'sc_cv',
      municipality: '21012',
      sectors: ['sustainable_food', 'work_integration'],
      description: 'Pain, soupe et "tartines" solidaires',
      version: 1,
    });
    expect(res.body.rows[0].organisationId).toEqual(expect.any(String));
    const before = await api.sql('SELECT id, version, updated_at FROM organisations ORDER BY id');
    const again = await send(FILE, true).expect(200);
    expect(again.body.summary).toEqual({ rows: 5, create: 0, update: 0, unchanged: 3, refuse: 2 });
    expect(await api.sql('SELECT id, version, updated_at FROM organisations ORDER BY id')).toEqual(before);
    const [audit] = await api.sql(
      `SELECT changes FROM audit_log WHERE action = 'import' AND changes->>'rows' = '5' ORDER BY id LIMIT 1`,
    );
    expect(audit.changes).toEqual({ created: 3, updated: 0, rows: 5 });
  });

  it('updates the organisation it matches (by number, else by name and postcode) and says which fields change', async () => {
    const csv =
      "nom;numéro d'entreprise;code postal;e-mail\nCoopérative Les Tartines;0403019261;1080;hello@tartines.example.be\nMaison de quartier;;1030;maison@quartier.example.be\n";
    const res = await send(csv, true).expect(200);
    expect(res.body.rows.map((r: { action: string; reasons: string[] }) => [r.action, r.reasons])).toEqual([
      ['update', ['E-mail change']],
      ['update', ['E-mail change']],
    ]);
    expect(await api.sql(`SELECT email, version FROM organisations WHERE name = 'Maison de quartier'`)).toEqual([
      { email: 'maison@quartier.example.be', version: 2 },
    ]);
  });

  it('reads a file with a BOM, semicolons and Dutch headers', async () => {
    const csv =
      '\uFEFFnaam;ondernemingsnummer;rechtsvorm;postcode;talen\r\nBrusselse Buurtwinkel;0440.966.354;VZW;1000;nl\r\n';
    const res = await send(csv).expect(200);
    expect(res.body.rows[0]).toMatchObject({
      action: 'create',
      name: 'Brusselse Buurtwinkel',
      enterpriseNumber: '0440.966.354',
    });
  });

  it('reads a Windows-1252 file as Excel saves it', async () => {
    const res = await send(Buffer.from('nom;code postal\nCaf\xe9 Solidaire;1060\n', 'latin1')).expect(200);
    expect(res.body.rows[0].name).toBe('Café Solidaire');
  });

  it('takes the file as the file field of a multipart form', async () => {
    const res = await api.http
      .post('/api/organisations/import')
      .set(advisor)
      .attach('file', Buffer.from('name,postcode\nEpicerie Sociale du Nord,1030\n'), {
        filename: 'organisations.csv',
        contentType: 'text/csv',
      })
      .expect(200);
    expect(res.body.summary).toMatchObject({ rows: 1, create: 1 });
  });

  it('refuses a file without a name column, an empty body, a bad commit value, and a manager', async () => {
    expect((await send('postcode,email\n1000,a@b.be\n').expect(400)).body.errors).toHaveProperty('file');
    expect((await send('').expect(400)).body.errors).toHaveProperty('file');
    await api.http
      .post('/api/organisations/import?commit=yes')
      .set(advisor)
      .set('Content-Type', 'text/csv')
      .send('name\nX\n')
      .expect(400);
    await api.http
      .post('/api/organisations/import')
      .set(bearer(await api.token('manager')))
      .set('Content-Type', 'text/csv')
      .send('name\nX\n')
      .expect(403);
  });

  it("offers a template in the requester's language whose every column imports back, and takes an export back", async () => {
    const template = await api.http.get('/api/organisations/import/template?lang=nl').set(advisor).expect(200);
    expect(template.headers['content-type']).toMatch(/^text\/csv/);
    expect(template.headers['content-disposition']).toContain('organisaties-import.csv');
    const header = template.text.replace(/^\uFEFF/, '').trim();
    expect(header.split(';')).toEqual(
      expect.arrayContaining(['Naam', 'Ondernemingsnummer', 'Sociale missie', 'Website']),
    );
    expect(header).not.toMatch(/socialMission|enterpriseNumber/);
    const filled = await send(
      `${header}\r\n${header
        .split(';')
        .map(() => '')
        .join(';')
        .replace(/^/, 'Atelier Sjabloon')}`,
    );
    expect(filled.status).toBe(200);
    expect(filled.body.ignoredColumns).toEqual([]);
    expect(filled.body.summary.create).toBe(1);
    // The organisations export (French headers) imports back: every column it shares with the import is recognised.
    const exported = await api.http.get('/api/reports/organisations.csv?lang=fr').set(advisor).expect(200);
    const exportHeader = exported.text.replace(/^\uFEFF/, '').split('\r\n')[0];
    const back = await send(`${exportHeader}\r\n`);
    const readBack = back.status === 200 ? back.body.ignoredColumns : back.body;
    for (const column of ['Nom', "Numéro d'entreprise", 'Forme juridique', 'Rue et numéro', 'Travailleurs (ETP)'])
      expect(readBack).not.toContain(column);
  });

  it("takes the person's own mapping of headers it did not recognise (?columns=), and refuses a field it cannot import", async () => {
    const csv = 'Raison sociale;Courriel du siège;Remarque\nLa Fabrique Solidaire;info@fabrique.example;à rappeler';
    const unmapped = await send(csv);
    expect(unmapped.status).toBe(400);
    expect(unmapped.body.errorCodes.file.code).toBe('import.no_name_column');
    const mapping = encodeURIComponent(JSON.stringify({ 'Raison sociale': 'name', 'Courriel du siège': 'email' }));
    const mapped = await api.http
      .post(`/api/organisations/import?columns=${mapping}`)
      .set(advisor)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(Buffer.from(csv, 'utf8'))
      .expect(200);
    expect(mapped.body.ignoredColumns).toEqual(['Remarque']);
    expect(mapped.body.summary).toMatchObject({ rows: 1, create: 1, refuse: 0 });
    expect(mapped.body.rows[0]).toMatchObject({ name: 'La Fabrique Solidaire', action: 'create' });
    const wrong = await api.http
      .post(`/api/organisations/import?columns=${encodeURIComponent(JSON.stringify({ Remarque: 'passwordHash' }))}`)
      .set(advisor)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(Buffer.from(csv, 'utf8'))
      .expect(400);
    expect(wrong.body.errors).toHaveProperty('columns');
    expect(wrong.body.errorCodes.columns.code).toBe('validation.one_of');
    await api.http
      .post('/api/organisations/import?columns=not-json')
      .set(advisor)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(Buffer.from(csv, 'utf8'))
      .expect(400);
  });

  it('goes through 50,000 rows in one request and one transaction', async () => {
    const lines = ['name,enterprise number,legal form,postcode,sectors,languages'];
    for (let i = 1; i <= 50_000; i++)
      lines.push(
        `Entreprise sociale ${i},${number(1_000_000 + i)},asbl,${1000 + (i % 3) * 10},social_action|culture,fr`,
      );
    const before = await count();
    const res = await send(lines.join('\n'), true).expect(200);
    expect(res.body.summary).toEqual({ rows: 50_000, create: 50_000, update: 0, unchanged: 0, refuse: 0 });
    expect(await count()).toBe(before + 50_000);
    const again = await send(lines.join('\n')).expect(200);
    expect(again.body.summary.unchanged).toBe(50_000);
    // Its speed is the bench's business; this bound only stops a hung import (it took over 2 minutes while other
    // suites loaded both cores).
  }, 300_000);
});

describe('the import keeps the API answering', () => {
  let api: TestApi;
  let advisor: { Authorization: string };
  let admin: { Authorization: string };
  beforeAll(async () => {
    api = await startApi({ IMPORT_MAX_ROWS: '30000', IMPORT_MAX_MB: '3' });
    advisor = bearer(await api.token('advisor'));
    admin = bearer(await api.token('admin'));
  });
  afterAll(() => api.close());

  const send = (csv: string, query = '', who = advisor) =>
    api.http
      .post(`/api/organisations/import${query}`)
      .set(who)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(Buffer.from(csv, 'utf8'));
  const bigFile = (rows: number, from = 0) => {
    const lines = ['name,enterprise number,postcode,sectors'];
    for (let i = 1; i <= rows; i++) lines.push(`Atelier ${from + i},${number(5_000_000 + from + i)},1000,culture`);
    return lines.join('\n');
  };

  it('refuses a file over IMPORT_MAX_ROWS rows or IMPORT_MAX_MB, as a body or a form, with a stable code', async () => {
    const tooMany = await send(bigFile(30_001)).expect(413);
    expect(tooMany.body).toMatchObject({ code: 'import.too_many_rows', params: { max: 30_000 } });
    const tooBig = `name,description\n${`X,${'d'.repeat(1000)}\n`.repeat(3200)}`;
    expect((await send(tooBig).expect(413)).body.code).toBe('import.too_large');
    const form = await api.http
      .post('/api/organisations/import')
      .set(advisor)
      .attach('file', Buffer.from(tooBig), { filename: 'big.csv', contentType: 'text/csv' })
      .expect(413);
    expect(form.body.code).toBe('import.too_large');
    const dutch = await send(bigFile(30_001), '?lang=nl').expect(413);
    expect(dutch.body.message).toMatch(/30\.000 regels/);
  });

  it('runs every row through the API rules: a 290-character phone and 200 tags of 503 characters are refused, naming the row and field', async () => {
    const tags = Array.from({ length: 200 }, (_, i) => `${i}`.padEnd(503, 't')).join('|');
    const csv = `name,phone,tags,website\nLongue Ligne,${'4'.repeat(290)},,\nTrop de Tags,,${tags},\nSite Bizarre,,,javascript:alert(1)\nCorrecte,+32 2 555 00 00,a|b,https://ok.example.be\n`;
    const res = await send(csv).expect(200);
    expect(res.body.summary).toMatchObject({ rows: 4, refuse: 3, create: 1 });
    expect(res.body.rows[0]).toMatchObject({
      line: 2,
      action: 'refuse',
      reasons: ['Téléphone : Au plus 40 caractères.'],
      errors: { phone: { code: 'validation.too_long', params: { max: 40 } } },
    });
    expect(res.body.rows[1]).toMatchObject({
      line: 3,
      action: 'refuse',
      errors: { tags: { code: expect.stringMatching(/^validation\.too_(many|long)$/) } },
    });
    expect(res.body.rows[2]).toMatchObject({ line: 4, action: 'refuse', errors: { website: expect.anything() } });
    await send(csv, '?commit=true').expect(200);
    expect(
      await api.sql(
        `SELECT name FROM organisations WHERE name IN ('Longue Ligne', 'Trop de Tags', 'Site Bizarre', 'Correcte')`,
      ),
    ).toEqual([{ name: 'Correcte' }]);
  });

  it('a large dry run answers counts and the rows needing attention; the full report downloads as CSV', async () => {
    const lines = bigFile(2_000, 100_000).split('\n');
    lines[10] = 'Sans Numéro Valide,0431.150.351,1000,culture';
    const res = await send(lines.join('\n')).expect(200);
    expect(res.body).toMatchObject({
      complete: false,
      attention: 1,
      summary: { rows: 2_000, create: 1_999, refuse: 1 },
    });
    expect(res.body.rows).toEqual([
      expect.objectContaining({ line: 11, action: 'refuse', name: 'Sans Numéro Valide' }),
    ]);
    const csv = await send(lines.join('\n'), '?report=csv&lang=fr').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment/);
    const text = csv.text.replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe("Ligne;Résultat;Nom;Numéro d'entreprise;Identifiant Traject;Raisons;Remarques");
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(2_001);
    expect(text).toMatch(/\r\n11;Refusée;Sans Numéro Valide;/);
    await send('name\nX\n', '?report=pdf').expect(400);
  });

  it('answers /api/health while a big dry run is read', async () => {
    const file = bigFile(30_000, 200_000);
    let done = false;
    const started = Date.now();
    const dryRun = send(file).then((res) => {
      done = true;
      return res;
    });
    const waits: number[] = [];
    while (!done) {
      const sent = Date.now();
      await api.http.get('/api/health').expect(200);
      if (!done) waits.push(Date.now() - sent);
      await new Promise((next) => setTimeout(next, 20));
    }
    const total = Date.now() - started;
    expect((await dryRun).status).toBe(200);
    // While the file is planned the health check keeps answering: no wait comes near the whole dry run.
    expect(waits.length).toBeGreaterThan(3);
    expect(Math.max(...waits)).toBeLessThan(total / 3);
  }, 120_000);

  it('a meeting logged while a big commit runs does not wait for it (only the rows it touches are locked)', async () => {
    const [other] = await api.sql(`INSERT INTO organisations (name) VALUES ('Hors Import') RETURNING id`);
    const file = bigFile(30_000, 300_000);
    const order: string[] = [];
    const commit = send(file, '?commit=true', admin).then((res) => {
      order.push('import');
      return res;
    });
    // Wait until the import's transaction is open and working on the organisations.
    for (let i = 0; i < 2000; i++) {
      const open = await api.sql(
        `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND state <> 'idle' AND query ILIKE '%organisation%'`,
      );
      if (open.length) break;
      await new Promise((next) => setTimeout(next, 10));
    }
    const meeting = await api.http
      .post('/api/meetings')
      .set(advisor)
      .send({ organisationId: other.id, subject: 'Pendant l’import', occurredAt: '2026-10-01T10:00:00Z' });
    order.push('meeting');
    expect(meeting.status).toBe(201);
    const res = await commit;
    expect(res.status).toBe(200);
    expect(res.body.summary.create).toBe(30_000);
    expect(order).toEqual(['meeting', 'import']);
  }, 180_000);
});
