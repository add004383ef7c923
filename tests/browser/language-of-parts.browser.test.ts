/**
 * WCAG 3.1.2 (language of parts): a name the record says is in another language than the console's is marked with
 * `lang`, so a screen reader reads "Thuiszorg De Linde" in Dutch on a French screen, and a French name in French on
 * a Dutch one. Bilingual names (an organisation working in both) and names in the console's language are not marked.
 */
import type { BrowserContext, Page } from 'playwright-core';
import {
  apiGet,
  consoleUnderTest,
  DEMO_PASSWORD,
  demoToken,
  describeInBrowser,
  expectVisible,
  TIMEOUT,
} from '../support/browser';

interface OrganisationRecord {
  id: string;
  name: string;
  languages: string[];
}
interface ContactRecord {
  id: string;
  firstName: string;
  lastName: string;
  language: string | null;
}

describeInBrowser('names marked with their language', () => {
  const app = consoleUnderTest();
  let context: BrowserContext | undefined;
  let page: Page;

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  const api = <T>(path: string, token: string) => apiGet<T>(app.server.url, path, token);

  async function signIn(email: string): Promise<void> {
    context = await app.browser.newContext({ baseURL: app.server.url, viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await page.goto('/');
    await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await page.getByRole('textbox', { name: 'Mot de passe' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Connexion' }).click();
    await page.waitForURL((url) => !url.hash.includes('login'), TIMEOUT);
    await page.locator('main').first().waitFor(TIMEOUT);
  }

  /** The `lang` of the innermost element around the page title's name, or null when the name is not marked. */
  const titleLanguage = (name: string) =>
    page.evaluate((text) => {
      const title = document.getElementById('react-admin-title');
      const marked = title?.querySelector('[lang]');
      return marked && marked.textContent === text
        ? marked.getAttribute('lang')
        : title?.textContent?.includes(text)
          ? null
          : 'title not found';
    }, name);

  async function organisations(token: string) {
    const all = await api<OrganisationRecord[]>(`/organisations?range=[0,199]`, token);
    const only = (language: string) =>
      all.find((organisation) => organisation.languages.length === 1 && organisation.languages[0] === language);
    const bilingual = all.find(
      (organisation) => organisation.languages.includes('fr') && organisation.languages.includes('nl'),
    );
    expect([only('fr'), only('nl'), bilingual].every(Boolean)).toBe(true);
    return { french: only('fr')!, dutch: only('nl')!, bilingual: bilingual! };
  }

  test('on a French screen: a Dutch organisation and a Dutch-speaking contact are marked nl; French and bilingual names are not', async () => {
    const { token } = await demoToken(app.server.url, 'advisor@demo.traject.brussels');
    const { french, dutch, bilingual } = await organisations(token);
    await signIn('advisor@demo.traject.brussels');

    await page.goto(`/#/organisations/${dutch.id}/show`);
    await expectVisible(page.getByRole('tab', { name: 'Aperçu' }));
    await expect(titleLanguage(dutch.name)).resolves.toBe('nl');
    await expectVisible(page.locator('main [lang="nl"]').filter({ hasText: dutch.name }));

    for (const unmarked of [french, bilingual]) {
      await page.goto(`/#/organisations/${unmarked.id}/show`);
      await expectVisible(page.getByRole('tab', { name: 'Aperçu' }));
      await page.waitForFunction(
        (name) => document.getElementById('react-admin-title')?.textContent?.includes(name),
        unmarked.name,
        TIMEOUT,
      );
      await expect(titleLanguage(unmarked.name)).resolves.toBeNull();
      await expect(page.locator('main [lang]').count()).resolves.toBe(0);
    }

    // The list: the Dutch organisation's row marks its name.
    await page.goto(`/#/organisations?filter=${encodeURIComponent(JSON.stringify({ q: dutch.name }))}`);
    await expectVisible(page.locator('main table [lang="nl"]').filter({ hasText: dutch.name }));

    const [contact] = await api<ContactRecord[]>(
      `/contacts?filter=${encodeURIComponent(JSON.stringify({ language: 'nl' }))}&range=[0,0]`,
      token,
    );
    expect(contact).toBeDefined();
    const name = `${contact.firstName} ${contact.lastName}`;
    await page.goto(`/#/contacts?filter=${encodeURIComponent(JSON.stringify({ q: contact.lastName }))}`);
    await expectVisible(page.locator('main table [lang="nl"]').filter({ hasText: name }));
  }, 120_000);

  test('on a Dutch screen: a French organisation is marked fr, a Dutch one is not', async () => {
    const { token } = await demoToken(app.server.url, 'advisor2@demo.traject.brussels');
    const { french, dutch } = await organisations(token);
    await signIn('advisor2@demo.traject.brussels');
    await page.goto(`/#/organisations/${french.id}/show`);
    await expectVisible(page.getByRole('tab', { name: 'Overzicht' }));
    await expect(titleLanguage(french.name)).resolves.toBe('fr');
    await page.goto(`/#/organisations/${dutch.id}/show`);
    await expectVisible(page.getByRole('tab', { name: 'Overzicht' }));
    await page.waitForFunction(
      (name) => document.getElementById('react-admin-title')?.textContent?.includes(name),
      dutch.name,
      TIMEOUT,
    );
    await expect(titleLanguage(dutch.name)).resolves.toBeNull();
  }, 120_000);
});
