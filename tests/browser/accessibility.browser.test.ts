/**
 * WCAG 2.1 AA in the console, checked by axe-core on every screen, in French and in Dutch, as the role that uses it.
 * Like the authorization matrix, the list of screens must cover every route the console declares: a route added to
 * App.tsx without a row here fails the first test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { TOLERATED_MODERATE_RULES } from '../../api/src/accessibility/checks';
import {
  accessibilityViolations,
  consoleUnderTest,
  DEMO_PASSWORD,
  describeInBrowser,
  expectVisible,
  TIMEOUT,
  type AccessibilityViolation,
} from '../support/browser';
import { ROOT } from '../support/server';

type Who =
  | 'advisor@demo.traject.brussels'
  | 'advisor2@demo.traject.brussels'
  | 'coordinator@demo.traject.brussels'
  | 'manager@demo.traject.brussels'
  | 'admin@demo.traject.brussels';

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
const LANGUAGE: Record<Who, string> = {
  [ADMIN]: 'en',
  [FR_ADVISOR]: 'fr',
  [NL_ADVISOR]: 'nl',
  [NL_COORDINATOR]: 'nl',
  [MANAGER]: 'fr',
};
const DIALOG_CHECKS: [Who, 'fr' | 'nl' | 'en'][] = [
  [FR_ADVISOR, 'fr'],
  [NL_ADVISOR, 'nl'],
  [NL_COORDINATOR, 'nl'],
  [ADMIN, 'en'],
];

const SCREENS: Screen[] = [
  { route: '/', path: '/', as: [FR_ADVISOR, NL_COORDINATOR, MANAGER] },
  { route: 'organisations', path: '/organisations', as: [FR_ADVISOR, NL_ADVISOR] },
  { route: 'organisations/show', path: '/organisations/{organisation}/show', as: [FR_ADVISOR, NL_ADVISOR] },
  {
    route: 'organisations/show/journey',
    path: '/organisations/{organisation}/show/journey',
    as: [FR_ADVISOR, NL_ADVISOR],
  },
  {
    route: 'organisations/show/assessments',
    path: '/organisations/{organisation}/show/assessments',
    as: [FR_ADVISOR, NL_ADVISOR],
  },
  {
    route: 'organisations/show/recognition',
    path: '/organisations/{organisation}/show/recognition',
    as: [FR_ADVISOR, NL_ADVISOR],
  },
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
  // The invitation link's page (public; opened here by a signed-in person, in their language).
  { route: '/set-password', path: '/set-password?token=not-a-real-token', as: [NL_ADVISOR] },
  // "Forgot your password?" from the sign-in screen (public).
  { route: '/forgot-password', path: '/forgot-password', as: [NL_ADVISOR] },
];

/** The dialogs opened on an organisation's page, by the tab they are on and the button that opens them. */
type Language = 'fr' | 'nl' | 'en';
const DIALOGS: {
  name: string;
  tab: Partial<Record<Language, string>>;
  button: Partial<Record<Language, string>>;
  everyone?: boolean;
  adminOnly?: boolean;
}[] = [
  {
    name: 'log a meeting',
    tab: { fr: 'Rencontres', nl: 'Gesprekken' },
    button: { fr: 'Noter une rencontre', nl: 'Gesprek noteren' },
    everyone: true,
  },
  {
    name: 'add a contact',
    tab: { fr: 'Contacts', nl: 'Contactpersonen' },
    button: { fr: 'Ajouter un contact', nl: 'Contactpersoon toevoegen' },
    everyone: true,
  },
  {
    name: 'add a task',
    tab: { fr: 'Tâches', nl: 'Taken' },
    button: { fr: 'Ajouter une tâche', nl: 'Taak toevoegen' },
    everyone: true,
  },
  {
    name: 'new recognition file',
    tab: { fr: 'Agrément', nl: 'Erkenning' },
    button: { fr: 'Nouveau dossier', nl: 'Nieuw dossier' },
  },
  {
    name: 'refer',
    tab: { fr: 'Orientations', nl: 'Doorverwijzingen' },
    button: { fr: 'Orienter vers COOPCITY / BISSIB', nl: 'Doorverwijzen naar COOPCITY / BISSIB' },
  },
  // Anonymising is the admin's (who reads English).
  { name: 'anonymise confirmation', tab: { en: 'Contacts' }, button: { en: 'Anonymise' }, adminOnly: true },
];

/** Every violation found, by screen, for the figures printed at the end. */
const seen: Record<string, AccessibilityViolation[]> = {};
const opened = new Set<string>();

async function record(where: string, page: Page): Promise<AccessibilityViolation[]> {
  const violations = await accessibilityViolations(page);
  seen[where] = violations;
  return violations;
}

/** What fails the suite: serious and critical, and moderate ones unless the statement declares them (checks.ts). */
function failing(violations: AccessibilityViolation[]): AccessibilityViolation[] {
  return violations.filter(
    (v) =>
      v.impact === 'serious' ||
      v.impact === 'critical' ||
      (v.impact === 'moderate' && !(v.id in TOLERATED_MODERATE_RULES)),
  );
}

/** How many visible <h1> with text the page has (one per page: the title in the app bar, or the sign-in's). */
async function oneHeading(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      Array.from(document.querySelectorAll('h1')).filter(
        (h) => h.textContent?.trim() && (h as HTMLElement).offsetParent !== null,
      ).length,
  );
}

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
    await page.locator('main h1').first().waitFor(TIMEOUT);
    const atSignIn = failing(await record('sign-in', page));
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
    const response = await fetch(`${app.server.url}/api/organisations?range=[0,0]`, {
      headers: { Authorization: `Bearer ${await token(ADMIN)}` },
    });
    organisation = ((await response.json()) as { id: string }[])[0].id;
  });

  test.each(people)(
    'no serious or critical violation on any screen %s opens',
    async (who) => {
      const found: Record<string, unknown> = {};
      const page = await signIn(who, found);
      for (const screen of SCREENS.filter((s) => s.as.includes(who))) {
        await page.goto(`/#${screen.path.replace('{organisation}', organisation)}`);
        await page
          .locator('main h1, main table, main form, main [role=tabpanel]')
          .first()
          .waitFor(TIMEOUT)
          .catch(() => undefined);
        await page.waitForTimeout(300);
        const violations = failing(await record(`${screen.path} as ${who}`, page));
        if (violations.length) found[`${screen.path} as ${who}`] = violations;
        const headings = await oneHeading(page);
        if (headings !== 1) found[`${screen.path} as ${who}: <h1> with text`] = headings;
        const lang = await page.evaluate(() => document.documentElement.lang);
        if (lang !== LANGUAGE[who]) found[`${screen.path} as ${who}: lang`] = lang;
        if (!(await page.locator(`footer a[href="/${LANGUAGE[who]}/accessibility"]`).count()))
          found[`${screen.path} as ${who}: statement link`] = 'missing';
      }
      expect(found).toEqual({});
    },
    300_000,
  );

  test.each(DIALOG_CHECKS)(
    'no serious, critical or untolerated moderate violation with each dialog open, as %s',
    async (who, language) => {
      const found: Record<string, unknown> = {};
      const page = await signIn(who, found);
      const self = await fetch(`${app.server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: who, password: DEMO_PASSWORD }),
      });
      const me = (await self.json()) as { accessToken: string; user: { id: string } };
      const filter = encodeURIComponent(
        JSON.stringify(
          who === NL_COORDINATOR || who === ADMIN ? { status: 'open' } : { status: 'open', advisorId: me.user.id },
        ),
      );
      const cases = (await (
        await fetch(`${app.server.url}/api/cases?filter=${filter}&range=[0,0]`, {
          headers: { Authorization: `Bearer ${me.accessToken}` },
        })
      ).json()) as { organisationId: string }[];
      for (const dialog of DIALOGS.filter((d) => !!d.adminOnly === (who === ADMIN))) {
        await page.goto(`/#/organisations/${cases[0].organisationId}/show`);
        await page.getByRole('tab', { name: dialog.tab[language] ?? '', exact: true }).click();
        const opener = page.getByRole('button', { name: dialog.button[language] ?? '', exact: true }).first();
        if (
          !(await opener.waitFor(TIMEOUT).then(
            () => true,
            () => false,
          ))
        ) {
          if (dialog.everyone) found[`${dialog.name} as ${who}`] = 'no button to open it';
          continue;
        }
        await opener.click();
        await expectVisible(page.getByRole('dialog'));
        await page.waitForTimeout(300);
        const violations = failing(await record(`${dialog.name} dialog as ${who}`, page));
        if (violations.length) found[`${dialog.name} as ${who}`] = violations;
        opened.add(dialog.name);
        await page.keyboard.press('Escape');
      }
      // The board's "move to" menu, open.
      await page.goto('/#/board');
      const move = page.locator('[data-move-button]').first();
      if (
        await move.waitFor(TIMEOUT).then(
          () => true,
          () => false,
        )
      ) {
        await move.click();
        // This card's menu (the side bar is a menu too, always visible), checked once its opening transition has
        // ended: half-faded, its first item's contrast was measured mid-fade.
        const menuId = await move.getAttribute('aria-controls');
        expect(menuId).toBeTruthy();
        await expectVisible(page.locator(`[id="${menuId}"] [role=menu]`));
        await page.waitForFunction(
          (id) => {
            const paper = document.getElementById(id)?.querySelector<HTMLElement>('.MuiPaper-root');
            if (!paper) return false;
            const style = getComputedStyle(paper);
            return style.opacity === '1' && ['none', 'matrix(1, 0, 0, 1, 0, 0)'].includes(style.transform);
          },
          menuId!,
          TIMEOUT,
        );
        const violations = failing(await record(`board move-to menu as ${who}`, page));
        if (violations.length) found[`board move-to menu as ${who}`] = violations;
        opened.add('move to');
      }
      expect(found).toEqual({});
    },
    300_000,
  );

  test.each(['fr', 'nl', 'en'])(
    'the accessibility statement in %s: public, complete, linked from the sign-in and the intake form, no violation',
    async (language) => {
      const response = await fetch(`${app.server.url}/${language}/accessibility`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toContain('2016/2102');
      expect(html).toContain('mailto:');
      expect(html).toContain('ombudsman.brussels');
      expect(html.match(/<h2>/g)).toHaveLength(5); // status, non-accessible content, preparation, feedback, enforcement
      context = await app.browser.newContext({
        baseURL: app.server.url,
        viewport: { width: 1440, height: 900 },
        locale: language,
      });
      const page = await context.newPage();
      await page.goto(`/${language}/accessibility`);
      expect(failing(await record(`statement ${language}`, page))).toEqual([]);
      expect(await oneHeading(page)).toBe(1);
      await page.goto(`/${language}/intake`);
      await expect(page.locator(`footer a[href="/${language}/accessibility"]`).count()).resolves.toBe(1);
      if (language === 'fr') {
        await page.goto('/');
        await page.getByRole('link', { name: 'Accessibilité' }).click();
        await page.waitForURL(/\/fr\/accessibility$/, TIMEOUT);
        await expectVisible(page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité de Traject' }));
      }
    },
  );

  test('every dialog listed was opened at least once', () => {
    expect([...opened].sort()).toEqual([...DIALOGS.map((d) => d.name), 'move to'].sort());
  });

  afterAll(() => {
    // The figures of the README's "Accessibility" section: screens and dialogs checked, violations (affected elements) by impact.
    const byImpact: Record<string, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
    const byRule: Record<string, number> = {};
    for (const violations of Object.values(seen)) {
      for (const violation of violations) {
        byImpact[violation.impact] += violation.nodes.length;
        byRule[`${violation.impact} ${violation.id}`] =
          (byRule[`${violation.impact} ${violation.id}`] ?? 0) + violation.nodes.length;
      }
    }
    console.log(
      `axe-core: ${Object.keys(seen).length} screen visits checked; affected elements by impact ${JSON.stringify(byImpact)}; by rule ${JSON.stringify(byRule)}`,
    );
  });

  async function token(email: Who): Promise<string> {
    const response = await fetch(`${app.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    return ((await response.json()) as { accessToken: string }).accessToken;
  }
});
