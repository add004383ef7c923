import { Client } from 'pg';
import { createTestDatabase } from '../support/database';
import { RunningServer, startServer } from '../support/server';

/** Two API processes on one database, both working the queue, as behind a load balancer. */
describe('the job queue shared by two API processes', () => {
  it('a scheduled job runs once per period, not once per process', async () => {
    const database = await createTestDatabase();
    const env = { TRAJECT_JOBS: '1', TRAJECT_JOB_SCHEDULES: 'recognitions-daily=* * * * *', TRAJECT_JOBS_SUPERVISE_SECONDS: '2' };
    const servers: RunningServer[] = [];
    const client = new Client({ connectionString: database.url });
    try {
      servers.push(await startServer(env, { databaseUrl: database.url }));
      servers.push(await startServer(env, { databaseUrl: database.url }));
      await client.connect();
      const perMinute = async () =>
        (await client.query(`SELECT date_trunc('minute', created_on) AS minute, count(*)::int AS n, count(*) FILTER (WHERE state = 'completed')::int AS done
                               FROM pgboss.job WHERE name = 'recognitions-daily' GROUP BY 1 ORDER BY 1`)).rows as { n: number; done: number }[];
      const deadline = Date.now() + 150_000;
      while ((await perMinute()).filter((m) => m.done > 0).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2000));
      const minutes = await perMinute();
      expect(minutes.filter((m) => m.done > 0).length).toBeGreaterThanOrEqual(2);
      expect(minutes.map((m) => m.n)).toEqual(minutes.map(() => 1));
      // The day's work itself ran once: the later runs found the day done.
      const runs = (await client.query(`SELECT output FROM pgboss.job WHERE name = 'recognitions-daily' AND state = 'completed'`)).rows;
      expect(runs.filter((r) => r.output?.ran === true)).toHaveLength(1);
    } finally {
      await client.end().catch(() => undefined);
      for (const server of servers) await server.stop();
      await database.drop();
    }
  }, 240_000);
});
