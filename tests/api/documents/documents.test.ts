import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import { startApi, TestApi } from '../../support/api';
import { pdfWithText, pngOfSize, streamUpload, windowsExecutable } from '../../support/documents';
import { call, Fixture, signedIn } from '../security/fixtures';

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Uploads through supertest's multipart (fields first, then the file), as the console does. */
async function upload(
  api: TestApi,
  auth: Record<string, string>,
  fields: Record<string, string>,
  content: Buffer,
  name: string,
) {
  let req = api.http.post('/api/documents').set(auth);
  for (const [key, value] of Object.entries(fields)) req = req.field(key, value);
  return req.attach('file', content, name);
}

const binary = (res: any, callback: (error: Error | null, body: Buffer) => void) => {
  const parts: Buffer[] = [];
  res.on('data', (d: Buffer) => parts.push(d));
  res.on('end', () => callback(null, Buffer.concat(parts)));
};

describe('documents', () => {
  let api: TestApi;
  let f: Fixture;
  let server: Server;
  beforeAll(async () => {
    api = await startApi();
    const { users, as } = await signedIn(api);
    f = { users, as };
    f.org = (await call(api, 'post', '/api/organisations', as.advisor, { name: 'Épicerie Solidaire' }, 201)).id;
    f.orgOther = (await call(api, 'post', '/api/organisations', as.advisor2, { name: 'Coopérative Autre' }, 201)).id;
    await call(
      api,
      'post',
      '/api/cases',
      as.coordinator,
      { organisationId: f.org, title: 'Parcours', advisorId: users.advisor },
      201,
    );
    f.recognition = await call(
      api,
      'post',
      '/api/recognitions',
      as.advisor,
      { organisationId: f.org, kind: 'brussels_esd' },
      201,
    );
    f.contact = await call(
      api,
      'post',
      '/api/contacts',
      as.advisor,
      { organisationId: f.org, firstName: 'Ann', lastName: 'Peeters' },
      201,
    );
    server = api.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => api.close());

  it('an upload comes back byte for byte, with its checksum, as an attachment that cannot run', async () => {
    const pdf = pdfWithText(['Statuts coordonnés']);
    const res = await upload(api, f.as.advisor, { organisationId: f.org, kind: 'statutes' }, pdf, 'Statuts 2024.pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      title: 'Statuts 2024',
      kind: 'statutes',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha(pdf),
      currentVersion: 1,
    });
    expect(res.body.versions).toHaveLength(1);
    const download = await api.http
      .get(`/api/documents/${res.body.id}/content`)
      .set(f.as.manager)
      .buffer(true)
      .parse(binary);
    expect(download.status).toBe(200);
    expect(sha(download.body)).toBe(sha(pdf));
    expect(Buffer.compare(download.body, pdf)).toBe(0);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="Statuts 2024.pdf"/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toMatch(/^sandbox/);
    expect(download.headers['repr-digest']).toBe(`sha-256=:${Buffer.from(sha(pdf), 'hex').toString('base64')}:`);
    const preview = await api.http
      .get(`/api/documents/${res.body.id}/content?inline=true`)
      .set(f.as.advisor)
      .buffer(true)
      .parse(binary);
    expect(preview.headers['content-disposition']).toMatch(/^inline; /);
    expect(preview.headers['content-security-policy']).toMatch(/^sandbox/);
  });

  it('serves byte ranges for previews, and refuses a range past the end', async () => {
    const png = pngOfSize(700_000);
    const { body } = await upload(api, f.as.advisor, { organisationId: f.org, kind: 'other' }, png, 'plan.png');
    const part = await api.http
      .get(`/api/documents/${body.id}/content`)
      .set(f.as.advisor)
      .set('Range', 'bytes=262000-262299')
      .buffer(true)
      .parse(binary);
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 262000-262299/${png.length}`);
    expect(Buffer.compare(part.body, png.subarray(262000, 262300))).toBe(0);
    const tail = await api.http
      .get(`/api/documents/${body.id}/content`)
      .set(f.as.advisor)
      .set('Range', 'bytes=-10')
      .buffer(true)
      .parse(binary);
    expect(Buffer.compare(tail.body, png.subarray(png.length - 10))).toBe(0);
    const beyond = await api.http
      .get(`/api/documents/${body.id}/content`)
      .set(f.as.advisor)
      .set('Range', `bytes=${png.length + 5}-`);
    expect(beyond.status).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${png.length}`);
  });

  it('refuses by content: a renamed executable, HTML named .pdf, an SVG, a PDF named .docx (415 naming the type found); nothing is kept', async () => {
    const before = await api.sql(
      `SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM document_chunks) AS c`,
    );
    const cases: Array<[Buffer, string, string, string]> = [
      [windowsExecutable(), 'rapport.pdf', 'application/x-msdownload', 'document.type_not_allowed'],
      [
        Buffer.from('<!DOCTYPE html><html><body><script>fetch("/api/users")</script></body></html>'),
        'budget.pdf',
        'text/html',
        'document.type_not_allowed',
      ],
      [
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>'),
        'logo.svg',
        'image/svg+xml',
        'document.type_not_allowed',
      ],
      [pdfWithText(['Un vrai PDF']), 'budget.docx', 'application/pdf', 'document.type_mismatch'],
    ];
    for (const [content, name, found, code] of cases) {
      const res = await upload(api, f.as.advisor, { organisationId: f.org, kind: 'other' }, content, name);
      expect({ name, status: res.status, code: res.body.code, found: res.body.params?.found }).toEqual({
        name,
        status: 415,
        code,
        found,
      });
      expect(res.body.message).toContain(found);
      expect(res.body.errors).toHaveProperty('file');
    }
    expect(
      await api.sql(`SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM document_chunks) AS c`),
    ).toEqual(before);
  });

  it('refuses more than DOCUMENT_MAX_MB with 413 before reading to the end, declared or not', async () => {
    const token = await api.token('advisor');
    const megabyte = Buffer.alloc(1024 * 1024, 0x41);
    // The server answers at once and drops what still comes (a lingering close), so the client reads its 413
    // rather than a broken pipe: ten times in a row.
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const declared = await streamUpload(
        server,
        '/api/documents',
        token,
        { organisationId: f.org, kind: 'other' },
        {
          name: 'big.txt',
          pieces: function* () {
            yield megabyte;
          },
        },
        { declaredLength: 30 * 1024 * 1024 },
      );
      expect(declared.status).toBe(413);
      expect(declared.body).toMatchObject({ code: 'document.too_large', params: { maxMb: 25 } });
    }
    // Chunked, no length said: refused once 25 MB have come, the rest dropped (the client had more to send).
    const chunked = await streamUpload(
      server,
      '/api/documents',
      token,
      { organisationId: f.org, kind: 'other' },
      {
        name: 'big.txt',
        pieces: function* () {
          for (let i = 0; i < 60; i += 1) yield megabyte;
        },
      },
    );
    expect(chunked.status).toBe(413);
    expect(chunked.written).toBeLessThan(60 * 1024 * 1024);
    expect((await api.sql(`SELECT count(*)::int AS n FROM documents WHERE file_name = 'big.txt'`))[0].n).toBe(0);
  });

  it('the same content twice for one organisation offers the existing document (409)', async () => {
    const pdf = pdfWithText(['Budget 2027 en double']);
    const first = await upload(
      api,
      f.as.advisor,
      { organisationId: f.org, kind: 'budget_or_business_plan' },
      pdf,
      'budget.pdf',
    );
    const again = await upload(api, f.as.coordinator, { organisationId: f.org, kind: 'other' }, pdf, 'copie.pdf');
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'document.duplicate',
      params: { documentId: first.body.id, title: 'budget' },
    });
  });

  it('rights as for the records they hang on: the assigned advisor, coordinators and admins write; managers and other advisors only read', async () => {
    const file = (n: string) => pdfWithText([`Droits ${n}`]);
    const fields = { organisationId: f.org, kind: 'correspondence' };
    const statuses: Record<string, number> = {};
    for (const who of ['advisor', 'advisor2', 'coordinator', 'manager', 'admin'])
      statuses[who] = (await upload(api, f.as[who as 'advisor'], fields, file(who), `${who}.pdf`)).status;
    expect(statuses).toEqual({ advisor: 201, advisor2: 403, coordinator: 201, manager: 403, admin: 201 });
    const [doc] = (
      await api.http
        .get(`/api/documents?filter=${encodeURIComponent(JSON.stringify({ organisationId: f.org, title: 'advisor' }))}`)
        .set(f.as.manager)
    ).body;
    for (const who of ['advisor2', 'manager']) {
      expect((await api.http.get(`/api/documents/${doc.id}/content`).set(f.as[who as 'advisor'])).status).toBe(200);
      expect((await api.http.delete(`/api/documents/${doc.id}`).set(f.as[who as 'advisor'])).status).toBe(403);
      expect(
        (
          await api.http
            .put(`/api/documents/${doc.id}`)
            .set(f.as[who as 'advisor'])
            .send({ title: 'x', version: doc.version })
        ).status,
      ).toBe(403);
      expect(
        (
          await api.http
            .post(`/api/documents/${doc.id}/versions`)
            .set(f.as[who as 'advisor'])
            .attach('file', file(`v ${who}`), 'v.pdf')
        ).status,
      ).toBe(403);
    }
    const otherOrg = await upload(
      api,
      f.as.advisor,
      { organisationId: f.orgOther, kind: 'other' },
      file('autre'),
      'autre.pdf',
    );
    expect(otherOrg.status).toBe(403);
  });

  it('a new version keeps the earlier ones, listed under it; each still downloads', async () => {
    const v1 = pdfWithText(['Comptes 2025 version provisoire']);
    const v2 = pdfWithText(['Comptes 2025 version approuvée']);
    const { body: created } = await upload(
      api,
      f.as.advisor,
      { organisationId: f.org, kind: 'annual_accounts', title: 'Comptes 2025' },
      v1,
      'comptes.pdf',
    );
    const res = await api.http
      .post(`/api/documents/${created.id}/versions`)
      .set(f.as.coordinator)
      .attach('file', v2, 'comptes-approuves.pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      title: 'Comptes 2025',
      currentVersion: 2,
      fileName: 'comptes-approuves.pdf',
      sha256: sha(v2),
    });
    expect(res.body.versions.map((v: any) => [v.number, v.sha256])).toEqual([
      [2, sha(v2)],
      [1, sha(v1)],
    ]);
    const old = await api.http
      .get(`/api/documents/${created.id}/content?version=1`)
      .set(f.as.manager)
      .buffer(true)
      .parse(binary);
    expect(sha(old.body)).toBe(sha(v1));
    const current = await api.http
      .get(`/api/documents/${created.id}/content`)
      .set(f.as.manager)
      .buffer(true)
      .parse(binary);
    expect(sha(current.body)).toBe(sha(v2));
    const [audit] = await api.sql(
      `SELECT changes FROM audit_log WHERE entity = 'documents' AND entity_id = $1 AND action = 'update'`,
      [created.id],
    );
    expect(audit.changes.sha256).toEqual({ old: sha(v1), new: sha(v2) });
  });

  it('a deleted document is hidden, restorable by an admin for 30 days, then purged with its bytes', async () => {
    const pdf = pdfWithText(['Organigramme à supprimer']);
    const { body: doc } = await upload(
      api,
      f.as.advisor,
      { organisationId: f.org, kind: 'board_and_organisation_chart' },
      pdf,
      'organigramme.pdf',
    );
    expect((await api.http.delete(`/api/documents/${doc.id}`).set(f.as.advisor)).status).toBe(200);
    expect((await api.http.get(`/api/documents/${doc.id}`).set(f.as.advisor)).status).toBe(404);
    const listed = (
      await api.http
        .get(`/api/documents?filter=${encodeURIComponent(JSON.stringify({ organisationId: f.org }))}`)
        .set(f.as.advisor)
    ).body;
    expect(listed.map((d: any) => d.id)).not.toContain(doc.id);
    const deletedFilter = `/api/documents?filter=${encodeURIComponent(JSON.stringify({ deleted: true }))}`;
    expect((await api.http.get(deletedFilter).set(f.as.coordinator)).status).toBe(403);
    expect((await api.http.get(deletedFilter).set(f.as.admin)).body.map((d: any) => d.id)).toContain(doc.id);
    expect((await api.http.post(`/api/documents/${doc.id}/restore`).set(f.as.coordinator)).status).toBe(403);
    const restored = await api.http.post(`/api/documents/${doc.id}/restore`).set(f.as.admin);
    expect(restored.status).toBe(200);
    expect(restored.body.deletedAt).toBeNull();
    expect((await api.http.get(`/api/documents/${doc.id}`).set(f.as.advisor)).status).toBe(200);

    await api.http.delete(`/api/documents/${doc.id}`).set(f.as.advisor).expect(200);
    await api.sql(`UPDATE documents SET deleted_at = now() - interval '31 days' WHERE id = $1`, [doc.id]);
    const late = await api.http.post(`/api/documents/${doc.id}/restore`).set(f.as.admin);
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('document.purged');
    // The scheduled job, run now as an admin would from the Jobs screen.
    const run = await api.http.post('/api/jobs/documents-purge/run').set(f.as.admin);
    expect(run.body).toMatchObject({ name: 'documents-purge', state: 'completed', output: { purged: 1 } });
    expect(await api.sql(`SELECT id FROM documents WHERE id = $1`, [doc.id])).toEqual([]);
    expect(
      await api.sql(
        `SELECT 1 FROM document_chunks c JOIN document_versions v ON v.id = c.version_id WHERE v.document_id = $1`,
        [doc.id],
      ),
    ).toEqual([]);
    expect(
      await api.sql(
        `SELECT action FROM audit_log WHERE entity = 'documents' AND entity_id = $1 AND action = 'document_purge'`,
        [doc.id],
      ),
    ).toHaveLength(1);
  });

  it('Content-Disposition keeps accents and cannot be broken by a hostile name', async () => {
    const token = await api.token('advisor');
    const send = (fileHeader: string, text: string) =>
      streamUpload(
        server,
        '/api/documents',
        token,
        { organisationId: f.org, kind: 'correspondence' },
        {
          fileHeader,
          pieces: function* () {
            yield Buffer.from(text);
          },
        },
      );
    const accented = await send(
      `filename*=UTF-8''${encodeURIComponent('Procès-verbal – AG 2026.txt')}`,
      'Procès-verbal',
    );
    expect(accented.status).toBe(201);
    const a = await api.http.get(`/api/documents/${accented.body.id}/content`).set(f.as.advisor);
    expect(a.headers['content-disposition']).toBe(
      `attachment; filename="Procès-verbal ? AG 2026.txt"; filename*=UTF-8''Proc%C3%A8s-verbal%20%E2%80%93%20AG%202026.txt`,
    );

    const hostile = await send(
      `filename*=UTF-8''${encodeURIComponent('"; filename=evil.exe\r\nSet-Cookie: stolen=1\r\n.txt')}`,
      'hostile',
    );
    expect(hostile.status).toBe(201);
    expect(hostile.body.fileName).toBe('"; filename=evil.exeSet-Cookie: stolen=1.txt');
    const h = await api.http.get(`/api/documents/${hostile.body.id}/content`).set(f.as.advisor);
    expect(h.headers['set-cookie']).toBeUndefined();
    expect(h.headers['content-disposition']).toBe(
      'attachment; filename="\\"; filename=evil.exeSet-Cookie: stolen=1.txt"',
    );
  });

  it('the global search finds a word inside a PDF, accent-blind by word beginnings, with its snippet and document', async () => {
    const pdf = pdfWithText(['Plan financier de la coopérative', 'Le fonds de roulement couvre trois mois.']);
    const { body: doc } = await upload(
      api,
      f.as.advisor,
      { organisationId: f.org, kind: 'budget_or_business_plan', title: 'Plan financier' },
      pdf,
      'plan.pdf',
    );
    const found = (await api.http.get('/api/search?q=COOPERAT%20roulem').set(f.as.manager)).body;
    expect(found.documents).toEqual([
      expect.objectContaining({
        id: doc.id,
        organisationId: f.org,
        title: 'Plan financier',
        organisationName: 'Épicerie Solidaire',
        snippet: expect.stringMatching(/coopérative/),
      }),
    ]);
    expect((await api.http.get('/api/search?q=operative').set(f.as.manager)).body.documents).toEqual([]);
    await api.http.delete(`/api/documents/${doc.id}`).set(f.as.advisor).expect(200);
    expect((await api.http.get('/api/search?q=roulement').set(f.as.manager)).body.documents).toEqual([]);
  });

  it("a large PDF's text is extracted by the job queue after the upload is answered, then found by the search", async () => {
    const pdf = pdfWithText(['Rapport annuel du potager collectif'], { padToBytes: 3 * 1024 * 1024 });
    const { body: doc } = await upload(
      api,
      f.as.advisor,
      { organisationId: f.org, kind: 'activity_report', title: 'Rapport annuel' },
      pdf,
      'rapport.pdf',
    );
    expect(doc.sizeBytes).toBe(pdf.length);
    // Not yet: the upload was answered before the text was read (this API process works no jobs).
    expect((await api.http.get('/api/search?q=potager').set(f.as.manager)).body.documents).toEqual([]);
    const run = (await api.http.post('/api/jobs/documents-text/run').set(f.as.admin).expect(200)).body;
    expect(run).toMatchObject({ state: 'completed', output: { extracted: 1 } });
    expect((await api.http.get('/api/search?q=potager').set(f.as.manager)).body.documents).toEqual([
      expect.objectContaining({ id: doc.id, snippet: expect.stringMatching(/potager/) }),
    ]);
  });
});
