import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import * as yauzl from 'yauzl';
import { startApi, TestApi } from '../../support/api';
import { pdfWithText, pngOfSize } from '../../support/documents';
import { call, Fixture, signedIn } from '../security/fixtures';

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const binary = (res: any, callback: (error: Error | null, body: Buffer) => void) => {
  const parts: Buffer[] = [];
  res.on('data', (d: Buffer) => parts.push(d));
  res.on('end', () => callback(null, Buffer.concat(parts)));
};

function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, archive) => {
      if (error || !archive) return reject(error);
      const files = new Map<string, Buffer>();
      archive.on('entry', (entry: yauzl.Entry) =>
        archive.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const parts: Buffer[] = [];
          stream.on('data', (d) => parts.push(d));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(parts));
            archive.readEntry();
          });
        }),
      );
      archive.on('end', () => resolve(files));
      archive.readEntry();
    });
  });
}

describe('documents: the recognition dossier, GDPR', () => {
  let api: TestApi;
  let f: Fixture;
  let server: Server;
  beforeAll(async () => {
    api = await startApi();
    const { users, as } = await signedIn(api);
    f = { users, as };
    f.org = (await call(api, 'post', '/api/organisations', as.advisor, { name: 'Épicerie Solidaire' }, 201)).id;
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
      { organisationId: f.org, kind: 'brussels_esd', reference: 'ESD 2026/17' },
      201,
    );
    server = api.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => api.close());

  const upload = (
    fields: Record<string, string>,
    content: Buffer,
    name: string,
    who: 'advisor' | 'coordinator' = 'advisor',
  ) => {
    let req = api.http.post('/api/documents').set(f.as[who]);
    for (const [key, value] of Object.entries(fields)) req = req.field(key, value);
    return req.attach('file', content, name);
  };

  it('a checklist item is done once a document proves it, open again when the document goes, and still done by hand with a note', async () => {
    const statutes = pdfWithText(['Statuts publiés au Moniteur']);
    const { body: doc } = await upload(
      { organisationId: f.org, kind: 'statutes', recognitionId: f.recognition.id, checklistItem: 'statutes' },
      statutes,
      'statuts.pdf',
    );
    let file = (await api.http.get(`/api/recognitions/${f.recognition.id}`).set(f.as.manager)).body;
    expect(file.checklist.find((i: any) => i.code === 'statutes')).toEqual({
      code: 'statutes',
      done: true,
      note: '',
      documentIds: [doc.id],
    });
    // One of the nine items of a first ESD dossier (DOMAIN.md: application form … board composition).
    expect(file.checklistProgress).toBe(0.11);
    // The console sends the record back as it read it: the derived "done" is not stored as a decision.
    file = (await api.http.put(`/api/recognitions/${f.recognition.id}`).set(f.as.advisor).send(file).expect(200)).body;
    await api.http.delete(`/api/documents/${doc.id}`).set(f.as.advisor).expect(200);
    file = (await api.http.get(`/api/recognitions/${f.recognition.id}`).set(f.as.manager)).body;
    expect(file.checklist.find((i: any) => i.code === 'statutes')).toEqual({
      code: 'statutes',
      done: false,
      note: '',
      documentIds: [],
    });
    const byHand = file.checklist.map((i: any) =>
      i.code === 'staff_and_evolution' ? { ...i, done: true, note: 'Vu au bilan social' } : i,
    );
    file = (
      await api.http
        .put(`/api/recognitions/${f.recognition.id}`)
        .set(f.as.advisor)
        .send({ ...file, checklist: byHand })
        .expect(200)
    ).body;
    expect(file.checklist.find((i: any) => i.code === 'staff_and_evolution')).toMatchObject({
      done: true,
      note: 'Vu au bilan social',
      documentIds: [],
    });
  });

  it('links must name records of the same organisation; a checklist item needs its file', async () => {
    const other = (await call(api, 'post', '/api/organisations', f.as.advisor, { name: 'Ailleurs' }, 201)).id;
    const res = await upload(
      { organisationId: other, kind: 'statutes', recognitionId: f.recognition.id },
      pdfWithText(['x']),
      'x.pdf',
      'coordinator',
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('recognitionId');
    const noFile = await upload(
      { organisationId: f.org, kind: 'statutes', checklistItem: 'statutes' },
      pdfWithText(['y']),
      'y.pdf',
    );
    expect(noFile.status).toBe(400);
    expect(noFile.body.errors).toHaveProperty('checklistItem');
    const unknownField = await upload(
      { organisationId: f.org, kind: 'statutes', path: '../../etc/passwd' },
      pdfWithText(['z']),
      'z.pdf',
    );
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors).toHaveProperty('path');
  });

  it("the dossier downloads as one zip named after the organisation and the file, with an index in the requester's language; the download is audited", async () => {
    const accounts = pdfWithText(['Comptes annuels 2023-2025']);
    const minutes = pdfWithText(["Procès-verbal de l'assemblée ouverte"]);
    await upload(
      {
        organisationId: f.org,
        kind: 'annual_accounts',
        recognitionId: f.recognition.id,
        checklistItem: 'accounts_last_3_years',
        title: 'Comptes 2023-2025',
      },
      accounts,
      'comptes.pdf',
    ).expect(201);
    await upload(
      {
        organisationId: f.org,
        kind: 'open_meeting_minutes',
        recognitionId: f.recognition.id,
        checklistItem: 'yearly_open_meeting_proof',
        title: '=PV assemblée',
      },
      minutes,
      'pv.pdf',
    ).expect(201);
    const res = await api.http
      .get(`/api/recognitions/${f.recognition.id}/dossier`)
      .set(f.as.advisor)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="Épicerie-Solidaire-ESD-2026-17-dossier.zip"',
    );
    const files = await unzip(res.body);
    expect([...files.keys()].sort()).toEqual(['01-Comptes-2023-2025.pdf', '02-PV-assemblée.pdf', 'index.csv']);
    expect(sha(files.get('01-Comptes-2023-2025.pdf')!)).toBe(sha(accounts));
    const index = files
      .get('index.csv')!
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // The demo advisor reads French.
    expect(index[0]).toBe('Fichier;Titre;Type de document;Pièce du dossier;Date;Version;Taille (octets);SHA-256');
    // `;` and Belgian days: what Excel set to French or Dutch opens in columns.
    expect(index[1]).toMatch(
      /^01-Comptes-2023-2025\.pdf;Comptes 2023-2025;Comptes annuels;Comptes des 3 dernières années;\d{2}\/\d{2}\/\d{4};/,
    );
    expect(index[1]).toContain(sha(accounts));
    expect(index[2]).toContain("'=PV assemblée");
    const dutch = await api.http
      .get(`/api/recognitions/${f.recognition.id}/dossier`)
      .set(f.as.coordinator)
      .buffer(true)
      .parse(binary);
    // The demo coordinator reads Dutch.
    expect((await unzip(dutch.body)).get('index.csv')!.toString('utf8')).toContain(
      'Bestand;Titel;Soort document;Onderdeel van het dossier',
    );
    const audit = await api.sql(
      `SELECT user_id, changes FROM audit_log WHERE action = 'dossier_download' AND entity_id = $1 ORDER BY id`,
      [f.recognition.id],
    );
    expect(audit).toEqual([
      { user_id: f.users.advisor, changes: { documents: 2 } },
      { user_id: f.users.coordinator, changes: { documents: 2 } },
    ]);
  });

  it("a person's documents are in their GDPR export and deleted, every version and byte, when they are anonymised", async () => {
    const person = await call(
      api,
      'post',
      '/api/contacts',
      f.as.advisor,
      { organisationId: f.org, firstName: 'Ann', lastName: 'Peeters' },
      201,
    );
    const idCard = pngOfSize(5000);
    const { body: doc } = await upload(
      { organisationId: f.org, kind: 'correspondence', contactId: person.id, title: 'Lettre de Ann Peeters' },
      idCard,
      'lettre.png',
    );
    await api.http
      .post(`/api/documents/${doc.id}/versions`)
      .set(f.as.advisor)
      .attach('file', pngOfSize(6000), 'lettre-2.png')
      .expect(201);
    const exported = (await api.http.get(`/api/contacts/${person.id}/export`).set(f.as.admin).expect(200)).body;
    expect(exported.documents).toEqual([
      expect.objectContaining({
        id: doc.id,
        title: 'Lettre de Ann Peeters',
        versions: [
          expect.objectContaining({
            number: 1,
            sha256: sha(idCard),
            download: `/api/documents/${doc.id}/content?version=1`,
          }),
          expect.objectContaining({ number: 2 }),
        ],
      }),
    ]);
    await api.http.post(`/api/contacts/${person.id}/anonymise`).set(f.as.admin).expect(200);
    expect(await api.sql(`SELECT id FROM documents WHERE id = $1`, [doc.id])).toEqual([]);
    expect(await api.sql(`SELECT id FROM document_versions WHERE document_id = $1`, [doc.id])).toEqual([]);
    expect((await api.http.get(`/api/documents/${doc.id}/content`).set(f.as.admin)).status).toBe(404);
    const trail = await api.sql(
      `SELECT changes::text AS changes FROM audit_log WHERE entity = 'documents' AND entity_id = $1`,
      [doc.id],
    );
    expect(trail.map((t) => t.changes ?? '').join(' ')).not.toContain('Peeters');
  });
});
