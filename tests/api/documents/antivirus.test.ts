import { startApi, TestApi } from '../../support/api';
import { EICAR } from '../../support/documents';
import { call, signedIn } from '../security/fixtures';

/**
 * EICAR through a real clamd. Needs a clamd with a virus database at CLAMAV_TEST_HOST (host or host:port):
 * Debian's clamav-daemon ships no database and freshclam cannot download one on an offline machine.
 */
const clamd = process.env.CLAMAV_TEST_HOST;
if (!clamd)
  console.log(
    'SKIPPED antivirus (EICAR) test: no clamd with a virus database here; set CLAMAV_TEST_HOST=host[:port] to run it',
  );
const describeWithClamd = clamd ? describe : describe.skip;

describeWithClamd('documents: antivirus', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ CLAMAV_HOST: clamd! });
  });
  afterAll(() => api?.close());

  it('an infected upload is refused (422) and the attempt logged; a clean one is kept', async () => {
    const { as } = await signedIn(api);
    const org = (await call(api, 'post', '/api/organisations', as.coordinator, { name: 'Scan' }, 201)).id;
    const infected = await api.http
      .post('/api/documents')
      .set(as.coordinator)
      .field('organisationId', org)
      .field('kind', 'other')
      .attach('file', Buffer.from(EICAR), 'eicar.txt');
    expect(infected.status).toBe(422);
    expect(infected.body.code).toBe('document.infected');
    expect(await api.sql(`SELECT count(*)::int AS n FROM documents`)).toEqual([{ n: 0 }]);
    expect(
      await api.sql(`SELECT changes->>'fileName' AS file FROM audit_log WHERE action = 'document_infected'`),
    ).toEqual([{ file: 'eicar.txt' }]);
    const clean = await api.http
      .post('/api/documents')
      .set(as.coordinator)
      .field('organisationId', org)
      .field('kind', 'other')
      .attach('file', Buffer.from('Rien à signaler'), 'note.txt');
    expect(clean.status).toBe(201);
  });
});
