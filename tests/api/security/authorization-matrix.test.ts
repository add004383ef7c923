/**
 * OWASP API1/API5 (broken object- and function-level authorisation): every documented route, called by
 * every role, by nobody and by a deactivated user, against ONE table of rights. A route added to the API
 * without a row here fails the first test.
 *
 * "Allowed" = the answer is neither 401 nor 403 (nor a 500): the dummy bodies may well earn a 400/404/409/422.
 * "Refused" = 403 for a signed-in caller, 401 without a token or with a deactivated user's token.
 *
 * Object-level rules are part of the table: the records used are owned by the demo advisor
 * (author of the meeting, creator and assignee of the task, advisor of the organisation's open case),
 * so `advisor2` is "an advisor guessing somebody else's id".
 */
import { bearer, startApi, TestApi } from '../../support/api';
import { deactivatedToken, Fixture, journeyFixture, sessionCookie, SIGNED_IN, Who } from './fixtures';

type Caller = Who | 'nobody' | 'deactivated';
interface Right {
  /** Who may: 'public' = anybody, token or not. */
  allow: readonly Who[] | 'public';
  /** The concrete request: path with real ids and query, body. Defaults: the route itself, no body. */
  url?: (f: Fixture) => string;
  body?: (f: Fixture) => object;
  /** Extra headers, computed per call (a fresh session cookie for refresh/logout). */
  headers?: (api: TestApi) => Promise<Record<string, string>>;
}

const ALL: readonly Who[] = SIGNED_IN; // every signed-in role
const WRITERS: readonly Who[] = ['advisor', 'advisor2', 'coordinator', 'admin']; // everyone but managers
const OWNER: readonly Who[] = ['advisor', 'coordinator', 'admin']; // the assigned advisor / author / creator, coordinators, admins
const COORD: readonly Who[] = ['coordinator', 'admin'];
const OWNER_OR_READER: readonly Who[] = ['advisor', 'coordinator', 'manager', 'admin']; // everyone but another advisor
const ADMIN: readonly Who[] = ['admin'];
const AUDIT: readonly Who[] = ['manager', 'admin'];
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const STALE = { version: 999999 }; // passes validation, so the object-level rule is reached; changes nothing when allowed (409)
const cookie = async (api: TestApi) => ({ Cookie: await sessionCookie(api) });

const RIGHTS: Record<string, Right> = {
  'POST /api/auth/login': { allow: 'public', body: () => ({}) },
  'POST /api/auth/refresh': { allow: 'public', headers: cookie },
  'POST /api/auth/logout': { allow: 'public', headers: cookie },
  'GET /api/auth/me': { allow: ALL },
  'POST /api/auth/password': { allow: ALL, body: () => ({}) },
  'PUT /api/auth/me/language': { allow: ALL, body: () => ({}) }, // an empty body: refused as invalid (400), so no one's language changes
  'POST /api/auth/set-password': { allow: 'public', body: () => ({}) },
  'POST /api/auth/forgot-password': { allow: 'public', body: () => ({}) }, // an empty body: a 400, no mail
  'POST /api/auth/login/second-factor': { allow: 'public', body: () => ({}) },
  'POST /api/auth/login/enrolment': { allow: 'public', body: () => ({}) },
  'POST /api/auth/login/enrolment/confirm': { allow: 'public', body: () => ({}) },
  'GET /api/auth/second-factor': { allow: ALL },
  'POST /api/auth/second-factor/enrolment': { allow: ALL },
  'POST /api/auth/second-factor/enrolment/confirm': { allow: ALL, body: () => ({}) },
  'POST /api/auth/second-factor/disable': { allow: ALL, body: () => ({}) },
  'POST /api/auth/second-factor/recovery-codes': { allow: ALL, body: () => ({}) },
  'GET /api/auth/sign-in-options': { allow: 'public' },
  'GET /api/auth/oidc/login': { allow: 'public' },
  'GET /api/auth/oidc/callback': { allow: 'public' },
  'GET /api/auth/sessions': { allow: ALL },
  'POST /api/auth/sessions/end-others': { allow: ALL },
  'DELETE /api/auth/sessions/{sessionId}': { allow: ALL, url: () => `/api/auth/sessions/${NO_SUCH_ID}` },

  'POST /api/users': { allow: ADMIN, body: () => ({}) },
  'GET /api/users': { allow: ALL },
  'GET /api/users/{id}': { allow: ALL, url: (f) => `/api/users/${f.userVictim.id}` },
  'POST /api/users/{id}/invite': { allow: ADMIN, url: (f) => `/api/users/${f.userVictim.id}/invite` },
  'PUT /api/users/{id}': { allow: ADMIN, url: (f) => `/api/users/${f.userVictim.id}`, body: () => STALE },
  'DELETE /api/users/{id}': { allow: ADMIN, url: (f) => `/api/users/${f.userDelete.id}` },
  'GET /api/users/{id}/second-factor': { allow: ADMIN, url: (f) => `/api/users/${f.userVictim.id}/second-factor` },
  'DELETE /api/users/{id}/second-factor': { allow: ADMIN, url: (f) => `/api/users/${f.userVictim.id}/second-factor` },
  'GET /api/users/{id}/sessions': { allow: ADMIN, url: (f) => `/api/users/${f.userVictim.id}/sessions` },
  'DELETE /api/users/{id}/sessions': { allow: ADMIN, url: (f) => `/api/users/${f.userVictim.id}/sessions` },
  'DELETE /api/users/{id}/sessions/{sessionId}': {
    allow: ADMIN,
    url: (f) => `/api/users/${f.userVictim.id}/sessions/${NO_SUCH_ID}`,
  },

  'POST /api/organisations': { allow: WRITERS, body: () => ({}) },
  'GET /api/organisations': { allow: ALL },
  'GET /api/organisations/{id}': { allow: ALL, url: (f) => `/api/organisations/${f.org}` },
  'POST /api/organisations/import': { allow: WRITERS },
  'GET /api/organisations/import/template': { allow: WRITERS },
  'POST /api/organisations/tags': { allow: WRITERS, body: () => ({}) },
  'PUT /api/organisations/{id}': { allow: WRITERS, url: (f) => `/api/organisations/${f.org}`, body: () => STALE },
  'DELETE /api/organisations/{id}': { allow: WRITERS, url: (f) => `/api/organisations/${f.orgDelete}` },
  'GET /api/organisations/{id}/timeline': { allow: ALL, url: (f) => `/api/organisations/${f.org}/timeline` },
  'GET /api/organisations/{id}/history': { allow: ALL, url: (f) => `/api/organisations/${f.org}/history` },
  'GET /api/organisations/{id}/assessments/compare': {
    allow: ALL,
    url: (f) => `/api/organisations/${f.org}/assessments/compare`,
  },

  'GET /api/kbo/enterprises': { allow: ALL, url: () => '/api/kbo/enterprises?q=petits' },
  'GET /api/kbo/enterprises/{number}': { allow: ALL, url: () => '/api/kbo/enterprises/0403.019.261' },
  'GET /api/kbo/loads': { allow: ADMIN },
  'GET /api/kbo/loads/{id}': { allow: ADMIN, url: () => `/api/kbo/loads/${NO_SUCH_ID}` },
  'POST /api/kbo/loads': { allow: ADMIN },
  'GET /api/kbo/changes': { allow: ALL },
  'POST /api/kbo/changes/{id}/apply': { allow: WRITERS, url: () => `/api/kbo/changes/${NO_SUCH_ID}/apply` },
  'POST /api/kbo/changes/{id}/dismiss': { allow: WRITERS, url: () => `/api/kbo/changes/${NO_SUCH_ID}/dismiss` },
  'GET /api/kbo/alerts': { allow: ALL },
  'GET /api/kbo/organisations/{id}': { allow: ALL, url: (f) => `/api/kbo/organisations/${f.org}` },
  // The public form's door: the only write anyone may make without signing in.
  'GET /api/intake/form': { allow: 'public' },
  'POST /api/intake': { allow: 'public', body: () => ({}) },
  'GET /api/intakes': { allow: COORD },
  'GET /api/intakes/{id}': { allow: COORD, url: () => `/api/intakes/${NO_SUCH_ID}` },
  'GET /api/intakes/{id}/matches': { allow: COORD, url: () => `/api/intakes/${NO_SUCH_ID}/matches` },
  'POST /api/intakes/{id}/convert': { allow: COORD, url: () => `/api/intakes/${NO_SUCH_ID}/convert`, body: () => ({}) },
  'POST /api/intakes/{id}/dismiss': { allow: COORD, url: () => `/api/intakes/${NO_SUCH_ID}/dismiss`, body: () => ({}) },
  'POST /api/intakes/{id}/anonymise': { allow: ADMIN, url: () => `/api/intakes/${NO_SUCH_ID}/anonymise` },

  'GET /api/organisations/{id}/duplicates': { allow: ALL, url: (f) => `/api/organisations/${f.org}/duplicates` },
  'POST /api/organisations/{id}/merge': {
    allow: COORD,
    url: (f) => `/api/organisations/${f.org}/merge`,
    body: () => ({ sourceId: NO_SUCH_ID }),
  },
  'GET /api/contacts/{id}/duplicates': { allow: ALL, url: (f) => `/api/contacts/${f.contact.id}/duplicates` },
  'POST /api/contacts/{id}/merge': {
    allow: COORD,
    url: (f) => `/api/contacts/${f.contact.id}/merge`,
    body: () => ({ sourceId: NO_SUCH_ID }),
  },
  'GET /api/duplicates': { allow: COORD },
  'POST /api/duplicates/dismissals': { allow: COORD, body: () => ({}) },

  'GET /api/municipalities': { allow: ALL },
  'GET /api/municipalities/{id}': { allow: ALL, url: (f) => `/api/municipalities/${f.municipality}` },

  'POST /api/contacts': { allow: WRITERS, body: () => ({}) },
  'GET /api/contacts': { allow: ALL },
  'GET /api/contacts/{id}': { allow: ALL, url: (f) => `/api/contacts/${f.contact.id}` },
  'PUT /api/contacts/{id}': { allow: WRITERS, url: (f) => `/api/contacts/${f.contact.id}`, body: () => STALE },
  'DELETE /api/contacts/{id}': { allow: COORD, url: (f) => `/api/contacts/${f.contactDelete.id}` },
  'GET /api/contacts/{id}/export': { allow: ADMIN, url: (f) => `/api/contacts/${f.contact.id}/export` },
  'GET /api/contacts/{id}/anonymise': { allow: ADMIN, url: (f) => `/api/contacts/${f.contact.id}/anonymise` },
  'POST /api/contacts/{id}/anonymise': { allow: ADMIN, url: (f) => `/api/contacts/${f.contactAnonymise.id}/anonymise` },

  'POST /api/cases': { allow: COORD, body: () => ({}) },
  'GET /api/cases': { allow: ALL },
  'GET /api/cases/board': { allow: ALL },
  'GET /api/cases/{id}': { allow: ALL, url: (f) => `/api/cases/${f.case.id}` },
  'PUT /api/cases/{id}': { allow: OWNER, url: (f) => `/api/cases/${f.case.id}`, body: () => STALE },
  'DELETE /api/cases/{id}': { allow: ADMIN, url: (f) => `/api/cases/${f.caseDelete.id}` },

  'POST /api/meetings': { allow: WRITERS, body: () => ({}) },
  'GET /api/meetings': { allow: ALL },
  // Read policy: another advisor's meeting is not theirs to read (api/src/domain/read-policy.ts).
  'GET /api/meetings/{id}': { allow: OWNER_OR_READER, url: (f) => `/api/meetings/${f.meeting.id}` },
  'PUT /api/meetings/{id}': { allow: OWNER, url: (f) => `/api/meetings/${f.meeting.id}`, body: () => STALE },
  'DELETE /api/meetings/{id}': { allow: OWNER, url: (f) => `/api/meetings/${f.meetingDelete.id}` },

  'POST /api/tasks': { allow: WRITERS, body: () => ({}) },
  'GET /api/tasks': { allow: ALL },
  'GET /api/tasks/{id}': { allow: ALL, url: (f) => `/api/tasks/${f.task.id}` },
  'PUT /api/tasks/{id}': { allow: OWNER, url: (f) => `/api/tasks/${f.task.id}`, body: () => STALE },
  'DELETE /api/tasks/{id}': { allow: OWNER, url: (f) => `/api/tasks/${f.taskDelete.id}` },

  'GET /api/search': { allow: ALL, url: () => '/api/search?q=atelier' },

  'GET /api/assessments/indicators': { allow: ALL },
  'POST /api/assessments': { allow: OWNER, body: (f) => ({ organisationId: f.org }) },
  'GET /api/assessments': { allow: ALL },
  'GET /api/assessments/{id}': { allow: ALL, url: (f) => `/api/assessments/${f.assessment.id}` },
  'PUT /api/assessments/{id}': { allow: OWNER, url: (f) => `/api/assessments/${f.assessment.id}`, body: () => STALE },
  'POST /api/assessments/{id}/finalise': {
    allow: OWNER,
    url: (f) => `/api/assessments/${f.assessmentFinalise.id}/finalise`,
  },
  'POST /api/assessments/{id}/review': {
    allow: COORD,
    url: (f) => `/api/assessments/${f.assessmentReview.id}/review`,
    body: () => ({}),
  },

  'POST /api/recognitions/daily-job': { allow: ADMIN },
  'GET /api/jobs': { allow: ADMIN },
  'GET /api/jobs/{name}': { allow: ADMIN, url: () => '/api/jobs/recognitions-daily' },
  'POST /api/jobs/{name}/run': { allow: ADMIN, url: () => '/api/jobs/recognitions-daily/run' },
  'GET /api/outbox': { allow: ADMIN },
  'GET /api/outbox/{id}': { allow: ADMIN, url: () => `/api/outbox/${NO_SUCH_ID}` },
  'GET /api/notifications': { allow: ALL },
  'POST /api/notifications/read-all': { allow: ALL },
  'POST /api/notifications/{id}/read': { allow: ALL, url: () => `/api/notifications/${NO_SUCH_ID}/read` },
  'GET /api/notifications/preferences': { allow: ALL },
  'PUT /api/notifications/preferences': { allow: ALL, body: () => ({ version: 999999 }) },
  'GET /api/calendar/feed': { allow: ALL },
  'POST /api/calendar/feed': { allow: ALL },
  'DELETE /api/calendar/feed': { allow: ALL },
  'GET /api/calendar/{token}.ics': { allow: 'public', url: () => `/api/calendar/${'A'.repeat(43)}.ics` },
  'POST /api/recognitions': { allow: OWNER, body: (f) => ({ organisationId: f.org, kind: 'brussels_ipes' }) },
  'GET /api/recognitions': { allow: ALL },
  'GET /api/recognitions/{id}': { allow: ALL, url: (f) => `/api/recognitions/${f.recognition.id}` },
  'PUT /api/recognitions/{id}': {
    allow: OWNER,
    url: (f) => `/api/recognitions/${f.recognition.id}`,
    body: () => STALE,
  },
  'DELETE /api/recognitions/{id}': { allow: OWNER, url: (f) => `/api/recognitions/${f.recognitionDelete.id}` },
  'POST /api/recognitions/{id}/move': {
    allow: OWNER,
    url: (f) => `/api/recognitions/${f.recognition.id}/move`,
    body: () => ({ status: 'expired' }),
  },
  'POST /api/partners': { allow: ADMIN, body: () => ({}) },
  'GET /api/partners': { allow: ALL },
  'GET /api/partners/{id}': { allow: ALL, url: () => '/api/partners/coopcity' },
  'PUT /api/partners/{id}': { allow: ADMIN, url: () => '/api/partners/coopcity', body: () => STALE },
  'DELETE /api/partners/{id}': { allow: ADMIN, url: () => '/api/partners/nobody-here' },
  'POST /api/recognitions/{id}/obligations': {
    allow: OWNER,
    url: (f) => `/api/recognitions/${f.recognition.id}/obligations`,
    body: () => ({ obligation: 'activity_report', year: 2027 }),
  },

  'POST /api/programmes': { allow: ADMIN, body: () => ({}) },
  'GET /api/programmes': { allow: ALL },
  'GET /api/programmes/{id}': { allow: ALL, url: (f) => `/api/programmes/${f.programme.id}` },
  'PUT /api/programmes/{id}': { allow: ADMIN, url: (f) => `/api/programmes/${f.programme.id}`, body: () => STALE },
  'DELETE /api/programmes/{id}': { allow: ADMIN, url: (f) => `/api/programmes/${f.programmeDelete.id}` },

  'POST /api/referrals': { allow: OWNER, body: (f) => ({ organisationId: f.org, partner: 'bissib' }) },
  'GET /api/referrals': { allow: ALL },
  'GET /api/referrals/{id}': { allow: ALL, url: (f) => `/api/referrals/${f.referral.id}` },
  'PUT /api/referrals/{id}': { allow: OWNER, url: (f) => `/api/referrals/${f.referral.id}`, body: () => STALE },
  'DELETE /api/referrals/{id}': { allow: OWNER, url: (f) => `/api/referrals/${f.referralDelete.id}` },
  'POST /api/referrals/{id}/move': {
    allow: OWNER,
    url: (f) => `/api/referrals/${f.referral.id}/move`,
    body: () => ({ status: 'proposed' }),
  },
  'POST /api/referrals/{id}/undo-move': {
    allow: OWNER,
    url: (f) => `/api/referrals/${f.referral.id}/undo-move`,
    body: () => ({ status: 'proposed' }),
  },

  'GET /api/documents': { allow: ALL },
  'GET /api/documents/{id}': { allow: ALL, url: (f) => `/api/documents/${f.document.id}` },
  'GET /api/documents/{id}/content': { allow: ALL, url: (f) => `/api/documents/${f.document.id}/content` },
  // Function level: any writer may send a form; whether the organisation is theirs is read from the form (tests/api/documents).
  'POST /api/documents': { allow: WRITERS, body: () => ({}) },
  'POST /api/documents/{id}/versions': {
    allow: OWNER,
    url: (f) => `/api/documents/${f.document.id}/versions`,
    body: () => ({}),
  },
  'PUT /api/documents/{id}': { allow: OWNER, url: (f) => `/api/documents/${f.document.id}`, body: () => STALE },
  'DELETE /api/documents/{id}': { allow: OWNER, url: (f) => `/api/documents/${f.documentDelete.id}` },
  'POST /api/documents/{id}/restore': { allow: ADMIN, url: (f) => `/api/documents/${f.documentDelete.id}/restore` },
  'GET /api/recognitions/{id}/dossier': { allow: ALL, url: (f) => `/api/recognitions/${f.recognition.id}/dossier` },

  'GET /api/audit-log': { allow: AUDIT },
  'GET /api/audit-log/{id}': { allow: AUDIT, url: (f) => `/api/audit-log/${f.auditId}` },

  'GET /api/reports/overview': { allow: ALL },
  'GET /api/reports/{file}': { allow: COORD, url: () => '/api/reports/contacts.csv' },

  'GET /api/health': { allow: 'public' },
  'GET /api/health/ready': { allow: 'public' },
};

describe('authorisation matrix', () => {
  let api: TestApi;
  let f: Fixture;
  let auth: Record<Caller, Record<string, string>>;
  beforeAll(async () => {
    api = await startApi();
    f = await journeyFixture(api);
    auth = { ...f.as, nobody: {}, deactivated: bearer(await deactivatedToken(api, f.as.admin)) };
  });
  afterAll(() => api.close());

  it('the table has exactly one row per documented route', async () => {
    const docs = await api.http.get('/api/docs').set('Accept', 'application/json').expect(200);
    const documented = Object.entries<Record<string, unknown>>(docs.body.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect([...documented].sort()).toEqual(Object.keys(RIGHTS).sort());
  });

  it.each(Object.keys(RIGHTS))('%s', async (route) => {
    const right = RIGHTS[route];
    const [method, template] = route.split(' ');
    const url = right.url ? right.url(f) : template;
    const send = async (caller: Caller) => {
      let req = (api.http as any)[method.toLowerCase()](url).set(auth[caller]);
      if (right.headers) req = req.set(await right.headers(api));
      const res = right.body ? await req.send(right.body(f)) : await req;
      return { caller, status: res.status as number, body: res.body };
    };
    const refusedRoles =
      right.allow === 'public' ? [] : SIGNED_IN.filter((w) => !(right.allow as readonly Who[]).includes(w));
    const allowedRoles =
      right.allow === 'public' ? SIGNED_IN : SIGNED_IN.filter((w) => (right.allow as readonly Who[]).includes(w));
    // Refused callers first: an allowed call may delete or finalise the record.
    const seen: Array<{ caller: Caller; status: number; body: unknown }> = [];
    for (const caller of ['nobody', 'deactivated', ...refusedRoles, ...allowedRoles] as Caller[])
      seen.push(await send(caller));
    const mayCall = (caller: Caller) => right.allow === 'public' || allowedRoles.includes(caller as Who);
    const expected = seen.map(({ caller }) => ({
      caller,
      answer: mayCall(caller) ? 'allowed' : caller === 'nobody' || caller === 'deactivated' ? 401 : 403,
    }));
    const actual = seen.map(({ caller, status, body }) => {
      const allowed = status !== 401 && status !== 403 && status < 500;
      if (mayCall(caller) && allowed) return { caller, answer: 'allowed' };
      return { caller, answer: status, ...(status !== expected.find((e) => e.caller === caller)!.answer && { body }) };
    });
    if (process.env.SHOW_MATRIX) console.log(route, seen.map((s) => `${s.caller}:${s.status}`).join(' '));
    expect(actual).toEqual(expected);
  });

  it('rights inside a record (issue 17): finalise as editing, four eyes on review, advisor fields of a case, the end of an approved file', async () => {
    // An assessment whose assessor (advisor2) is not the organisation's assigned advisor: editing rights decide, not authorship.
    const foreign = (
      await api.http
        .post('/api/assessments')
        .set(auth.coordinator)
        .send({ organisationId: f.org, assessorId: f.users.advisor2 })
        .expect(201)
    ).body;
    expect((await api.http.post(`/api/assessments/${foreign.id}/finalise`).set(auth.advisor2)).status).toBe(403);
    const own = (
      await api.http.post('/api/assessments').set(auth.coordinator).send({ organisationId: f.org }).expect(201)
    ).body;
    await api.http.post(`/api/assessments/${own.id}/finalise`).set(auth.coordinator).expect(200);
    expect(
      (await api.http.post(`/api/assessments/${own.id}/review`).set(auth.coordinator).send({ decision: 'agree' }))
        .status,
    ).toBe(403);
    const stored = (await api.http.get(`/api/cases/${f.case.id}`).set(auth.advisor).expect(200)).body;
    for (const change of [{ priority: 'high' }, { openedOn: '2001-01-01' }, { title: 'Renommé' }]) {
      expect(
        (
          await api.http
            .put(`/api/cases/${f.case.id}`)
            .set(auth.advisor)
            .send({ version: stored.version, ...change })
        ).status,
      ).toBe(403);
    }
  });

  it('exports other than contacts are open to every role (advisors get their own cases only)', async () => {
    for (const file of [
      'organisations.csv',
      'cases.xlsx',
      'meetings.csv',
      'assessments.csv',
      'recognitions.csv',
      'referrals.csv',
    ]) {
      for (const who of SIGNED_IN)
        expect({ file, who, status: (await api.http.get(`/api/reports/${file}`).set(auth[who])).status }).toEqual({
          file,
          who,
          status: 200,
        });
    }
    for (const who of ['advisor', 'advisor2', 'manager'] as Who[])
      expect((await api.http.get('/api/reports/contacts.xlsx').set(auth[who])).status).toBe(403);
  });
});

/**
 * The read policy's columns (api/src/domain/read-policy.ts, README "Who reads what"): for each role, whether a
 * personal field of a record owned by the demo advisor is shown or hidden in each way of reading it, or the
 * way is refused. `advisor2` is another advisor. A cell is found by asking the API, never from the policy itself.
 */
type Seen = 'shown' | 'hidden' | 'refused' | 'n/a';
type Way = 'list' | 'record' | 'search' | 'export' | 'timeline';
const READ_WAYS: Way[] = ['list', 'record', 'search', 'export', 'timeline'];
const row = (list: Seen, record: Seen, search: Seen, exported: Seen, timeline: Seen): Record<Way, Seen> => ({
  list,
  record,
  search,
  export: exported,
  timeline,
});

const READ_COLUMNS: Record<string, Record<Who, Record<Way, Seen>>> = {
  'contact e-mail': {
    advisor: row('shown', 'shown', 'shown', 'refused', 'n/a'),
    advisor2: row('hidden', 'hidden', 'hidden', 'refused', 'n/a'),
    coordinator: row('shown', 'shown', 'shown', 'shown', 'n/a'),
    manager: row('hidden', 'hidden', 'hidden', 'refused', 'n/a'),
    admin: row('shown', 'shown', 'shown', 'shown', 'n/a'),
  },
  'contact phone': {
    advisor: row('shown', 'shown', 'n/a', 'refused', 'n/a'),
    advisor2: row('hidden', 'hidden', 'n/a', 'refused', 'n/a'),
    coordinator: row('shown', 'shown', 'n/a', 'shown', 'n/a'),
    manager: row('hidden', 'hidden', 'n/a', 'refused', 'n/a'),
    admin: row('shown', 'shown', 'n/a', 'shown', 'n/a'),
  },
  'meeting notes (subject on the timeline)': {
    advisor: row('shown', 'shown', 'shown', 'shown', 'shown'),
    advisor2: row('hidden', 'refused', 'hidden', 'hidden', 'hidden'),
    coordinator: row('shown', 'shown', 'shown', 'shown', 'shown'),
    manager: row('shown', 'shown', 'shown', 'shown', 'shown'),
    admin: row('shown', 'shown', 'shown', 'shown', 'shown'),
  },
  // A follow-up task's title is made from its meeting's subject: read where the meeting is (the list and the record
  // answer the task with neutral words instead). Tasks have no export and no place in the search box.
  'follow-up task title': {
    advisor: row('shown', 'shown', 'n/a', 'n/a', 'shown'),
    advisor2: row('hidden', 'hidden', 'n/a', 'n/a', 'hidden'),
    coordinator: row('shown', 'shown', 'n/a', 'n/a', 'shown'),
    manager: row('shown', 'shown', 'n/a', 'n/a', 'shown'),
    admin: row('shown', 'shown', 'n/a', 'n/a', 'shown'),
  },
  // A document kept with a meeting is read, downloaded and found where the meeting is. No export, not on the timeline.
  'meeting document (its file)': {
    advisor: row('shown', 'shown', 'shown', 'n/a', 'n/a'),
    advisor2: row('hidden', 'refused', 'hidden', 'n/a', 'n/a'),
    coordinator: row('shown', 'shown', 'shown', 'n/a', 'n/a'),
    manager: row('shown', 'shown', 'shown', 'n/a', 'n/a'),
    admin: row('shown', 'shown', 'shown', 'n/a', 'n/a'),
  },
};

describe('read policy matrix', () => {
  let api: TestApi;
  let f: Fixture;
  let contact: { id: string };
  let meeting: { id: string };
  let followUp: { id: string };
  let meetingDocument: { id: string };
  const EMAIL = 'ann.zqmarker@example.org';
  const PHONE = '+32 2 555 01 77';
  const NOTES = 'Situation familiale délicate, xqvnotes à suivre';
  beforeAll(async () => {
    api = await startApi();
    f = await journeyFixture(api);
    const post = async (path: string, body: object) => {
      const res = await api.http.post(path).set(f.as.advisor).send(body);
      if (res.status !== 201) throw new Error(`${path} ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };
    contact = await post('/api/contacts', {
      organisationId: f.org,
      firstName: 'Anna',
      lastName: 'Marker',
      email: EMAIL,
      phone: PHONE,
    });
    meeting = await post('/api/meetings', {
      organisationId: f.org,
      subject: 'Entretien xqvsubject',
      notes: NOTES,
      occurredAt: '2030-02-01T10:00:00Z',
      followUpOn: '2030-02-15',
    });
    [followUp] = await api.sql(`SELECT id FROM tasks WHERE meeting_id = $1`, [meeting.id]);
    const upload = await api.http
      .post('/api/documents')
      .set(f.as.advisor)
      .field('organisationId', f.org)
      .field('kind', 'other')
      .field('title', 'Compte rendu')
      .field('meetingId', meeting.id)
      .attach('file', Buffer.from('Attestation xqvdocument confidentielle'), 'compte-rendu.txt');
    if (upload.status !== 201) throw new Error(`document ${upload.status} ${JSON.stringify(upload.body)}`);
    meetingDocument = upload.body;
  });
  afterAll(() => api.close());

  const filter = (org: string) => encodeURIComponent(JSON.stringify({ organisationId: org }));
  const shown = (value: unknown, text: string) =>
    typeof value === 'string' && value.includes(text) ? 'shown' : 'hidden';

  async function probe(column: string, who: Who, way: Way): Promise<Seen> {
    const as = f.as[who];
    const contactField =
      column === 'contact e-mail' ? { field: 'email', text: EMAIL } : { field: 'phone', text: PHONE };
    if (column.startsWith('contact')) {
      if (way === 'list') {
        const res = await api.http
          .get(`/api/contacts?filter=${filter(f.org)}`)
          .set(as)
          .expect(200);
        return shown(res.body.find((c: any) => c.id === contact.id)?.[contactField.field], contactField.text);
      }
      if (way === 'record') {
        const res = await api.http.get(`/api/contacts/${contact.id}`).set(as);
        return res.status === 403 ? 'refused' : shown(res.body[contactField.field], contactField.text);
      }
      if (way === 'search') {
        if (contactField.field === 'phone') return 'n/a';
        const res = await api.http.get('/api/search?q=zqmarker').set(as).expect(200);
        return shown(res.body.contacts.find((c: any) => c.id === contact.id)?.snippet, 'zqmarker');
      }
      if (way === 'export') {
        const res = await api.http
          .get(`/api/reports/contacts.csv?filter=${filter(f.org)}`)
          .set(as)
          .buffer(true);
        return res.status === 403 ? 'refused' : shown(res.text, contactField.text);
      }
      return 'n/a';
    }
    if (column === 'follow-up task title') {
      if (way === 'list') {
        const res = await api.http
          .get(`/api/tasks?filter=${filter(f.org)}`)
          .set(as)
          .expect(200);
        const task = res.body.find((t: any) => t.id === followUp.id);
        return task ? shown(task.title, 'xqvsubject') : 'refused';
      }
      if (way === 'record') {
        const res = await api.http.get(`/api/tasks/${followUp.id}`).set(as);
        return res.status === 403 ? 'refused' : shown(res.body.title, 'xqvsubject');
      }
      if (way === 'timeline') {
        const res = await api.http.get(`/api/organisations/${f.org}/timeline`).set(as).expect(200);
        return shown(res.body.find((e: any) => e.refId === followUp.id)?.summary, 'xqvsubject');
      }
      return 'n/a';
    }
    if (column === 'meeting document (its file)') {
      if (way === 'list') {
        const res = await api.http
          .get(`/api/documents?filter=${filter(f.org)}`)
          .set(as)
          .expect(200);
        return res.body.some((d: any) => d.id === meetingDocument.id) ? 'shown' : 'hidden';
      }
      if (way === 'record') {
        // The record and its download agree.
        const content = await api.http.get(`/api/documents/${meetingDocument.id}/content`).set(as).buffer(true);
        const record = await api.http.get(`/api/documents/${meetingDocument.id}`).set(as);
        if (content.status === 403 && record.status === 403) return 'refused';
        if (content.status === 200 && record.status === 200) return shown(content.text, 'xqvdocument');
        return `content ${content.status}, record ${record.status}` as Seen;
      }
      if (way === 'search') {
        const res = await api.http.get('/api/search?q=xqvdocument').set(as).expect(200);
        return shown(res.body.documents.find((d: any) => d.id === meetingDocument.id)?.snippet, 'xqvdocument');
      }
      return 'n/a';
    }
    if (way === 'list') {
      const res = await api.http
        .get(`/api/meetings?filter=${filter(f.org)}`)
        .set(as)
        .expect(200);
      return shown(res.body.find((m: any) => m.id === meeting.id)?.notes, 'xqvnotes');
    }
    if (way === 'record') {
      const res = await api.http.get(`/api/meetings/${meeting.id}`).set(as);
      return res.status === 403 ? 'refused' : shown(res.body.notes, 'xqvnotes');
    }
    if (way === 'search') {
      const res = await api.http.get('/api/search?q=xqvnotes').set(as).expect(200);
      return shown(res.body.meetings.find((m: any) => m.id === meeting.id)?.snippet, 'xqvnotes');
    }
    if (way === 'export') {
      const res = await api.http
        .get(`/api/reports/meetings.csv?filter=${filter(f.org)}`)
        .set(as)
        .buffer(true);
      return res.status === 403 ? 'refused' : shown(res.text, 'xqvnotes');
    }
    const res = await api.http.get(`/api/organisations/${f.org}/timeline`).set(as).expect(200);
    return shown(res.body.find((e: any) => e.refId === meeting.id)?.summary, 'xqvsubject');
  }

  it.each(Object.keys(READ_COLUMNS))('%s', async (column) => {
    const actual: Record<string, Record<Way, Seen>> = {};
    for (const who of SIGNED_IN) {
      actual[who] = {} as Record<Way, Seen>;
      for (const way of READ_WAYS) actual[who][way] = await probe(column, who, way);
    }
    expect(actual).toEqual(READ_COLUMNS[column]);
  });

  it('a filter, sort or search on a field the caller does not read tells nothing about it', async () => {
    const byEmail = encodeURIComponent(JSON.stringify({ email: EMAIL }));
    for (const who of ['manager', 'advisor2'] as Who[]) {
      const filtered = await api.http.get(`/api/contacts?filter=${byEmail}`).set(f.as[who]).expect(200);
      expect({ who, ids: filtered.body.map((c: any) => c.id) }).toEqual({ who, ids: [] });
      const searched = await api.http
        .get(`/api/contacts?filter=${encodeURIComponent(JSON.stringify({ q: 'zqmarker' }))}`)
        .set(f.as[who])
        .expect(200);
      expect({ who, ids: searched.body.map((c: any) => c.id) }).toEqual({ who, ids: [] });
    }
    const coordinator = await api.http.get(`/api/contacts?filter=${byEmail}`).set(f.as.coordinator).expect(200);
    expect(coordinator.body.map((c: any) => c.id)).toEqual([contact.id]);
    // By name the person is still found, without the e-mail.
    const byName = await api.http
      .get(`/api/contacts?filter=${encodeURIComponent(JSON.stringify({ q: 'marker' }))}`)
      .set(f.as.manager)
      .expect(200);
    expect(byName.body.map((c: any) => [c.id, c.email])).toEqual([[contact.id, undefined]]);
  });
});
