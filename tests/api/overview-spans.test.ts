import fc from 'fast-check';
import { OverviewService } from '../../api/src/reports/overview.service';
import { RollupsCheckJob } from '../../api/src/reports/rollups-check.job';
import { demoColleagues, startApi, TestApi } from '../support/api';

const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() : 2043;
const DAYS = 520; // 2024-12-01 … 2026-05-04: whole and partial months and years
const dayOf = (n: number) => new Date(Date.UTC(2024, 11, 1) + n * 86_400_000).toISOString().slice(0, 10);
const STAGES = ['intake', 'diagnosis', 'assessment', 'recognition', 'referral', 'follow_up'];
const SECTOR_SETS = [[], ['construction'], ['construction', 'sustainable_food'], ['work_integration'], ['culture']];
const FORMS = ['sc_cv', 'asbl_vzw', null];
const POSTCODES = ['1000', '1030', '1050', '1080', null];
const CHANNELS = ['phone', 'video', 'in_person'];
const MOVES = ['sent', 'accepted', 'declined', 'in_progress', 'completed', 'cancelled'];
const FILE_MOVES = ['submitted', 'under_review', 'approved'];

type Change =
  | { kind: 'open'; org: number; day: number; advisor: number }
  | { kind: 'close'; pick: number; day: number }
  | { kind: 'stage'; pick: number; stage: number }
  | { kind: 'opened'; pick: number; day: number }
  | { kind: 'move'; pick: number; org: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'organisation'; org: number; sectors: number; form: number; postcode: number }
  | { kind: 'meeting'; org: number; day: number; advisor: number }
  | { kind: 'meetingMove'; pick: number; day: number; channel: number }
  | { kind: 'referral'; org: number; day: number }
  | { kind: 'referralMove'; pick: number; status: number }
  | { kind: 'assessment'; org: number; day: number }
  | { kind: 'file'; org: number; status: number };

const ORGS = 6;
const change: fc.Arbitrary<Change> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('open' as const),
      org: fc.nat(ORGS - 1),
      day: fc.nat(DAYS - 1),
      advisor: fc.nat(1),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('close' as const), pick: fc.nat(), day: fc.nat(DAYS - 1) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('stage' as const), pick: fc.nat(), stage: fc.nat(STAGES.length - 1) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('opened' as const), pick: fc.nat(), day: fc.nat(DAYS - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), org: fc.nat(ORGS - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('organisation' as const),
      org: fc.nat(ORGS - 1),
      sectors: fc.nat(SECTOR_SETS.length - 1),
      form: fc.nat(FORMS.length - 1),
      postcode: fc.nat(POSTCODES.length - 1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('meeting' as const),
      org: fc.nat(ORGS - 1),
      day: fc.nat(DAYS - 1),
      advisor: fc.nat(1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('referral' as const), org: fc.nat(ORGS - 1), day: fc.nat(DAYS - 1) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('meetingMove' as const),
      pick: fc.nat(),
      day: fc.nat(DAYS - 1),
      channel: fc.nat(2),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('referralMove' as const),
      pick: fc.nat(),
      status: fc.nat(MOVES.length - 1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('assessment' as const), org: fc.nat(ORGS - 1), day: fc.nat(DAYS - 1) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('file' as const),
      org: fc.nat(ORGS - 1),
      status: fc.nat(FILE_MOVES.length),
    }),
  },
);
const period = fc.tuple(fc.nat(DAYS - 1), fc.nat(DAYS - 1), fc.boolean()).map(([a, b, wholeMonths]) => {
  const [from, to] = [dayOf(Math.min(a, b)), dayOf(Math.max(a, b))];
  if (!wholeMonths) return [from, to] as [string, string];
  const end = new Date(`${to.slice(0, 7)}-01T00:00:00Z`);
  end.setUTCMonth(end.getUTCMonth() + 1);
  end.setUTCDate(0);
  return [`${from.slice(0, 7)}-01`, end.toISOString().slice(0, 10)] as [string, string];
});

type Count = { key: string | null; count: number };
const sorted = (counts: Count[]) =>
  counts.map(({ key, count }) => ({ key, count })).sort((a, b) => String(a.key).localeCompare(String(b.key)));

/**
 * The overview's organisations supported come from spans the database keeps per case, with per-year and
 * per-month counts (triggers on cases and organisations). After any sequence of changes made through the API
 * (cases opened, closed, moved along, re-dated, moved to another organisation, deleted; organisations'
 * sectors, legal form and municipality changed; meetings and referrals), the overview equals a straightforward
 * recount from the cases and organisations for any period, the nightly check finds no drift, and a drift
 * planted behind the triggers' back is reported and repaired.
 */
describe('overview: the kept organisation spans agree with a full recount', () => {
  let api: TestApi;
  let as: Awaited<ReturnType<typeof demoColleagues>>['as'];
  let advisors: string[];
  let organisations: string[];
  let programme: string;

  beforeAll(async () => {
    api = await startApi();
    let ids: Record<string, string>;
    ({ as, ids } = await demoColleagues(api));
    advisors = [ids.advisor, ids.advisor2];
    organisations = [];
    for (let n = 0; n < ORGS; n++) {
      const body = {
        name: `Coopérative ${n}`,
        sectors: SECTOR_SETS[n % SECTOR_SETS.length],
        postcode: POSTCODES[n % 4],
      };
      organisations.push(
        (await api.http.post('/api/organisations').set(as.coordinator).send(body).expect(201)).body.id,
      );
    }
    programme = (await api.sql(`SELECT id FROM programmes WHERE partner = 'coopcity' ORDER BY name LIMIT 1`))[0].id;
  });
  afterAll(() => api.close());

  // In the order they were opened: ids are random, and picks by id made each run change different cases.
  const caseIds = async () =>
    (await api.sql(`SELECT id FROM cases ORDER BY created_at, id`)).map((r) => r.id as string);
  const caseOf = async (id: string) => (await api.http.get(`/api/cases/${id}`).set(as.coordinator).expect(200)).body;

  async function apply(c: Change): Promise<void> {
    const ids = await caseIds();
    const target = 'pick' in c && ids.length ? ids[c.pick % ids.length] : undefined;
    if (c.kind === 'open') {
      // Refused (409/422) when the organisation has a case under way: that is a change too (none).
      await api.http
        .post('/api/cases')
        .set(as.coordinator)
        .send({
          organisationId: organisations[c.org],
          title: 'Parcours',
          advisorId: advisors[c.advisor],
          openedOn: dayOf(c.day),
        });
    } else if (c.kind === 'organisation') {
      const stored = (await api.http.get(`/api/organisations/${organisations[c.org]}`).set(as.coordinator).expect(200))
        .body;
      await api.http
        .put(`/api/organisations/${stored.id}`)
        .set(as.coordinator)
        .send({
          version: stored.version,
          sectors: SECTOR_SETS[c.sectors],
          legalForm: FORMS[c.form],
          postcode: POSTCODES[c.postcode],
          municipality: null,
        })
        .expect(200);
    } else if (c.kind === 'meeting') {
      await api.http
        .post('/api/meetings')
        .set(as.coordinator)
        .send({
          organisationId: organisations[c.org],
          subject: 'Rendez-vous',
          occurredAt: `${dayOf(c.day)}T10:00:00Z`,
          channel: 'phone',
        })
        .expect(201);
    } else if (c.kind === 'referral') {
      await api.http
        .post('/api/referrals')
        .set(as.coordinator)
        .send({
          organisationId: organisations[c.org],
          partner: 'coopcity',
          programmeId: programme,
          referredOn: dayOf(c.day),
        })
        .expect(201);
    } else if (c.kind === 'meetingMove') {
      const meetings = (await api.sql(`SELECT id FROM meetings ORDER BY id`)).map((r) => r.id as string);
      if (meetings.length)
        await api.sql(`UPDATE meetings SET occurred_at = $2, channel = $3 WHERE id = $1`, [
          meetings[c.pick % meetings.length],
          `${dayOf(c.day)}T23:30:00Z`,
          CHANNELS[c.channel],
        ]);
    } else if (c.kind === 'referralMove') {
      // One step along: sent, then accepted or declined, then under way and completed; now and then cancelled.
      const referrals = await api.sql(`SELECT id, status FROM referrals ORDER BY id`);
      const referral = referrals.length ? referrals[c.pick % referrals.length] : undefined;
      const next: Record<string, string> = {
        proposed: 'sent',
        sent: c.status % 2 ? 'accepted' : 'declined',
        accepted: 'in_progress',
        in_progress: 'completed',
      };
      const status = c.status === MOVES.length - 1 ? 'cancelled' : next[referral?.status as string];
      if (referral && status)
        await api.http
          .post(`/api/referrals/${referral.id}/move`)
          .set(as.coordinator)
          .send({ status, reason: 'Plus nécessaire', outcome: 'Projet lancé' })
          // A finished referral cannot be cancelled (422): that is a change too (none).
          .expect((res) => expect(status === 'cancelled' ? [200, 422] : [200]).toContain(res.status));
    } else if (c.kind === 'assessment') {
      const assessment = (
        await api.http
          .post('/api/assessments')
          .set(as.coordinator)
          .send({ organisationId: organisations[c.org] })
          .expect(201)
      ).body;
      await api.http.post(`/api/assessments/${assessment.id}/finalise`).set(as.coordinator).expect(200);
      // The day it was finalised, as a correction would set it (the API finalises now).
      await api.sql(`UPDATE assessments SET finalised_at = $2 WHERE id = $1 AND status = 'final'`, [
        assessment.id,
        `${dayOf(c.day)}T12:00:00Z`,
      ]);
    } else if (c.kind === 'file') {
      const file = (
        await api.http
          .post('/api/recognitions')
          .set(as.coordinator)
          .send({ organisationId: organisations[c.org], kind: 'brussels_esd' })
          .expect(201)
      ).body;
      for (const status of FILE_MOVES.slice(0, c.status))
        await api.http.post(`/api/recognitions/${file.id}/move`).set(as.coordinator).send({ status }).expect(200);
    } else if (!target) {
      return;
    } else if (c.kind === 'close') {
      const stored = await caseOf(target);
      if (stored.status !== 'closed') {
        await api.http
          .put(`/api/cases/${target}`)
          .set(as.coordinator)
          .send({ version: stored.version, stage: 'closed', status: 'closed', closeReason: 'Parcours terminé' })
          .expect(200);
      }
      // The closing day as a correction would set it (the API closes today).
      await api.sql(`UPDATE cases SET closed_on = $2 WHERE id = $1`, [target, dayOf(c.day)]);
    } else if (c.kind === 'stage') {
      const stored = await caseOf(target);
      if (stored.status !== 'closed')
        await api.http
          .put(`/api/cases/${target}`)
          .set(as.coordinator)
          .send({ version: stored.version, stage: STAGES[c.stage] })
          .expect(200);
    } else if (c.kind === 'opened') {
      // A re-dated opening may fall after the closing day: such organisations are counted from their cases.
      const stored = await caseOf(target);
      if (stored.status !== 'closed')
        await api.http
          .put(`/api/cases/${target}`)
          .set(as.coordinator)
          .send({ version: stored.version, openedOn: dayOf(c.day) })
          .expect(200);
      else await api.sql(`UPDATE cases SET opened_on = $2 WHERE id = $1`, [target, dayOf(c.day)]);
    } else if (c.kind === 'move') {
      // As a merge of organisations moves the cases; refused when both would have a case under way.
      await api
        .sql(`UPDATE cases SET organisation_id = $2 WHERE id = $1`, [target, organisations[c.org]])
        .catch(() => undefined);
    } else {
      await api.http.delete(`/api/cases/${target}`).set(as.admin).expect(200);
    }
  }

  /** What the figures must be, counted from the cases and organisations themselves. */
  async function recount(from: string, to: string) {
    const supported = await api.sql(
      `SELECT o.stage, o.legal_form, o.municipality, o.sectors FROM organisations o
        WHERE EXISTS (SELECT 1 FROM cases c WHERE c.organisation_id = o.id AND c.opened_on <= $2 AND (c.closed_on IS NULL OR c.closed_on >= $1))`,
      [from, to],
    );
    const by = (keys: (o: Record<string, unknown>) => Array<string | null>) =>
      sorted(
        Object.entries(
          supported.reduce<Record<string, number>>((acc, o) => {
            for (const k of keys(o)) acc[JSON.stringify(k)] = (acc[JSON.stringify(k)] ?? 0) + 1;
            return acc;
          }, {}),
        ).map(([k, count]) => ({ key: JSON.parse(k) as string | null, count })),
      );
    const [cases] = await api.sql(
      `SELECT count(*) FILTER (WHERE opened_on BETWEEN $1 AND $2 AND (closed_on IS NULL OR closed_on >= $1))::int AS opened,
              count(*) FILTER (WHERE closed_on BETWEEN $1 AND $2 AND opened_on <= $2)::int AS closed FROM cases`,
      [from, to],
    );
    const grouped = async (sql: string) =>
      sorted((await api.sql(sql, [from, to])).map((r) => ({ key: r.key as string | null, count: Number(r.count) })));
    const [referrals] = await api.sql(
      `SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM referral_events e WHERE e.referral_id = f.id AND e.to_status IN ('accepted', 'declined')))::int AS answered,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM referral_events e WHERE e.referral_id = f.id AND e.to_status = 'accepted'))::int AS accepted,
              count(*)::int AS total FROM referrals f WHERE f.referred_on BETWEEN $1 AND $2`,
      [from, to],
    );
    const [medians] = await api.sql(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY first_meeting_on - opened_on) AS "caseOpeningToFirstMeeting",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY first_referral_on - opened_on) AS "caseOpeningToReferral"
         FROM cases WHERE opened_on BETWEEN $1 AND $2 AND (closed_on IS NULL OR closed_on >= $1)`,
      [from, to],
    );
    const meetings = `FROM meetings WHERE occurred_at >= $1::date AND occurred_at < $2::date + 1`;
    return {
      meetings: {
        total: Number((await api.sql(`SELECT count(*) AS n ${meetings}`, [from, to]))[0].n),
        byChannel: await grouped(`SELECT channel AS key, count(*) ${meetings} GROUP BY 1`),
      },
      verdicts: await grouped(
        `SELECT verdict AS key, count(*) FROM assessments WHERE status = 'final' AND finalised_at >= $1::date AND finalised_at < $2::date + 1 GROUP BY 1`,
      ),
      recognitions: await grouped(
        `SELECT status AS key, count(*) FROM recognitions WHERE $1::date <= $2::date GROUP BY 1`,
      ),
      referrals: {
        ...referrals,
        byStatus: await grouped(
          `SELECT status AS key, count(*) FROM referrals WHERE referred_on BETWEEN $1 AND $2 GROUP BY 1`,
        ),
      },
      medians,
      organisations: {
        supported: supported.length,
        byStage: by((o) => [o.stage as string | null]),
        bySector: by((o) => o.sectors as string[]),
        byLegalForm: by((o) => [o.legal_form as string | null]),
        byMunicipality: by((o) => [o.municipality as string | null]),
      },
      cases,
    };
  }

  it('after random changes through the API, for random periods: the overview equals a recount, the check finds no drift', async () => {
    const job = api.app.get(RollupsCheckJob);
    const overview = api.app.get(OverviewService);
    // One organisation supported twice, whatever the random changes then do: a case opened, closed, and another opened.
    for (const c of [
      { kind: 'open', org: 0, day: 10, advisor: 0 },
      { kind: 'close', pick: 0, day: 40 },
      { kind: 'open', org: 0, day: 90, advisor: 1 },
    ] satisfies Change[])
      await apply(c);
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 12 }), period, async (changes, [from, to]) => {
        for (const c of changes) await apply(c);
        expect(await api.sql(`SELECT * FROM organisation_span_counts_drift()`)).toEqual([]);
        expect(await api.sql(`SELECT * FROM overview_counts_drift()`)).toEqual([]);
        expect(await api.sql(`SELECT * FROM meeting_day_counts_drift()`)).toEqual([]);
        const body = await overview.compute({ from, to, advisorId: null, sector: null });
        const expected = await recount(from, to);
        expect({
          meetings: { total: body.meetings.total, byChannel: sorted(body.meetings.byChannel) },
          verdicts: sorted(body.assessments.byVerdict),
          recognitions: sorted(body.recognitions.byStatus),
          referrals: {
            answered: body.referrals.answered,
            accepted: body.referrals.accepted,
            total: body.referrals.total,
            byStatus: sorted(body.referrals.byStatus),
          },
          medians: body.medianDays,
          organisations: {
            supported: body.organisations.supported,
            byStage: sorted(body.organisations.byStage),
            bySector: sorted(body.organisations.bySector),
            byLegalForm: sorted(body.organisations.byLegalForm),
            byMunicipality: sorted(body.organisations.byMunicipality),
          },
          cases: body.cases,
        }).toEqual(expected);
      }),
      { numRuns: 40, seed: SEED },
    );
    // The changes reached every kind of row the figures read.
    const [seen] = await api.sql(
      `SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM cases WHERE closed_on IS NOT NULL)::int AS closed,
              (SELECT count(DISTINCT organisation_id) FROM organisation_spans WHERE after_on > '-infinity')::int AS "reopened",
              (SELECT count(*) FROM assessments WHERE status = 'final')::int AS final,
              (SELECT count(*) FROM referral_events WHERE to_status IN ('accepted', 'declined'))::int AS answered,
              (SELECT count(*) FROM recognitions WHERE status <> 'preparing')::int AS files,
              (SELECT count(*) FROM meetings)::int AS meetings`,
    );
    console.log('rows after the random changes', seen);
    for (const n of Object.values(seen)) expect(n).toBeGreaterThan(0);
    expect(await job.check()).toEqual({ drift: 0, examples: [], repaired: false });
  }, 900_000);

  it('the nightly check reports a drift planted behind the triggers, and repairs it', async () => {
    const job = api.app.get(RollupsCheckJob);
    expect(await job.check()).toEqual({ drift: 0, examples: [], repaired: false });
    await api.sql(`ALTER TABLE cases DISABLE TRIGGER cases_spans_refresh`);
    await api.http
      .post('/api/cases')
      .set(as.coordinator)
      .send({ organisationId: organisations[0], title: 'Hors compte', openedOn: '2026-02-10' });
    await api.sql(`UPDATE cases SET opened_on = '2026-02-10' WHERE organisation_id = $1 AND status <> 'closed'`, [
      organisations[0],
    ]);
    await api.sql(`ALTER TABLE cases ENABLE TRIGGER cases_spans_refresh`);
    await api.sql(
      `UPDATE organisation_span_counts SET spans = spans + 5 WHERE dim = 'supported' AND grain = 'year' AND event = 'start'`,
    );
    const report = await job.check();
    expect(report.repaired).toBe(true);
    expect(report.drift).toBeGreaterThan(0);
    expect(report.examples).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kept_in: 'organisation_span_counts', counted: expect.any(Number) }),
      ]),
    );
    expect(await job.check()).toEqual({ drift: 0, examples: [], repaired: false });
    const { body } = await api.http
      .get(`/api/reports/overview?from=2026-01-01&to=2026-03-31`)
      .set(as.manager)
      .expect(200);
    expect(body.organisations.supported).toBe((await recount('2026-01-01', '2026-03-31')).organisations.supported);
  });
});
