import fc from 'fast-check';
import { OverviewService } from '../../api/src/reports/overview.service';
import { RollupsCheckJob } from '../../api/src/reports/rollups-check.job';
import { demoColleagues, startApi, TestApi } from '../support/api';

const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() : 20;
const CHANNELS = ['in_person', 'video', 'phone', 'event', 'email'];
const DAYS = 150; // 2025-11-15 … 2026-04-13: partial and whole months on both sides of a year
const dayOf = (n: number) => new Date(Date.UTC(2025, 10, 15) + n * 86_400_000);

type Change =
  | { kind: 'insert'; author: number; day: number; minute: number; channel: number }
  | { kind: 'move'; pick: number; day: number; minute: number }
  | { kind: 'reassign'; pick: number; author: number; channel: number }
  | { kind: 'delete'; pick: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      author: fc.nat(2),
      day: fc.nat(DAYS - 1),
      minute: fc.nat(24 * 60 - 1),
      channel: fc.nat(4),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      pick: fc.nat(),
      day: fc.nat(DAYS - 1),
      minute: fc.nat(24 * 60 - 1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reassign' as const),
      pick: fc.nat(),
      author: fc.nat(2),
      channel: fc.nat(4),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
);
const period = fc
  .tuple(fc.nat(DAYS - 1), fc.nat(DAYS - 1))
  .map(
    ([a, b]) =>
      [dayOf(Math.min(a, b)), dayOf(Math.max(a, b))].map((d) => d.toISOString().slice(0, 10)) as [string, string],
  );

/**
 * The overview's meeting figures come from counts the database keeps by month (trigger on meetings) plus the
 * partial months counted live. After any sequence of inserts, moves, reassignments and deletions, they equal
 * a full recount, for any period, for everyone and for one advisor; the nightly check finds no drift, and
 * repairs one made behind the trigger's back.
 */
describe('overview: the kept meeting counts agree with a full recount', () => {
  let api: TestApi;
  let authors: string[];
  let organisationId: string;
  beforeAll(async () => {
    api = await startApi();
    const { as, ids } = await demoColleagues(api);
    authors = [ids.advisor, ids.advisor2, ids.coordinator];
    organisationId = (
      await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Atelier des comptes' }).expect(201)
    ).body.id;
  });
  afterAll(() => api.close());

  async function apply(changes: Change[]): Promise<void> {
    for (const c of changes) {
      const ids = (await api.sql(`SELECT id FROM meetings ORDER BY id`)).map((r) => r.id as string);
      const target = 'pick' in c && ids.length ? ids[c.pick % ids.length] : undefined;
      if (c.kind === 'insert') {
        const at = new Date(dayOf(c.day).getTime() + c.minute * 60_000).toISOString();
        await api.sql(
          `INSERT INTO meetings (organisation_id, author_id, occurred_at, channel, subject) VALUES ($1, $2, $3, $4, 'Rendez-vous')`,
          [organisationId, authors[c.author], at, CHANNELS[c.channel]],
        );
      } else if (!target) {
        continue;
      } else if (c.kind === 'move') {
        await api.sql(`UPDATE meetings SET occurred_at = $2 WHERE id = $1`, [
          target,
          new Date(dayOf(c.day).getTime() + c.minute * 60_000).toISOString(),
        ]);
      } else if (c.kind === 'reassign') {
        await api.sql(`UPDATE meetings SET author_id = $2, channel = $3 WHERE id = $1`, [
          target,
          authors[c.author],
          CHANNELS[c.channel],
        ]);
      } else {
        await api.sql(`DELETE FROM meetings WHERE id = $1`, [target]);
      }
    }
  }

  /** What the figures must be: every meeting of the period counted, nothing kept. */
  async function recount(from: string, to: string, advisorId: string | null) {
    const rows = await api.sql(
      `SELECT m.author_id, to_char(date_trunc('month', m.occurred_at), 'YYYY-MM') AS month, m.channel FROM meetings m
        WHERE m.occurred_at >= $1::date AND m.occurred_at < $2::date + 1 AND ($3::uuid IS NULL OR m.author_id = $3::uuid)`,
      [from, to, advisorId],
    );
    const by = (key: 'author_id' | 'month' | 'channel') =>
      Object.entries(
        rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r[key]]: (acc[r[key]] ?? 0) + 1 }), {}),
      )
        .map(([k, count]) => ({ key: k, count }))
        .sort((a, b) => a.key.localeCompare(b.key));
    return { total: rows.length, byAdvisor: by('author_id'), byMonth: by('month'), byChannel: by('channel') };
  }

  it('after random changes, for random periods, with and without an advisor in scope', async () => {
    const overview = api.app.get(OverviewService);
    await fc.assert(
      fc.asyncProperty(
        fc.array(change, { minLength: 1, maxLength: 25 }),
        period,
        fc.nat(3),
        async (changes, [from, to], who) => {
          await apply(changes);
          expect(await api.sql(`SELECT * FROM meeting_month_counts_drift()`)).toEqual([]);
          const advisorId = who < 3 ? authors[who] : null;
          const { meetings } = await overview.compute({ from, to, advisorId, sector: null });
          const sorted = (counts: Array<{ key: string | null; count: number }>) =>
            counts.map(({ key, count }) => ({ key: String(key), count })).sort((a, b) => a.key.localeCompare(b.key));
          expect({
            total: meetings.total,
            byAdvisor: sorted(meetings.byAdvisor),
            byMonth: sorted(meetings.byMonth),
            byChannel: sorted(meetings.byChannel),
          }).toEqual(await recount(from, to, advisorId));
        },
      ),
      { numRuns: 40, seed: SEED },
    );
    expect(Number((await api.sql(`SELECT count(*) AS n FROM meetings`))[0].n)).toBeGreaterThan(50);
  }, 600_000);

  it('the nightly check reports a drift made behind the trigger, and repairs it', async () => {
    const job = api.app.get(RollupsCheckJob);
    expect(await job.check()).toEqual({ drift: 0, examples: [], repaired: false });
    await api.sql(`ALTER TABLE meetings DISABLE TRIGGER meetings_month_counts`);
    await api.sql(
      `INSERT INTO meetings (organisation_id, author_id, occurred_at, channel, subject) VALUES ($1, $2, '2026-02-10T10:00:00Z', 'phone', 'Hors compte')`,
      [organisationId, authors[0]],
    );
    await api.sql(`ALTER TABLE meetings ENABLE TRIGGER meetings_month_counts`);
    const report = await job.check();
    expect(report).toMatchObject({ drift: 1, repaired: true });
    expect(report.examples[0]).toMatchObject({
      month: '2026-02',
      author_id: authors[0],
      channel: 'phone',
      counted: (report.examples[0] as { kept: number }).kept + 1,
    });
    expect(await job.check()).toEqual({ drift: 0, examples: [], repaired: false });
  });
});
