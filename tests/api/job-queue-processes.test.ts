import { Client } from 'pg';
import { createTestDatabase } from '../support/database';
import { RunningServer, startServer } from '../support/server';
import { startSmtp } from '../support/smtp';

const PASSWORD = 'traject-demo-2026';
async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}
const until = async (check: () => Promise<boolean>, seconds: number) => {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 1000));
  }
};

/** Two API processes on one database, both working the queue, as behind a load balancer. */
describe('the job queue shared by two API processes', () => {
  it('a scheduled job runs once per period, not once per process', async () => {
    const database = await createTestDatabase();
    const env = {
      TRAJECT_JOBS: '1',
      TRAJECT_JOB_SCHEDULES: 'recognitions-daily=* * * * *',
      TRAJECT_JOBS_SUPERVISE_SECONDS: '2',
    };
    const servers: RunningServer[] = [];
    const client = new Client({ connectionString: database.url });
    try {
      servers.push(await startServer(env, { databaseUrl: database.url }));
      servers.push(await startServer(env, { databaseUrl: database.url }));
      await client.connect();
      // pg-boss files each occurrence of a schedule under its minute's slot (one forwarding job per slot,
      // whichever process sends it); on a busy machine a slot's job may be created in the next minute, so
      // the check counts per slot, not per creation minute.
      const perSlot = async () =>
        (
          await client.query(`SELECT singleton_on AS slot, count(*)::int AS n FROM pgboss.job
                               WHERE name = '__pgboss__send-it' AND data->>'name' = 'recognitions-daily' GROUP BY 1 ORDER BY 1`)
        ).rows as { n: number }[];
      const completed = async () =>
        (
          await client.query(
            `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'recognitions-daily' AND state = 'completed'`,
          )
        ).rows[0].n as number;
      const deadline = Date.now() + 150_000;
      while ((await completed()) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2000));
      expect(await completed()).toBeGreaterThanOrEqual(2);
      const slots = await perSlot();
      expect(slots.map((slot) => slot.n)).toEqual(slots.map(() => 1));
      const [{ n: jobs }] = (
        await client.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'recognitions-daily'`)
      ).rows;
      expect(jobs).toBeLessThanOrEqual(slots.length);
      // The day's work itself ran once: the later runs found the day done.
      const runs = (
        await client.query(`SELECT output FROM pgboss.job WHERE name = 'recognitions-daily' AND state = 'completed'`)
      ).rows;
      expect(runs.filter((r) => r.output?.ran === true)).toHaveLength(1);
    } finally {
      await client.end().catch(() => undefined);
      for (const server of servers) await server.stop();
      await database.drop();
    }
  }, 240_000);

  it('a job whose process is killed mid-way is retried by the other process, and its mail is sent once', async () => {
    const database = await createTestDatabase();
    const smtp = await startSmtp();
    smtp.hang = true;
    const env = { TRAJECT_JOBS: '1', SMTP_URL: smtp.url, TRAJECT_JOBS_SUPERVISE_SECONDS: '2' };
    const client = new Client({ connectionString: database.url });
    let first: RunningServer | undefined;
    let second: RunningServer | undefined;
    try {
      first = await startServer(env, { databaseUrl: database.url });
      await client.connect();
      const coordinator = await signIn(first.url, 'coordinator@demo.traject.brussels');
      const admin = await signIn(first.url, 'admin@demo.traject.brussels');
      const [{ id: advisorId }] = (
        await client.query(`SELECT id FROM users WHERE email = 'advisor@demo.traject.brussels'`)
      ).rows;
      await fetch(`${first.url}/api/tasks`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${coordinator}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: 'Once only', assigneeId: advisorId }),
      });
      // The first process takes the mail and hangs inside the SMTP conversation; then it is killed.
      void fetch(`${first.url}/api/jobs/mail-outbox/run`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${admin}` },
      }).catch(() => undefined);
      await until(
        async () =>
          (await client.query(`SELECT 1 FROM outbox WHERE subject LIKE '%Once only' AND state = 'sending'`))
            .rowCount === 1,
        60,
      );
      const [killed] = (await client.query(`SELECT id FROM pgboss.job WHERE name = 'mail-outbox' AND state = 'active'`))
        .rows;
      expect(killed).toBeDefined();
      await first.stop('SIGKILL');
      first = undefined;
      smtp.hang = false;

      second = await startServer(env, { databaseUrl: database.url });
      await until(
        async () =>
          (
            await client.query(`SELECT 1 FROM pgboss.job WHERE id = $1 AND state = 'completed' AND retry_count >= 1`, [
              killed.id,
            ])
          ).rowCount === 1,
        150,
      );
      await until(
        async () =>
          (await client.query(`SELECT 1 FROM outbox WHERE subject LIKE '%Once only' AND state = 'sent'`)).rowCount ===
          1,
        90,
      );
      await new Promise((r) => setTimeout(r, 3000));
      expect(smtp.received.filter((m) => m.parsed.subject === 'Nouvelle tâche : Once only').map((m) => m.to)).toEqual([
        ['advisor@demo.traject.brussels'],
      ]);
    } finally {
      await client.end().catch(() => undefined);
      await first?.stop('SIGKILL');
      await second?.stop();
      await smtp.close();
      await database.drop();
    }
  }, 400_000);
});
