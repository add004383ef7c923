import { DEMO_PASSWORD } from '../../../api/src/seed/demo-users';
import { bearer, startApi, TestApi } from '../../support/api';

export type Who = 'advisor' | 'advisor2' | 'coordinator' | 'manager' | 'admin';
export const SIGNED_IN: Who[] = ['advisor', 'advisor2', 'coordinator', 'manager', 'admin'];

export interface Fixture {
  users: Record<Who, string>;
  as: Record<Who, Record<string, string>>;
  [key: string]: any;
}

/** Creates through the API: fails loudly with the answer when a set-up call is not what was expected. */
export async function call(
  api: TestApi,
  method: 'post' | 'put' | 'delete',
  path: string,
  auth: Record<string, string>,
  body: object,
  status: number,
) {
  const res = await api.http[method](path).set(auth).send(body);
  if (res.status !== status)
    throw new Error(
      `${method.toUpperCase()} ${path} ${JSON.stringify(body)} -> ${res.status} ${JSON.stringify(res.body)}`,
    );
  return res.body;
}

export async function signedIn(api: TestApi): Promise<Pick<Fixture, 'users' | 'as'>> {
  const rows = await api.sql(`SELECT id, email FROM users`);
  const idOf = (email: string) => rows.find((r) => r.email === email)!.id as string;
  const users = {
    advisor: idOf('advisor@demo.traject.brussels'),
    advisor2: idOf('advisor2@demo.traject.brussels'),
    coordinator: idOf('coordinator@demo.traject.brussels'),
    manager: idOf('manager@demo.traject.brussels'),
    admin: idOf('admin@demo.traject.brussels'),
  };
  const as = {} as Record<Who, Record<string, string>>;
  for (const who of SIGNED_IN) as[who] = bearer(await api.token(who));
  return { users, as };
}

/**
 * One organisation whose open case is assigned to the demo advisor, with one record of every kind
 * written by that advisor (the "owned" records), plus throwaway records for the destructive routes.
 */
export async function journeyFixture(api: TestApi): Promise<Fixture> {
  const { users, as } = await signedIn(api);
  const f: Fixture = { users, as };
  const post = (path: string, who: Who, body: object, status = 201) => call(api, 'post', path, as[who], body, status);

  f.org = (await post('/api/organisations', 'advisor', { name: 'Atelier Sécurité' })).id;
  f.orgOther = (await post('/api/organisations', 'advisor2', { name: 'Coopérative Autre' })).id;
  f.orgDelete = (await post('/api/organisations', 'advisor', { name: 'À supprimer' })).id;
  f.case = await post('/api/cases', 'coordinator', {
    organisationId: f.org,
    title: 'Parcours sécurité',
    advisorId: users.advisor,
  });
  f.caseOther = await post('/api/cases', 'coordinator', {
    organisationId: f.orgOther,
    title: 'Parcours autre',
    advisorId: users.advisor2,
  });
  const orgForCaseDelete = (await post('/api/organisations', 'coordinator', { name: 'Dossier erroné' })).id;
  f.caseDelete = await post('/api/cases', 'coordinator', {
    organisationId: orgForCaseDelete,
    title: 'Erreur',
    advisorId: users.advisor,
  });
  f.contact = await post('/api/contacts', 'advisor', { organisationId: f.org, firstName: 'Ann', lastName: 'Peeters' });
  f.contactDelete = await post('/api/contacts', 'advisor', {
    organisationId: f.org,
    firstName: 'Del',
    lastName: 'Ete',
  });
  f.contactAnonymise = await post('/api/contacts', 'advisor', {
    organisationId: f.org,
    firstName: 'Ano',
    lastName: 'Nyme',
  });
  const meeting = { organisationId: f.org, subject: 'Diagnostic', occurredAt: '2030-01-01T10:00:00Z' };
  f.meeting = await post('/api/meetings', 'advisor', meeting);
  f.meetingDelete = await post('/api/meetings', 'advisor', meeting);
  f.meetingOther = await post('/api/meetings', 'advisor2', { ...meeting, organisationId: f.orgOther });
  f.task = await post('/api/tasks', 'advisor', { organisationId: f.org, title: 'Relancer', assigneeId: users.advisor });
  f.taskDelete = await post('/api/tasks', 'advisor', {
    organisationId: f.org,
    title: 'Jeter',
    assigneeId: users.advisor,
  });
  f.assessment = await post('/api/assessments', 'advisor', { organisationId: f.org });
  f.assessmentFinalise = await post('/api/assessments', 'advisor', { organisationId: f.org });
  f.assessmentReview = await post('/api/assessments', 'advisor', { organisationId: f.org });
  await call(api, 'post', `/api/assessments/${f.assessmentReview.id}/finalise`, as.coordinator, {}, 200);
  f.assessmentOther = await post('/api/assessments', 'advisor2', { organisationId: f.orgOther });
  f.recognition = await post('/api/recognitions', 'advisor', { organisationId: f.org, kind: 'brussels_esd' });
  f.recognitionDelete = await post('/api/recognitions', 'advisor', {
    organisationId: f.org,
    kind: 'federal_social_enterprise',
  });
  f.recognitionOther = await post('/api/recognitions', 'advisor2', {
    organisationId: f.orgOther,
    kind: 'brussels_esd',
  });
  f.referral = await post('/api/referrals', 'advisor', { organisationId: f.org, partner: 'bissib' });
  f.referralDelete = await post('/api/referrals', 'advisor', { organisationId: f.org, partner: 'bissib' });
  f.referralOther = await post('/api/referrals', 'advisor2', { organisationId: f.orgOther, partner: 'bissib' });
  f.programme = await post('/api/programmes', 'admin', {
    partner: 'coopcity',
    name: 'COOPCITY – Sécurité',
    stage: 'launch',
  });
  f.programmeDelete = await post('/api/programmes', 'admin', {
    partner: 'coopcity',
    name: 'COOPCITY – Retrait',
    stage: 'idea',
  });
  f.userVictim = await post('/api/users', 'admin', {
    email: 'victim@hub.brussels',
    fullName: 'Victime',
    role: 'advisor',
    password: 'a long enough password',
  });
  f.userDelete = await post('/api/users', 'admin', {
    email: 'leaving@hub.brussels',
    fullName: 'Départ',
    role: 'advisor',
    password: 'a long enough password',
  });
  const upload = async (title: string) => {
    const res = await api.http
      .post('/api/documents')
      .set(as.advisor)
      .field('organisationId', f.org)
      .field('kind', 'other')
      .field('title', title)
      .attach('file', Buffer.from(`Document ${title}`), `${title}.txt`);
    if (res.status !== 201) throw new Error(`POST /api/documents -> ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  f.document = await upload('preuve');
  f.documentDelete = await upload('a-supprimer');
  [{ id: f.auditId }] = await api.sql(`SELECT id FROM audit_log ORDER BY id LIMIT 1`);
  [{ nis_code: f.municipality }] = await api.sql(`SELECT nis_code FROM municipalities ORDER BY nis_code LIMIT 1`);
  return f;
}

/** A signed-in admin whose account is then deactivated: the token it holds must stop working. */
export async function deactivatedToken(api: TestApi, admin: Record<string, string>): Promise<string> {
  const user = await call(
    api,
    'post',
    '/api/users',
    admin,
    { email: 'gone@hub.brussels', fullName: 'Parti', role: 'admin', password: 'a long enough password' },
    201,
  );
  const login = await api.http
    .post('/api/auth/login')
    .send({ email: 'gone@hub.brussels', password: 'a long enough password' });
  if (login.status !== 200) throw new Error(`gone sign-in ${login.status}`);
  await call(api, 'delete', `/api/users/${user.id}`, admin, {}, 200);
  return login.body.accessToken;
}

/** A fresh session cookie (sign-in of the demo manager), for the refresh and logout routes. */
export async function sessionCookie(api: TestApi): Promise<string> {
  const res = await api.http
    .post('/api/auth/login')
    .send({ email: 'manager@demo.traject.brussels', password: DEMO_PASSWORD });
  return ((res.headers['set-cookie'] as unknown as string[]) ?? []).map((c) => c.split(';')[0]).join('; ');
}

/** The API with the journey fixture for the enclosing `describe`: started before its tests (both handed to `receive`), closed after. */
export function withJourney(receive: (started: { api: TestApi; f: Fixture }) => void): void {
  let api: TestApi | undefined;
  beforeAll(async () => {
    api = await startApi();
    receive({ api, f: await journeyFixture(api) });
  });
  afterAll(() => api?.close());
}
