/**
 * WCAG 2.1 AA in the console, checked by axe-core on every screen, in French and in Dutch, as the role that uses it.
 * Like the authorization matrix, the list of screens must cover every route the console declares: a route added to
 * App.tsx without a row here fails the first test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { consoleUnderTest, DEMO_PASSWORD, describeInBrowser, seriousAccessibilityViolations, TIMEOUT } from '../support/browser';
import { ROOT } from '../support/server';

type Who = 'advisor@demo.traject.brussels' | 'advisor2@demo.traject.brussels' | 'coordinator@demo.traject.brussels' | 'manager@demo.traject.brussels' | 'admin@demo.traject.brussels';

interface Screen {
  /** The route as App.tsx declares it (a resource's list, show, create or edit, or a custom route). */
  route: string;
  /** Where to go, with real ids: `{organisation}` is the first organisation of the register. */
  path: string;
  /** Who opens it (their language decides French or Dutch). */
  as: Who[];
}

const ADMIN: Who = 'admin@demo.traject.brussels'; // reads English
const FR_ADVISOR: Who = 'advisor@demo.traject.brussels';
const NL_ADVISOR: Who = 'advisor2@demo.traject.brussels';
const NL_COORDINATOR: Who = 'coordinator@demo.traject.brussels';
const MANAGER: Who = 'manager@demo.traject.brussels';

const SCREENS: Screen[] = [
  { route: '/', path: '/', as: [FR_ADVISOR, NL_COORDINATOR, MANAGER] },
  { route: 'organisations', path: '/organisations', as: [FR_ADVISOR, NL_ADVISOR] },
  { route: 'organisations/show', path: '/organisations/{organisation}/show', as: [FR_ADVISOR, NL_ADVISOR] },
  { route: 'organisations/show/journey', path: '/organisations/{organisation}/show/journey', as: [FR_ADVISOR, NL_ADVISOR] },
  { route: 'organisations/show/assessments', path: '/organisations/{organisation}/show/assessments', as: [FR_ADVISOR, NL_ADVISOR] },
  { route: 'organisations/show/recognition', path: '/organisations/{organisation}/show/recognition', as: [FR_ADVISOR, NL_ADVISOR] },
  { route: 'organisations/create', path: '/organisations/create', as: [FR_ADVISOR, NL_ADVISOR] },
  { route: 'organisations/edit', path: '/organisations/{organisation}', as: [FR_ADVISOR] },
  { route: '/organisations/import', path: '/organisations/import', as: [FR_ADVISOR, NL_ADVISOR] },
  { route: 'contacts', path: '/contacts', as: [FR_ADVISOR, NL_ADVISOR] },
  { route: 'cases', path: '/cases', as: [FR_ADVISOR, NL_COORDINATOR] },
  { route: '/board', path: '/board', as: [FR_ADVISOR, NL_COORDINATOR] },
  { route: 'meetings', path: '/meetings', as: [FR_ADVISOR, NL_ADVISOR] },
  { route: 'tasks', path: '/tasks', as: [FR_ADVISOR, NL_ADVISOR] },
  { route: 'assessments', path: '/assessments', as: [FR_ADVISOR, NL_ADVISOR] },
  { route: 'recognitions', path: '/recognitions', as: [FR_ADVISOR, NL_ADVISOR] },
  { route: 'referrals', path: '/referrals', as: [FR_ADVISOR, NL_ADVISOR] },
  { route: 'programmes', path: '/programmes', as: [ADMIN, NL_ADVISOR] },
  { route: 'intakes', path: '/intakes', as: [ADMIN, NL_COORDINATOR] },
  { route: 'partners', path: '/partners', as: [ADMIN, NL_ADVISOR] },
  { route: '/kbo', path: '/kbo', as: [ADMIN] },
  { route: '/duplicates', path: '/duplicates', as: [NL_COORDINATOR] },
  { route: 'users', path: '/users', as: [ADMIN] },
  { route: 'audit-log', path: '/audit-log', as: [ADMIN, MANAGER] },
  { route: 'jobs', path: '/jobs', as: [ADMIN] },
  { route: 'outbox', path: '/outbox', as: [ADMIN] },
  { route: '/reports', path: '/reports', as: [FR_ADVISOR, NL_COORDINATOR] },
  { route: '/profile', path: '/profile', as: [FR_ADVISOR, NL_ADVISOR] },
];

describeInBrowser('accessibility of the console (axe-core, WCAG 2.1 A and AA)', () => {
  const app = consoleUnderTest();
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  test('every route the console declares has a screen checked here', () => {
    const source = readFileSync(join(ROOT, 'admin/src/App.tsx'), 'utf8');
    const declared = [...source.matchAll(/<Resource name="([^"]+)"|<Route path="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    const checked = new Set(SCREENS.map((s) => s.route.split('/')[0] || s.route).concat(SCREENS.map((s) => s.route)));
    expect(declared.filter((route) => !checked.has(route))).toEqual([]);
  });

  async function signIn(email: Who, found: Record<string, unknown>): Promise<Page> {
    context = await app.browser.newContext({ baseURL: app.server.url, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto('/');
    const atSignIn = await seriousAccessibilityViolations(page);
    if (atSignIn.length) found['sign-in'] = atSignIn;
    await page.locator('input[name=email], input[name=username]').first().fill(email);
    await page.locator('input[type=password]').fill(DEMO_PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.waitForURL((url) => !url.hash.includes('login'), TIMEOUT);
    await page.locator('main, [role=main]').first().waitFor(TIMEOUT);
    return page;
  }

  const people = [...new Set(SCREENS.flatMap((s) => s.as))];
  let organisation: string;
  beforeAll(async () => {
    const response = await fetch(`${app.server.url}/api/organisations?range=[0,0]`, { headers: { Authorization: `Bearer ${await token(ADMIN)}` } });
    organisation = ((await response.json()) as { id: string }[])[0].id;
  });

  test.each(people)('no serious or critical violation on any screen %s opens', async (who) => {
    const found: Record<string, unknown> = {};
    const page = await signIn(who, found);
    for (const screen of SCREENS.filter((s) => s.as.includes(who))) {
      await page.goto(`/#${screen.path.replace('{organisation}', organisation)}`);
      await page.locator('main h1, main table, main form, main [role=tabpanel]').first().waitFor(TIMEOUT).catch(() => undefined);
      await page.waitForTimeout(300);
      const violations = await seriousAccessibilityViolations(page);
      if (violations.length) found[`${screen.path} as ${who}`] = violations;
    }
    expect(found).toEqual({});
  }, 300_000);

  async function token(email: Who): Promise<string> {
    const response = await fetch(`${app.server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
    return ((await response.json()) as { accessToken: string }).accessToken;
  }
});
