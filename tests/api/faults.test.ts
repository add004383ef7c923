import { ChildProcessWithoutNullStreams, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../api/src/database/embedded-postgres.launcher';
import { bearer, startApi } from '../support/api';
import { createTestDatabase } from '../support/database';
import { ROOT, startServer } from '../support/server';

const signIn = async (url: string, email = 'manager@demo.traject.brussels') => {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'traject-demo-2026' }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
};
const get = (url: string, token?: string) =>
  fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(15_000) });

/** A PostgreSQL the test stops and starts under the running app. */
async function controllablePostgres(): Promise<{
  url: string;
  send(command: 'stop' | 'start' | 'quit'): Promise<void>;
}> {
  const port = await freePort();
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [
    join(ROOT, 'tests/support/pg-control.mjs'),
    mkdtempSync(join(tmpdir(), 'traject-fault-pg-')),
    String(port),
  ]);
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  const waitFor = async (word: string, from: number) => {
    const deadline = Date.now() + 60_000;
    while (!output.slice(from).includes(word)) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`PostgreSQL control: no "${word}" (${output})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  await waitFor('ready', 0);
  const admin = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE traject');
  await admin.end();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/traject`,
    send: async (command) => {
      const from = output.length;
      child.stdin.write(`${command}\n`);
      if (command === 'quit') await new Promise((r) => child.on('exit', r));
      else await waitFor(command === 'stop' ? 'stopped' : 'started', from);
    },
  };
}

describe('when things go wrong', () => {
  it('the database goes away: requests get 503 (not 500, not a hang), ready says so, and the app serves again by itself', async () => {
    const postgres = await controllablePostgres();
    const server = await startServer({}, { databaseUrl: postgres.url });
    try {
      const token = await signIn(server.url);
      expect((await get(`${server.url}/api/organisations`, token)).status).toBe(200);
      await postgres.send('stop');
      const started = Date.now();
      const answers = await Promise.all([
        get(`${server.url}/api/organisations`, token),
        get(`${server.url}/api/users`, token),
        get(`${server.url}/api/health/ready`),
      ]);
      expect(answers.map((a) => a.status)).toEqual([503, 503, 503]);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await answers[0].json()).toMatchObject({
        statusCode: 503,
        code: 'server.unavailable',
        message: expect.stringMatching(/base de données|databank|database/),
      });
      expect((await get(`${server.url}/api/health`)).status).toBe(200);
      await postgres.send('start');
      let ready = 0;
      for (let i = 0; i < 50 && ready !== 200; i++) {
        ready = (await get(`${server.url}/api/health/ready`)).status;
        if (ready !== 200) await new Promise((r) => setTimeout(r, 200));
      }
      expect(ready).toBe(200);
      expect((await get(`${server.url}/api/organisations`, token)).status).toBe(200);
      expect(server.process.exitCode).toBeNull();
    } finally {
      await server.stop();
      await postgres.send('quit');
    }
  }, 120_000);

  it('two API processes on one database: both serve, tokens of one work on the other, the daily job runs once', async () => {
    const database = await createTestDatabase();
    const first = await startServer({ TRAJECT_JOBS: '1' }, { databaseUrl: database.url });
    const second = await startServer({ TRAJECT_JOBS: '1' }, { databaseUrl: database.url });
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const token = await signIn(first.url, 'admin@demo.traject.brussels');
      expect((await get(`${second.url}/api/auth/me`, token)).status).toBe(200);
      expect((await get(`${first.url}/api/organisations?range=${encodeURIComponent('[0,4]')}`, token)).status).toBe(
        200,
      );
      // An approval past its end date: whichever process runs the day's work expires it, once.
      const [{ id: organisationId }] = (await client.query(`SELECT id FROM organisations LIMIT 1`)).rows;
      await client.query(`DELETE FROM scheduled_runs`);
      const {
        rows: [file],
      } = await client.query(
        `INSERT INTO recognitions (organisation_id, kind, status, valid_from, valid_until) VALUES ($1, 'brussels_esd', 'approved', '2020-01-01', '2021-12-31') RETURNING id`,
        [organisationId],
      );
      const both = await Promise.all(
        [first, second].map((s) =>
          fetch(`${s.url}/api/recognitions/daily-job`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}` },
          }).then((r) => r.json() as Promise<{ ran: boolean; expired: number }>),
        ),
      );
      expect(both.map((r) => r.expired).reduce((a, b) => a + b)).toBe(1);
      const events = await client.query(
        `SELECT count(*)::int AS n FROM recognition_events WHERE recognition_id = $1 AND to_status = 'expired'`,
        [file.id],
      );
      expect(events.rows[0].n).toBe(1);
    } finally {
      await client.end();
      await first.stop();
      await second.stop();
      await database.drop();
    }
  }, 120_000);

  it('20 parallel PUTs of one record with the same version: exactly one wins, the others get 409, no update is lost', async () => {
    const api = await startApi();
    try {
      const auth = bearer(await api.token('advisor'));
      const record = (await api.http.post('/api/organisations').set(auth).send({ name: 'Contested' }).expect(201)).body;
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          api.http
            .put(`/api/organisations/${record.id}`)
            .set(auth)
            .send({ ...record, description: `edit ${i}` }),
        ),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      const winner = answers.find((a) => a.status === 200)!.body.description;
      expect(await api.sql(`SELECT description, version FROM organisations WHERE id = $1`, [record.id])).toEqual([
        { description: winner, version: 2 },
      ]);
      expect(
        await api.sql(
          `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'organisations' AND entity_id = $1 AND action = 'update'`,
          [record.id],
        ),
      ).toEqual([{ n: 1 }]);
    } finally {
      await api.close();
    }
  });

  it('20 parallel "open a case" for one organisation: exactly one succeeds', async () => {
    const api = await startApi();
    try {
      const organisationId = (
        await api.http
          .post('/api/organisations')
          .set(bearer(await api.token('advisor')))
          .send({ name: 'Wanted' })
          .expect(201)
      ).body.id;
      const coordinator = bearer(await api.token('coordinator'));
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          api.http.post('/api/cases').set(coordinator).send({ organisationId, title: 'Parcours' }),
        ),
      );
      expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
      expect(answers.filter((a) => a.status === 409)).toHaveLength(19);
      expect(
        await api.sql(`SELECT count(*)::int AS n FROM cases WHERE organisation_id = $1`, [organisationId]),
      ).toEqual([{ n: 1 }]);
      expect(
        await api.sql(`SELECT count(*)::int AS n FROM case_events WHERE organisation_id = $1`, [organisationId]),
      ).toEqual([{ n: 1 }]);
    } finally {
      await api.close();
    }
  });

  it('a failure between the two writes of a case closure leaves the case open and no event', async () => {
    const api = await startApi();
    try {
      const organisationId = (
        await api.http
          .post('/api/organisations')
          .set(bearer(await api.token('advisor')))
          .send({ name: 'Half closed' })
          .expect(201)
      ).body.id;
      const coordinator = bearer(await api.token('coordinator'));
      const opened = (
        await api.http.post('/api/cases').set(coordinator).send({ organisationId, title: 'Parcours' }).expect(201)
      ).body;
      // The event insert fails after the case row was updated in the same transaction.
      await api.sql(
        `CREATE FUNCTION fail_closure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.kind = 'closed' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`,
      );
      await api.sql(
        `CREATE TRIGGER fail_closure BEFORE INSERT ON case_events FOR EACH ROW EXECUTE FUNCTION fail_closure()`,
      );
      const res = await api.http
        .put(`/api/cases/${opened.id}`)
        .set(coordinator)
        .send({ ...opened, status: 'closed', closeReason: 'Fini' });
      expect(res.status).toBe(500);
      expect(JSON.stringify(res.body)).not.toMatch(/disk full|case_events|INSERT/);
      await api.sql(`DROP TRIGGER fail_closure ON case_events`);
      expect(await api.sql(`SELECT status, closed_on, version FROM cases WHERE id = $1`, [opened.id])).toEqual([
        { status: 'open', closed_on: null, version: 1 },
      ]);
      expect(
        await api.sql(
          `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'cases' AND entity_id = $1 AND action = 'update'`,
          [opened.id],
        ),
      ).toEqual([{ n: 0 }]);
      await api.http
        .put(`/api/cases/${opened.id}`)
        .set(coordinator)
        .send({ ...opened, status: 'closed', closeReason: 'Fini' })
        .expect(200);
    } finally {
      await api.close();
    }
  });

  it('a crash in the middle of a 50,000-row import leaves nothing half-written', async () => {
    const database = await createTestDatabase();
    const server = await startServer({}, { databaseUrl: database.url });
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const token = await signIn(server.url, 'admin@demo.traject.brussels');
      const before = (await client.query(`SELECT count(*)::int AS n FROM organisations`)).rows[0].n;
      const lines = ['name,postcode'];
      for (let i = 0; i < 50_000; i++) lines.push(`Import interrompu ${i},1000`);
      const request = fetch(`${server.url}/api/organisations/import?commit=true`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' },
        body: lines.join('\n'),
      }).catch(() => 'cut');
      // Kill the process once the import's transaction holds its lock, i.e. while it writes.
      for (let i = 0; i < 200; i++) {
        const { rows } = await client.query(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'organisations' AND l.mode = 'ShareRowExclusiveLock'`,
        );
        if (rows[0].n > 0) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      server.process.kill('SIGKILL');
      expect(await request).toBe('cut');
      await new Promise((r) => setTimeout(r, 500));
      const after = (await client.query(`SELECT count(*)::int AS n FROM organisations`)).rows[0].n;
      expect(after).toBe(before);
      expect((await client.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'import'`)).rows[0].n).toBe(
        0,
      );
    } finally {
      await client.end();
      await server.stop();
      await database.drop();
    }
  }, 120_000);
});

describe('backup and restore', () => {
  it('a pg_dump / pg_restore round trip gives a database that serves the same records', async () => {
    const admin = new Client({ connectionString: process.env.TEST_PG_URL });
    await admin.connect();
    const serverMajor = Math.floor(
      Number((await admin.query('SHOW server_version_num')).rows[0].server_version_num) / 10000,
    );
    await admin.end();
    const dumpMajor = Number(/(\d+)\./.exec(execFileSync('pg_dump', ['--version'], { encoding: 'utf8' }))?.[1] ?? 0);
    if (dumpMajor < serverMajor) {
      console.log(
        `Backup test skipped: pg_dump ${dumpMajor} cannot dump a PostgreSQL ${serverMajor} server (it runs against the machine's PostgreSQL in CI's second pass)`,
      );
      return;
    }
    const source = await createTestDatabase();
    const restored = await createTestDatabase();
    const original = await startServer({}, { databaseUrl: source.url });
    try {
      const token = await signIn(original.url, 'admin@demo.traject.brussels');
      const list = async (url: string) =>
        (await (await get(`${url}/api/organisations?range=${encodeURIComponent('[0,999]')}`, token)).json()) as Array<{
          id: string;
          name: string;
          version: number;
        }>;
      const cases = async (url: string) =>
        (await (await get(`${url}/api/cases?range=${encodeURIComponent('[0,999]')}`, token)).json()) as unknown[];
      const before = await list(original.url);
      expect(before.length).toBeGreaterThan(50);
      const file = join(mkdtempSync(join(tmpdir(), 'traject-backup-')), 'traject.dump');
      execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, source.url]);
      execFileSync('pg_restore', ['--no-owner', `--dbname=${restored.url}`, file]);
      const copy = await startServer({ TRAJECT_DEMO: '0' }, { databaseUrl: restored.url });
      try {
        expect(await list(copy.url)).toEqual(before);
        expect(await cases(copy.url)).toEqual(await cases(original.url));
        expect((await get(`${copy.url}/api/health/ready`)).status).toBe(200);
      } finally {
        await copy.stop();
      }
    } finally {
      await original.stop();
      await source.drop();
      await restored.drop();
    }
  }, 120_000);
});
