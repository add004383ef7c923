import { writeFileSync } from 'node:fs';
import { demoColleagues, startApi, TestApi } from '../support/api';
import { extractZip, kboNumberFrom } from '../support/kbo-extracts';

type Who = 'advisor' | 'advisor2' | 'coordinator' | 'manager' | 'admin';

const A = kboNumberFrom('08501234'); // an ASBL that goes bankrupt
const B = kboNumberFrom('08502345'); // a cooperative that changes its name and moves
const C = kboNumberFrom('08503456'); // an enterprise that stops
const EST = '2.100.200.301';
const digits = (n: string) => n.replace(/\./g, '');

const fullExtract = () =>
  extractZip(
    { extractType: 'full', extractNumber: 140 },
    {
      enterprise: [
        [A, 'AC', '000', '2', '017', null, '01-10-1960'],
        [B, 'AC', '000', '2', '706', '', '15-03-2019'],
        [C, 'AC', '000', '2', '017', null, '29-02-2016'],
      ],
      establishment: [[EST, '01-01-2020', A]],
      branch: [],
      denomination: [
        [A, '1', '001', 'Les "Petits" Riens, ateliers de l\'économie sociale'],
        [A, '2', '001', 'De Kleine Dingen'],
        [A, '1', '002', 'LPR'],
        [B, '2', '001', 'Coöperatie Groene Fiets'],
        [C, '1', '001', 'Écoles de Devoirs Réunies'],
      ],
      address: [
        [
          A,
          'REGO',
          'België',
          'Belgique',
          '1050',
          'Elsene',
          'Ixelles',
          'Belgiëstraat',
          'Rue de Belgique',
          '12',
          'b',
          null,
          null,
        ],
        [
          EST,
          'BAET',
          'België',
          'Belgique',
          '1000',
          'Brussel',
          'Bruxelles',
          'Hoogstraat',
          'Rue Haute',
          '5',
          null,
          null,
          null,
        ],
        [
          B,
          'REGO',
          'België',
          'Belgique',
          '1030',
          'Schaarbeek',
          'Schaerbeek',
          'Fietsstraat',
          'Rue du Vélo',
          '3',
          null,
          null,
          null,
        ],
        [
          C,
          'REGO',
          'België',
          'Belgique',
          '1080',
          'Sint-Jans-Molenbeek',
          'Molenbeek-Saint-Jean',
          'Schoolstraat',
          "Rue de l'École",
          '7',
          null,
          null,
          null,
        ],
      ],
      contact: [
        [A, 'ENT', 'EMAIL', 'info@lpr.example'],
        [A, 'ENT', 'WEB', 'www.lpr.example'],
      ],
      activity: [
        [A, '006', '2008', '38320', 'SECO'],
        [A, '006', '2008', '88999', 'MAIN'],
        [A, '006', '2025', '88999', 'MAIN'],
        [B, '006', '2025', '56101', 'MAIN'],
        [C, '006', '2008', '88999', 'MAIN'],
      ],
    },
  );

describe('KBO open data', () => {
  let api: TestApi;
  let as: Record<Who, { Authorization: string }>;
  let ids: Record<string, string>;
  const org: Record<string, string> = {};
  beforeAll(async () => {
    api = await startApi({ TRAJECT_JOBS: '1' });
    ({ as, ids } = await demoColleagues(api));
    const supported = async (name: string, number: string, advisor: string, extra: object = {}) => {
      const id = (
        await api.http
          .post('/api/organisations')
          .set(as.advisor)
          .send({ name, enterpriseNumber: number, ...extra })
          .expect(201)
      ).body.id;
      await api.http
        .post('/api/cases')
        .set(as.coordinator)
        .send({ organisationId: id, title: 'Parcours', advisorId: advisor })
        .expect(201);
      return id as string;
    };
    org.A = await supported('Les Petits Riens', A, ids.advisor, { languages: ['fr'] });
    org.B = await supported('Groene Fiets', B, ids.advisor2, {
      languages: ['nl'],
      street: 'Fietsstraat 3',
      postcode: '1030',
    });
    org.C = await supported('EDD Réunies', C, ids.advisor);
  });
  afterAll(() => api.close());

  const upload = (file: { bytes: Buffer; name: string }, who: Who = 'admin') =>
    api.http.post('/api/kbo/loads').set(as[who]).attach('file', file.bytes, file.name);
  const finished = async (id: string) => {
    // The queue's worker (in this process) takes the job within its 2 s polling.
    for (let i = 0; i < 1200; i++) {
      const load = (await api.http.get(`/api/kbo/loads/${id}`).set(as.admin).expect(200)).body;
      if (load.status !== 'running') return load;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the load did not finish');
  };
  const loaded = async (file: { bytes: Buffer; name: string }) => finished((await upload(file).expect(202)).body.id);

  it('without any extract, a lookup finds nothing and an update is refused until a full extract is in', async () => {
    const missing = await api.http.get(`/api/kbo/enterprises/${A}`).set(as.advisor).expect(404);
    expect(missing.body).toMatchObject({ code: 'kbo.enterprise_not_found' });
    expect((await api.http.get('/api/kbo/enterprises?q=petits riens').set(as.advisor).expect(200)).body).toEqual([]);
    const update = await extractZip({ extractType: 'update', extractNumber: 141 }, {});
    const refused = await upload(update).expect(409);
    expect(refused.body).toMatchObject({ code: 'kbo.update_without_full' });
    expect(
      (
        await api.http
          .get('/api/kbo/organisations/' + org.A)
          .set(as.advisor)
          .expect(200)
      ).body,
    ).toMatchObject({ alert: null, openChanges: [] });
  });

  it('only an admin loads extracts', async () => {
    const file = await fullExtract();
    await upload(file, 'coordinator').expect(403);
    await upload(file, 'advisor').expect(403);
  });

  it('the upload form is bounded (issue 17: multipart fields, field size and parts): a refusal, no load', async () => {
    const file = await fullExtract();
    const before = (await api.http.get('/api/kbo/loads').set(as.admin).expect(200)).body.length;
    let many = api.http.post('/api/kbo/loads').set(as.admin);
    for (let i = 0; i < 30; i++) many = many.field(`f${i}`, 'x');
    const tooMany = await many.attach('file', file.bytes, file.name);
    expect(tooMany.status).toBeGreaterThanOrEqual(400);
    expect(tooMany.status).toBeLessThan(500);
    const tooLong = await api.http
      .post('/api/kbo/loads')
      .set(as.admin)
      .field('note', 'x'.repeat(100_000))
      .attach('file', file.bytes, file.name);
    expect(tooLong.status).toBeGreaterThanOrEqual(400);
    expect(tooLong.status).toBeLessThan(500);
    expect((await api.http.get('/api/kbo/loads').set(as.admin).expect(200)).body).toHaveLength(before);
  });

  it('loads a full extract in the official format: names with quotes and commas, dd-mm-yyyy dates, empty fields, labels in the reader language', async () => {
    const load = await loaded(await fullExtract());
    expect(load).toMatchObject({
      status: 'done',
      extractNumber: 140,
      extractType: 'full',
      snapshotDate: '2026-11-06',
      changedOrganisations: 0,
    });
    expect(load.counts).toMatchObject({
      enterprise: 3,
      denomination: 5,
      address: 4,
      activity: 5,
      establishment: 1,
      contact: 2,
    });
    expect(load.durationMs).toBeGreaterThanOrEqual(0);

    const a = (
      await api.http
        .get(`/api/kbo/enterprises/${digits(A)}`)
        .set(as.advisor)
        .expect(200)
    ).body;
    expect(a).toMatchObject({
      enterpriseNumber: A,
      status: { code: 'AC', label: 'Actif' },
      juridicalSituation: { code: '000', label: 'Situation normale' },
      juridicalForm: { code: '017', label: 'Association sans but lucratif' },
      juridicalFormCac: null,
      startDate: '1960-10-01',
      alert: null,
      extract: { number: 140, snapshotDate: '2026-11-06' },
    });
    expect(a.names).toEqual(
      expect.arrayContaining([
        {
          language: 'fr',
          type: { code: '001', label: 'Dénomination' },
          value: 'Les "Petits" Riens, ateliers de l\'économie sociale',
        },
        { language: 'nl', type: { code: '001', label: 'Dénomination' }, value: 'De Kleine Dingen' },
      ]),
    );
    expect(
      a.addresses.map((x: { type: { code: string }; entityNumber: string }) => [x.type.code, x.entityNumber]),
    ).toEqual([
      ['REGO', A],
      ['BAET', EST],
    ]);
    expect(a.addresses[0]).toMatchObject({
      street: { fr: 'Rue de Belgique', nl: 'Belgiëstraat' },
      houseNumber: '12',
      box: 'b',
      zipcode: '1050',
      strikingOffOn: null,
      extra: null,
    });
    expect(
      a.activities.map(
        (x: { classification: { code: string }; naceVersion: string; naceCode: string }) =>
          `${x.classification.code} ${x.naceVersion} ${x.naceCode}`,
      ),
    ).toEqual(['MAIN 2025 88999', 'MAIN 2008 88999', 'SECO 2008 38320']);
    expect(a.contacts).toHaveLength(2);
    expect(a.establishments).toEqual([{ establishmentNumber: EST, startDate: '2020-01-01' }]);

    const inDutch = (await api.http.get(`/api/kbo/enterprises/${B}?lang=nl`).set(as.advisor).expect(200)).body;
    expect(inDutch).toMatchObject({
      juridicalForm: { code: '706', label: 'Coöperatieve vennootschap' },
      juridicalFormCac: null,
      startDate: '2019-03-15',
    });
    expect((await api.http.get(`/api/kbo/enterprises/${C}`).set(as.manager).expect(200)).body.startDate).toBe(
      '2016-02-29',
    );
    const bad = await api.http.get('/api/kbo/enterprises/0431.150.351').set(as.advisor).expect(400);
    expect(bad.body.errors).toHaveProperty('number');
    expect(bad.body.errorCodes.number.code).toBe('enterprise_number.mod97');
    const badInFrench = await api.http
      .get('/api/kbo/enterprises/0431.150.351')
      .query({ lang: 'fr' })
      .set(as.advisor)
      .expect(400);
    expect(badInFrench.body.errors.number).toBe('Échoue au contrôle modulo 97 : un chiffre est probablement mal tapé.');
  });

  it('finds enterprises by name, accent- and legal-form-blind', async () => {
    const byName = (
      await api.http.get('/api/kbo/enterprises').query({ q: 'ASBL Les petits riens' }).set(as.advisor).expect(200)
    ).body;
    expect(byName[0]).toMatchObject({ enterpriseNumber: A, juridicalForm: { code: '017' }, zipcode: '1050' });
    const accents = (
      await api.http.get('/api/kbo/enterprises').query({ q: 'ecoles de devoirs' }).set(as.advisor).expect(200)
    ).body;
    expect(accents.map((m: { enterpriseNumber: string }) => m.enterpriseNumber)).toEqual([C]);
    await api.http.get('/api/kbo/enterprises').query({ q: 'a' }).set(as.advisor).expect(400);
  });

  it('finds a name typed with mistakes, each word corrected against the words of the names loaded', async () => {
    const numbersFor = async (q: string) =>
      (await api.http.get('/api/kbo/enterprises').query({ q }).set(as.advisor).expect(200)).body.map(
        (m: { enterpriseNumber: string }) => m.enterpriseNumber,
      );
    expect(await numbersFor('petis rienz')).toEqual([A]);
    expect(await numbersFor('ecolles devoir reunis')).toEqual([C]);
    expect(await numbersFor('kleine dingne')).toEqual([A]);
    expect(await numbersFor('zzyzx qwrtp')).toEqual([]);
  });

  it('follows an update: deletes before inserts, changes listed per organisation, tasks for the advisors in their language, alerts', async () => {
    const update = await extractZip(
      { extractType: 'update', extractNumber: 141, snapshotDate: '2026-12-04' },
      {
        enterprise_delete: [[A], [C]],
        enterprise_insert: [[A, 'AC', '012', '2', '017', null, '01-10-1960']],
        establishment_delete: [],
        establishment_insert: [],
        denomination_delete: [[B]],
        denomination_insert: [
          [B, '2', '001', 'Coöperatie Blauwe Fiets'],
          [B, '1', '001', 'Coopérative Vélo Bleu'],
        ],
        address_delete: [[B], [C]],
        address_insert: [
          [
            B,
            'REGO',
            'België',
            'Belgique',
            '1060',
            'Sint-Gillis',
            'Saint-Gilles',
            'Fietsplein',
            'Place du Vélo',
            '9',
            '2',
            null,
            null,
          ],
        ],
        contact_delete: [],
        contact_insert: [],
        activity_delete: [[A]],
        activity_insert: [
          [A, '006', '2025', '88999', 'MAIN'],
          [A, '006', '2025', '56101', 'MAIN'],
        ],
      },
    );
    const load = await loaded(update);
    expect(load).toMatchObject({
      status: 'done',
      extractNumber: 141,
      extractType: 'update',
      snapshotDate: '2026-12-04',
      changedOrganisations: 3,
    });
    expect(load.counts).toMatchObject({
      enterprise_delete: 2,
      enterprise_insert: 1,
      denomination_delete: 1,
      denomination_insert: 2,
      address_delete: 2,
      address_insert: 1,
    });

    const a = (await api.http.get(`/api/kbo/enterprises/${A}`).set(as.advisor).expect(200)).body;
    expect(a).toMatchObject({
      juridicalSituation: { code: '012', label: 'Ouverture de faillite' },
      alert: 'bankruptcy',
    });
    expect(a.activities.map((x: { naceCode: string }) => x.naceCode).sort()).toEqual(['56101', '88999']);
    await api.http.get(`/api/kbo/enterprises/${C}`).set(as.advisor).expect(404);
    const b = (await api.http.get(`/api/kbo/enterprises/${B}`).set(as.advisor).expect(200)).body;
    expect(b.names.map((n: { value: string }) => n.value).sort()).toEqual([
      'Coopérative Vélo Bleu',
      'Coöperatie Blauwe Fiets',
    ]);
    expect(b.addresses[0]).toMatchObject({ zipcode: '1060', street: { fr: 'Place du Vélo' } });
    // The words of the names follow the update: the new name is found with a mistake, the old one no longer.
    const typed = async (q: string) =>
      (await api.http.get('/api/kbo/enterprises').query({ q }).set(as.advisor).expect(200)).body.map(
        (m: { enterpriseNumber: string }) => m.enterpriseNumber,
      );
    expect(await typed('blauwe fietz')).toEqual([B]);
    expect(await typed('groene fietz')).toEqual([]);

    const changes = (await api.http.get(`/api/kbo/changes?loadId=${load.id}`).set(as.coordinator).expect(200)).body;
    const byOrg = Object.fromEntries(
      changes.map((c: { organisationId: string; changes: { field: string }[] }) => [
        c.organisationId,
        c.changes.map((x) => x.field).sort(),
      ]),
    );
    expect(byOrg).toEqual({
      [org.A]: ['activities', 'juridicalSituation'],
      [org.B]: ['address', 'name'],
      [org.C]: ['status'],
    });

    const tasks = await api.sql(
      `SELECT organisation_id, assignee_id, title FROM tasks WHERE organisation_id = ANY($1::uuid[]) ORDER BY title`,
      [[org.A, org.B, org.C]],
    );
    expect(tasks).toHaveLength(3);
    expect(tasks.find((t) => t.organisation_id === org.B)).toMatchObject({
      assignee_id: ids.advisor2,
      title: 'KBO: wijzigingen van Groene Fiets nakijken',
    });
    expect(tasks.find((t) => t.organisation_id === org.A)).toMatchObject({
      assignee_id: ids.advisor,
      title: 'BCE : vérifier les changements de Les Petits Riens (entreprise en faillite)',
    });
    expect(tasks.find((t) => t.organisation_id === org.C)!.title).toContain('(entreprise arrêtée)');

    const alerts = (await api.http.get('/api/kbo/alerts').set(as.manager).expect(200)).body;
    expect(alerts).toEqual(
      expect.arrayContaining([
        { organisationId: org.A, alert: 'bankruptcy' },
        { organisationId: org.C, alert: 'stopped' },
      ]),
    );
    expect(alerts).toHaveLength(2);

    // Flagged in the register's list (a filter and a field), and on their Brussels recognition files.
    const flagged = await api.http
      .get('/api/organisations')
      .query({ filter: JSON.stringify({ kboAlert: ['stopped', 'bankruptcy', 'liquidation', 'reorganisation'] }) })
      .set(as.manager)
      .expect(200);
    expect(Object.fromEntries(flagged.body.map((o: { id: string; kboAlert: string }) => [o.id, o.kboAlert]))).toEqual({
      [org.A]: 'bankruptcy',
      [org.C]: 'stopped',
    });
    const bankrupt = (
      await api.http
        .get('/api/organisations')
        .query({ filter: JSON.stringify({ kboAlert: ['bankruptcy'] }) })
        .set(as.manager)
        .expect(200)
    ).body;
    expect(bankrupt.map((o: { id: string }) => o.id)).toEqual([org.A]);
    const all = (await api.http.get('/api/organisations').query({ range: '[0,99]' }).set(as.manager).expect(200)).body;
    expect(all.find((o: { id: string }) => o.id === org.B).kboAlert).toBeNull();
    expect((await api.http.get(`/api/organisations/${org.C}`).set(as.manager).expect(200)).body.kboAlert).toBe(
      'stopped',
    );
    const file = (
      await api.http
        .post('/api/recognitions')
        .set(as.advisor)
        .send({ organisationId: org.A, kind: 'brussels_esd' })
        .expect(201)
    ).body;
    const read = (await api.http.get(`/api/recognitions/${file.id}`).set(as.advisor).expect(200)).body;
    expect(read.eligibilityWarnings.map((w: { code: string }) => w.code)).toContain('not_viable');
    await api.http.delete(`/api/recognitions/${file.id}`).set(as.admin);
  });

  it('applies a KBO change to the organisation from its banner state, once', async () => {
    const state = (await api.http.get(`/api/kbo/organisations/${org.B}`).set(as.advisor2).expect(200)).body;
    expect(state).toMatchObject({ enterpriseNumber: digits(B), alert: null });
    expect(state.openChanges).toHaveLength(1);
    await api.http.post(`/api/kbo/changes/${state.openChanges[0].id}/apply`).set(as.manager).expect(403);
    const applied = await api.http
      .post(`/api/kbo/changes/${state.openChanges[0].id}/apply`)
      .set(as.advisor2)
      .expect(200);
    expect(applied.body).toMatchObject({ status: 'applied' });
    const organisation = (await api.http.get(`/api/organisations/${org.B}`).set(as.advisor2).expect(200)).body;
    expect(organisation).toMatchObject({
      name: 'Coöperatie Blauwe Fiets',
      street: 'Place du Vélo 9 bus 2',
      postcode: '1060',
      municipality: '21013',
      legalForm: null,
    });
    const again = await api.http.post(`/api/kbo/changes/${state.openChanges[0].id}/apply`).set(as.advisor2).expect(409);
    expect(again.body).toMatchObject({ code: 'kbo.change_resolved' });
    expect(
      (await api.http.get(`/api/kbo/organisations/${org.B}`).set(as.advisor2).expect(200)).body.openChanges,
    ).toEqual([]);
  });

  it('refuses an update that does not follow the last extract loaded', async () => {
    const skipped = await extractZip({ extractType: 'update', extractNumber: 143 }, {});
    const refused = await upload(skipped).expect(409);
    expect(refused.body).toMatchObject({
      code: 'kbo.update_out_of_order',
      params: { extractNumber: 143, expected: 142 },
    });
  });

  it('a broken zip, or rows refused half-way, leave the previous data serving', async () => {
    const good = await fullExtract();
    const truncated = {
      bytes: good.bytes.subarray(0, Math.floor(good.bytes.length / 2)),
      name: 'KboOpenData_0142_2026_12_Update.zip',
    };
    const broken = await upload(truncated).expect(400);
    expect(broken.body).toMatchObject({ code: 'kbo.bad_zip' });

    // A well-formed zip whose rows fail in the middle (a date that is no date, after the deletes ran).
    const badRows = await extractZip(
      { extractType: 'update', extractNumber: 142 },
      {
        enterprise_delete: [[A], [B]],
        enterprise_insert: [[A, 'AC', '000', '2', '017', null, '31-02-2020']],
        establishment_delete: [],
        establishment_insert: [],
        denomination_delete: [[A]],
        denomination_insert: [],
        address_delete: [],
        address_insert: [],
        contact_delete: [],
        contact_insert: [],
        activity_delete: [],
        activity_insert: [],
      },
    );
    const failed = await loaded(badRows);
    expect(failed).toMatchObject({ status: 'failed', errorCode: 'kbo.load_failed' });
    expect(failed.error).toMatch(/date/i);
    // Its params let the console write the reason in the reader's language (the English sentence stays for scripts).
    expect(failed.errorParams).toEqual({ detail: failed.error });
    const a = (await api.http.get(`/api/kbo/enterprises/${A}`).set(as.advisor).expect(200)).body;
    expect(a.names.length).toBe(3);
    await api.http.get(`/api/kbo/enterprises/${B}`).set(as.advisor).expect(200);

    const wrongColumns = await extractZip({ extractType: 'full', extractNumber: 150 }, {});
    writeFileSync(wrongColumns.path, wrongColumns.bytes);
    const missing = await upload(wrongColumns).expect(400);
    expect(missing.body).toMatchObject({ code: 'kbo.file_missing', params: { file: 'enterprise.csv' } });
    const dutch = await upload(wrongColumns).query({ lang: 'nl' }).expect(400);
    expect(dutch.body).toMatchObject({
      message: 'Het uittreksel bevat geen enterprise.csv.',
      errors: { file: 'Het uittreksel bevat geen enterprise.csv.' },
    });
    const loads = (await api.http.get('/api/kbo/loads').set(as.admin).expect(200)).body;
    expect(
      loads
        .filter((l: { status: string }) => l.status === 'done')
        .map((l: { extractNumber: number }) => l.extractNumber),
    ).toEqual([141, 140]);
  });
});
