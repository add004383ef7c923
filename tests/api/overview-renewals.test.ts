import { addDays } from '../../api/src/domain/calendar';
import { demoColleagues, startApi, TestApi } from '../support/api';

type Who = 'advisor' | 'advisor2' | 'coordinator' | 'manager';
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The overview lists the renewals due as the union of their two cases (window opened, mandate called): it must
 * list exactly the files the recognitions list calls due.
 */
describe('overview: renewals due', () => {
  let api: TestApi;
  let as: Record<Who, { Authorization: string }>;
  let ids: Record<string, string>;
  beforeAll(async () => {
    api = await startApi();
    ({ as, ids } = await demoColleagues(api));
  });
  afterAll(() => api.close());

  const enterprise = async (advisor: 'advisor' | 'advisor2') => {
    const id = (
      await api.http
        .post('/api/organisations')
        .set(as[advisor])
        .send({ name: `Entreprise ${Math.random()}`, postcode: '1000', legalForm: 'sc_cv', foundedOn: '2024-05-01' })
        .expect(201)
    ).body.id as string;
    await api.http
      .post('/api/cases')
      .set(as.coordinator)
      .send({ organisationId: id, title: 'Parcours', advisorId: ids[advisor] })
      .expect(201);
    return id;
  };
  const create = (who: Who, organisationId: string, kind: string, body: object = {}) =>
    api.http
      .post('/api/recognitions')
      .set(as[who])
      .send({ organisationId, kind, ...body })
      .expect(201)
      .then((res) => res.body as { id: string });
  const approve = async (who: Who, id: string) => {
    for (const status of ['submitted', 'under_review', 'approved'])
      await api.http.post(`/api/recognitions/${id}/move`).set(as[who]).send({ status }).expect(200);
  };
  // Each call asks another period: the overview serves a scope's figures again for a minute.
  let period = 0;
  const overviewDue = async (who: Who) => {
    period += 1;
    const res = await api.http
      .get(`/api/reports/overview?from=2025-01-01&to=${addDays('2025-12-31', -period)}`)
      .set(as[who])
      .expect(200);
    return res.body.recognitions as {
      renewalsDueCount: number;
      renewalsDue: Array<{
        id: string;
        organisationId: string;
        organisationName: string;
        kind: string;
        validUntil: string;
      }>;
    };
  };
  const listedDue = async () =>
    (
      await api.http
        .get(`/api/recognitions?filter=${encodeURIComponent(JSON.stringify({ renewalDue: true }))}&range=[0,999]`)
        .set(as.manager)
        .expect(200)
    ).body.map((r: { id: string }) => r.id) as string[];

  it('lists a mandate once its renewal file carries the call deadline, and a file whose window opened, like the list', async () => {
    const mine = await enterprise('advisor');
    const theirs = await enterprise('advisor2');
    await approve('advisor', (await create('advisor', mine, 'brussels_esd', { validFrom: addDays(today(), -30) })).id);
    const mandate = await create('advisor', mine, 'brussels_esi_mandate', { validFrom: '2026-01-01' });
    await approve('advisor', mandate.id);
    // An approval whose 6-3 month window opened: due without any call.
    const opened = await create('advisor2', theirs, 'brussels_esd', {
      validFrom: addDays(today(), -400),
      validUntil: addDays(today(), 60),
    });
    await approve('advisor2', opened.id);

    const before = await overviewDue('manager');
    expect(before.renewalsDue.map((r) => r.id)).not.toContain(mandate.id);
    expect(before.renewalsDue.map((r) => r.id)).toContain(opened.id);
    expect(before.renewalsDue.map((r) => r.id).sort()).toEqual((await listedDue()).sort());

    await create('advisor', mine, 'brussels_esi_mandate', {
      previousId: mandate.id,
      callDeadline: addDays(today(), 40),
    });
    const after = await overviewDue('manager');
    expect(after.renewalsDue.find((r) => r.id === mandate.id)).toMatchObject({
      organisationId: mine,
      kind: 'brussels_esi_mandate',
      validUntil: '2030-12-31',
    });
    expect(after.renewalsDueCount).toBe(before.renewalsDueCount + 1);
    expect(after.renewalsDue.map((r) => r.id).sort()).toEqual((await listedDue()).sort());
    // Ordered by end date, then id.
    const order = after.renewalsDue.map((r) => `${r.validUntil} ${r.id}`);
    expect(order).toEqual([...order].sort());

    // An advisor's overview: their own organisations' files only, both cases.
    const own = (await overviewDue('advisor')).renewalsDue.map((r) => r.id);
    expect(own).toContain(mandate.id);
    expect(own).not.toContain(opened.id);
    const others = (await overviewDue('advisor2')).renewalsDue.map((r) => r.id);
    expect(others).toContain(opened.id);
    expect(others).not.toContain(mandate.id);
  });
});
