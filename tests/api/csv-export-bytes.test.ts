import { csvLine, UTF8_BOM } from '../../api/src/common/csv/csv-writer';
import type { SignedInUser } from '../../api/src/common/auth/signed-in-user';
import { exportHeader, type Language } from '../../api/src/domain';
import { readRule } from '../../api/src/domain/read-policy';
import { cellInWords } from '../../api/src/reports/export-cells';
import { ReportExportService } from '../../api/src/reports/report-export.service';
import { REPORT_EXPORTS } from '../../api/src/reports/report-exports';
import { demoColleagues, startApi, TestApi } from '../support/api';

/**
 * The CSV the API sends (rows from a cursor, lines by csvLineWriter) is byte for byte the reference: the export's
 * own query read as objects, each cell through cellInWords and csvLine, as the export wrote it before issue 20.
 * Every report, every language, `?codes=true`, both separators, for roles that see personal fields and roles that
 * do not, over rounds of nasty values written straight into every column the exports read.
 */

type Who = 'advisor' | 'coordinator' | 'admin';
const ROLES: Who[] = ['advisor', 'coordinator', 'admin'];
const FORMS: Array<Record<string, string>> = [
  { lang: 'fr' },
  { lang: 'nl' },
  { lang: 'en' },
  { codes: 'true' },
  { lang: 'fr', sep: ',' },
  { codes: 'true', sep: ';' },
];

const TEXTS = [
  '=1+1',
  '+32 2 555 00 00',
  '-12,5',
  '-12.5',
  '@SUM(A1)',
  '\tTab',
  '\rCR',
  'a;b',
  'a,b',
  'dit "oui"',
  '"',
  'deux\nlignes',
  'crlf\r\nfin',
  'Élodie Ñoño ß ✓ 🎉',
  '',
  ' ',
  'x|y',
  '|',
  'constructor',
  '__proto__',
  "'apostrophe",
  '-',
  '=',
  '12',
  '-7',
  'null',
  'NaN',
  'sc_cv',
  'fr',
  'construction',
  'intake',
  'approved',
];
const NUMBERS = [null, 0, 12.5, 100, 0.01, 999999.99, 37.9, 'NaN', 1234.5, 7, -3.25];
const INTEGERS = [null, 0, 7, 2147483647, -15, 60];
const DAYS = [null, '2026-03-29', '1999-12-31', '0044-03-15 BC', '2026-10-25'];
const MOMENTS = [null, '2026-03-29T01:30:00Z', '2026-10-25T00:59:59Z', '1970-01-01T00:00:00Z', '2026-10-25T01:00:00Z'];

const binary = (res: NodeJS.ReadableStream, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('CSV exports: the bytes of the reference for nasty values', () => {
  let api: TestApi;
  let as: Record<string, { Authorization: string }>;
  let users: Record<Who, SignedInUser>;
  /** table -> its columns the exports read, with their types */
  const columns = new Map<string, Array<{ name: string; type: string }>>();

  beforeAll(async () => {
    api = await startApi();
    const colleagues = await demoColleagues(api);
    as = colleagues.as;
    const ids = colleagues.ids;
    users = Object.fromEntries(
      await Promise.all(
        ROLES.map(async (who) => {
          const [u] = await api.sql(`SELECT id, email, full_name, role, language FROM users WHERE id = $1`, [ids[who]]);
          const user: SignedInUser = {
            id: u.id,
            email: u.email,
            fullName: u.full_name,
            role: u.role,
            language: u.language,
            sessionId: 'reference',
          };
          return [who, user];
        }),
      ),
    ) as Record<Who, SignedInUser>;

    // One record of every exported kind, through the API.
    const organisation = async (name: string, who: Who) =>
      (
        await api.http
          .post('/api/organisations')
          .set(as[who])
          .send({ name, legalForm: 'sc_cv', sectors: ['construction', 'culture'], postcode: '1080' })
          .expect(201)
      ).body.id as string;
    const mine = await organisation('Coopérative Les Tartines', 'advisor');
    const other = await organisation('Bouwcoöperatie Zennevallei', 'admin');
    for (const [org, advisor] of [
      [mine, ids.advisor],
      [other, ids.advisor2],
    ]) {
      await api.http
        .post('/api/contacts')
        .set(as.coordinator)
        .send({ organisationId: org, firstName: 'Fatima', lastName: 'Zahraoui', email: 'f@example.be', language: 'fr' })
        .expect(201);
      await api.http
        .post('/api/cases')
        .set(as.coordinator)
        .send({ organisationId: org, title: 'Parcours', advisorId: advisor, openedOn: '2026-02-01' })
        .expect(201);
    }
    await api.http
      .post('/api/meetings')
      .set(as.advisor)
      .send({ organisationId: mine, subject: 'RDV', occurredAt: '2026-02-11T10:00:00Z', channel: 'video', notes: 'n' })
      .expect(201);
    const assessment = (
      await api.http.post('/api/assessments').set(as.advisor).send({ organisationId: mine }).expect(201)
    ).body;
    await api.http.post(`/api/assessments/${assessment.id}/finalise`).set(as.advisor).expect(200);
    await api.http
      .post('/api/recognitions')
      .set(as.advisor)
      .send({ organisationId: mine, kind: 'brussels_esd', validFrom: '2025-01-01', validUntil: '2027-01-01' })
      .expect(201);
    const [coopcity] = await api.sql(`SELECT id FROM programmes WHERE partner = 'coopcity' ORDER BY name LIMIT 1`);
    await api.http
      .post('/api/referrals')
      .set(as.advisor)
      .send({ organisationId: mine, partner: 'coopcity', programmeId: coopcity.id, referredOn: '2026-02-21' })
      .expect(201);
    await api.http
      .post('/api/referrals')
      .set(as.advisor)
      .send({ organisationId: mine, partner: 'bissib', referredOn: '2026-03-11' })
      .expect(201);

    // Every column an export reads (alias.column in its SQL), by table.
    for (const report of REPORT_EXPORTS) {
      const tables = new Map([[report.alias, report.table], ...report.joins.map(([t, a]): [string, string] => [a, t])]);
      for (const column of report.columns)
        for (const [, alias, name] of column.sql.matchAll(/\b([a-z]+)\.([a-z_]+)\b/g)) {
          const table = tables.get(alias);
          if (!table || name === 'id') continue;
          const [info] = await api.sql(
            `SELECT data_type, udt_name FROM information_schema.columns WHERE table_name = $1 AND column_name = $2`,
            [table, name],
          );
          const known = columns.get(table) ?? [];
          if (!known.some((c) => c.name === name)) known.push({ name, type: info.udt_name });
          columns.set(table, known);
        }
    }
  }, 60_000);
  afterAll(() => api.close());

  /** Round k: each column gets a value of its type (one that its table's constraints refuse keeps the previous one). */
  const writeNastyValues = async (k: number) => {
    for (const [table, list] of columns)
      for (const [j, { name, type }] of list.entries()) {
        const pick = <T>(values: T[]) => values[(k * 5 + j * 3) % values.length];
        const value =
          type === 'text'
            ? pick(TEXTS)
            : type === '_text'
              ? k % 4 === 3
                ? []
                : [pick(TEXTS), 'construction', 'fr', TEXTS[(k + j) % TEXTS.length]]
              : type === 'numeric'
                ? pick(NUMBERS)
                : type === 'int4'
                  ? pick(INTEGERS)
                  : type === 'bool'
                    ? k % 2 === 0
                    : type === 'date'
                      ? pick(DAYS)
                      : type === 'timestamptz'
                        ? pick(MOMENTS)
                        : type === 'jsonb'
                          ? JSON.stringify({ economic: pick(TEXTS), social: 'strong', governance: null })
                          : undefined;
        if (value === undefined) throw new Error(`no nasty values for ${table}.${name} (${type})`);
        // Some rows keep a NULL where the column allows it.
        await api
          .sql(`UPDATE ${table} SET ${name} = $1 WHERE ctid = (SELECT min(ctid) FROM ${table})`, [value])
          .catch(() => undefined);
        await api
          .sql(`UPDATE ${table} SET ${name} = $1 WHERE ctid <> (SELECT min(ctid) FROM ${table})`, [
            type === 'text' ? TEXTS[(k * 7 + j) % TEXTS.length] : value,
          ])
          .catch(() => undefined);
      }
  };

  /** What the export wrote before issue 20: its query's rows as objects, cellInWords, csvLine. */
  const reference = async (name: string, who: Who, form: Record<string, string>) => {
    const service = api.app.get(ReportExportService);
    const user = users[who];
    const codes = form.codes === 'true';
    const language = (form.lang ?? user.language) as Language;
    const separator = (form.sep as ',' | ';' | undefined) ?? (codes || language === 'en' ? ',' : ';');
    const report = service.definition(name, user);
    const params = form.sort ? { sort: form.sort } : {};
    const query = service.exportQuery(report, 'csv', params, user, codes);
    const rows: Array<Record<string, unknown>> = await api.sql(query.sql, query.parameters);
    const headers = query.columns.map((c) => (codes ? c.header : exportHeader(c.header, language)));
    const cell = { language, format: 'csv' as const };
    return (
      UTF8_BOM +
      csvLine(headers, separator) +
      rows
        .map((row) =>
          csvLine(
            query.columns.map((column, i) => (codes ? row[`c${i}`] : cellInWords(row[`c${i}`], column.as, cell))),
            separator,
          ),
        )
        .join('')
    );
  };

  const download = async (name: string, who: Who, form: Record<string, string>) => {
    const query = new URLSearchParams(form);
    const res = await api.http
      .get(`/api/reports/${name}.csv?${query}`)
      .set(as[who])
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    return res.body as Buffer;
  };

  const compareEverything = async () => {
    for (const report of REPORT_EXPORTS)
      for (const who of ROLES) {
        if (readRule(users[who].role, report.name).export === 'none') continue;
        for (const form of FORMS) {
          const expected = await reference(report.name, who, form);
          const sent = await download(report.name, who, form);
          expect({ report: report.name, who, form, csv: sent.toString('utf8') }).toEqual({
            report: report.name,
            who,
            form,
            csv: expected,
          });
          expect(sent.equals(Buffer.from(expected, 'utf8'))).toBe(true);
        }
      }
  };

  it.each([0, 1, 2, 3, 4, 5, 6, 7])(
    'round %i of nasty values: every report, language, form and role',
    async (k) => {
      await writeNastyValues(k);
      // Every exported table has rows, some of them with the round's values.
      for (const report of REPORT_EXPORTS)
        expect((await api.sql(`SELECT count(*)::int AS n FROM ${report.table}`))[0].n).toBeGreaterThan(0);
      await compareEverything();
    },
    120_000,
  );

  it('more rows than one fetch (1,234 organisations across three batches), in the order asked', async () => {
    await api.sql(
      `INSERT INTO organisations (name, legal_form, sectors, description, employees_fte, volunteers, archived, tags)
       SELECT (ARRAY['=x', 'a;b', 'Zoë', 'a"b', '-1', 'b,c'])[1 + i % 6] || ' ' || i,
              (ARRAY['sc_cv', 'asbl_vzw', 'constructor', NULL])[1 + i % 4],
              CASE i % 3 WHEN 0 THEN ARRAY['construction', 'culture'] WHEN 1 THEN ARRAY['x|y', ''] ELSE '{}' END,
              CASE WHEN i % 5 = 0 THEN E'line\\nbreak ' || i END, (i % 97) / 4.0, i % 13, i % 2 = 0, ARRAY['t' || i % 3]
       FROM generate_series(1, 1234) i`,
    );
    const forms: Array<Record<string, string>> = [
      { lang: 'fr' },
      { codes: 'true' },
      { lang: 'en', sort: '["name","DESC"]' },
    ];
    for (const form of forms) {
      const expected = await reference('organisations', 'admin', form);
      const sent = (await download('organisations', 'admin', form)).toString('utf8');
      expect(sent.split('\r\n').length).toBeGreaterThan(1234);
      expect(sent).toBe(expected);
    }
  }, 60_000);
});
