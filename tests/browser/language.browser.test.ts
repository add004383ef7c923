/**
 * The console in the user's language, as people reach it: the sign-in screen in the browser's language,
 * `<html lang>` following the console's language, the language chosen in the app bar saved to the user
 * record, and a walk through the console in French and in Dutch as each role that fails on any English
 * sentence the console knows or any raw code (`asbl_vzw`, `under_review`) in the visible text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { LABELS, MESSAGES } from '../../api/src/domain';
import { consoleUnderTest, DEMO_PASSWORD, describeInBrowser, expectVisible, TIMEOUT } from '../support/browser';
import { ROOT } from '../support/server';

type Language = 'fr' | 'nl';
const catalogue = (language: string) => readFileSync(join(ROOT, `admin/src/i18n/${language}.ts`), 'utf8');

/** Words of English text with two words at least, from the console's English catalogue and the domain's words, that French and Dutch do not share. */
function englishSentences(): string[] {
  const french = catalogue('fr');
  const dutch = catalogue('nl');
  const literals = [...catalogue('en').matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((m) =>
    (m[1] ?? m[2]).replace(/\\'/g, "'"),
  );
  const words = [
    ...literals,
    ...Object.values(LABELS).flatMap((list) =>
      Object.values(list as Record<string, { en: string; fr: string; nl: string }>)
        .filter((t) => t.en !== t.fr && t.en !== t.nl)
        .map((t) => t.en),
    ),
    ...Object.values(MESSAGES as Record<string, { en: string; fr: string; nl: string }>).map((t) => t.en),
    // react-admin's own English, should one of its screens miss our catalogues.
    'Go to next page',
    'Go to previous page',
    'Rows per page',
    'No results found',
    'Add filter',
    'Select all',
    'quick filters',
    'Are you sure',
  ];
  const chunks = words
    .flatMap((text) => text.split(/%\{\w+\}|\{\w+(?:\|\w+)?\}|\|\|\|\||[“”"«»:;()…]/))
    .map((chunk) => chunk.trim().replace(/[.,!?]+$/, ''))
    .filter((chunk) => chunk.split(/\s+/).length >= 2 && chunk.length >= 10 && /^[A-Za-z][A-Za-z ,'’-]+$/.test(chunk))
    .filter((chunk) => !french.includes(chunk) && !dutch.includes(chunk));
  return [...new Set(chunks)];
}

/** A raw code in visible text: lower-case words joined by underscores. */
const RAW_CODE = /\b[a-z]+(?:_[a-z0-9]+)+\b/g;

const WALK: Record<string, string[]> = {
  advisor: [
    '/',
    '/organisations',
    '/organisations/{organisation}/show',
    '/organisations/{organisation}/show/journey',
    '/organisations/{organisation}/show/assessments',
    '/organisations/{organisation}/show/recognition',
    '/cases',
    '/meetings',
    '/tasks',
    '/assessments',
    '/recognitions',
    '/referrals',
    '/reports',
    '/profile',
  ],
  coordinator: [
    '/',
    '/organisations',
    '/organisations/{organisation}/show/journey',
    '/cases',
    '/board',
    '/recognitions',
    '/referrals',
    '/intakes',
    '/duplicates',
    '/reports',
  ],
  manager: ['/', '/organisations', '/organisations/{organisation}/show/recognition', '/audit-log'],
  admin: ['/', '/users', '/partners', '/programmes', '/audit-log', '/organisations/{organisation}/show/journey'],
};

describeInBrowser('the console in the user’s language (French and Dutch)', () => {
  const app = consoleUnderTest();
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  async function open(locale: string): Promise<Page> {
    context = await app.browser.newContext({ baseURL: app.server.url, viewport: { width: 1440, height: 900 }, locale });
    const page = await context.newPage();
    await page.goto('/');
    return page;
  }

  async function signIn(page: Page, email: string): Promise<void> {
    await page.locator('input[name=email], input[name=username]').first().fill(email);
    await page.locator('input[type=password]').fill(DEMO_PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.waitForURL((url) => !url.hash.includes('login'), TIMEOUT);
    // The console's app bar (its language button), not the sign-in screen's own main landmark on its way out.
    await languageButton(page).waitFor(TIMEOUT);
    await page.locator('main, [role=main]').first().waitFor(TIMEOUT);
  }

  const languageButton = (page: Page) =>
    page
      .locator('button[aria-controls="language-menu"], button[aria-haspopup="menu"]')
      .filter({ hasText: /^(FR|NL|EN)$/ })
      .first();

  async function api(path: string, email: string): Promise<unknown> {
    const login = await fetch(`${app.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    return (
      await fetch(`${app.server.url}/api${path}`, { headers: { Authorization: `Bearer ${accessToken}` } })
    ).json();
  }

  /** The user record's language, once it is `expected` (the console saves it in the background) or after 10 s. */
  async function savedLanguage(email: string, expected: string): Promise<string> {
    let language = '';
    for (let tries = 0; tries < 20 && language !== expected; tries++) {
      if (tries) await new Promise((resolve) => setTimeout(resolve, 500));
      language = ((await api('/auth/me', email)) as { language: string }).language;
    }
    return language;
  }

  async function chooseLanguage(page: Page, language: string): Promise<void> {
    await languageButton(page).click();
    await page.locator(`#language-menu [lang=${language}]`).click();
    await page.waitForFunction((lang) => document.documentElement.lang === lang, language, TIMEOUT);
  }

  test('the sign-in screen speaks the browser’s language (French when it is none of ours), and <html lang> says so', async () => {
    for (const [locale, password, lang] of [
      ['nl-BE', 'Wachtwoord', 'nl'],
      ['en-GB', 'Password', 'en'],
      ['fr-BE', 'Mot de passe', 'fr'],
      ['de-DE', 'Mot de passe', 'fr'],
    ]) {
      const page = await open(locale);
      await expectVisible(page.getByRole('textbox', { name: password }));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await context!.close();
    }
  }, 300_000);

  test('the language chosen in the app bar is the console’s, the page’s <html lang> and the user record’s; the next sign-in opens in it', async () => {
    const page = await open('fr-BE');
    await signIn(page, 'manager@demo.traject.brussels');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await chooseLanguage(page, 'nl');
    expect(await savedLanguage('manager@demo.traject.brussels', 'nl')).toBe('nl');
    await context!.close();
    // Another browser, in French: the sign-in screen is French, the console Dutch once the manager is in.
    const again = await open('fr-BE');
    await signIn(again, 'manager@demo.traject.brussels');
    await again.waitForFunction(() => document.documentElement.lang === 'nl', undefined, TIMEOUT);
    await chooseLanguage(again, 'fr');
    expect(await savedLanguage('manager@demo.traject.brussels', 'fr')).toBe('fr');
  }, 300_000);

  const english = englishSentences();
  let organisation: string;
  beforeAll(async () => {
    expect(english.length).toBeGreaterThan(200);
    // The organisation with the richest story: a recognition file and a referral.
    const recognitions = (await api('/recognitions?range=[0,0]', 'admin@demo.traject.brussels')) as {
      organisationId: string;
    }[];
    organisation = recognitions[0].organisationId;
  });

  const walks: Array<[string, Language]> = (['advisor', 'coordinator', 'manager', 'admin'] as const).flatMap((role) => [
    [role, 'fr'],
    [role, 'nl'],
  ]) as Array<[string, Language]>;

  test.each(walks)(
    'as the %s in %s: no English sentence and no raw code on any screen',
    async (role, language) => {
      const page = await open(language === 'fr' ? 'fr-BE' : 'nl-BE');
      await signIn(page, `${role}@demo.traject.brussels`);
      if ((await page.evaluate(() => document.documentElement.lang)) !== language) await chooseLanguage(page, language);
      const found: Record<string, string[]> = {};
      for (const path of WALK[role]) {
        await page.goto(`/#${path.replace('{organisation}', organisation)}`);
        await page
          .locator('main h1, main table, main form, main [role=tabpanel], main li')
          .first()
          .waitFor(TIMEOUT)
          .catch(() => undefined);
        await page.waitForLoadState('networkidle').catch(() => undefined);
        await page.waitForTimeout(500);
        const text = await page.evaluate(() => document.body.innerText);
        const left = [...english.filter((sentence) => text.includes(sentence)), ...(text.match(RAW_CODE) ?? [])];
        if (left.length) found[path] = [...new Set(left)];
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      }
      expect(found).toEqual({});
    },
    300_000,
  );
});
