import type { BrowserContext, Page } from 'playwright-core';
import { consoleUnderTest, DEMO_PASSWORD, describeInBrowser, expectVisible } from '../support/browser';

/** The sign-in screen is French until someone signs in. */
async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await expectVisible(page.getByRole('heading', { name: 'Traject' }));
  await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(password);
  await page.getByRole('button', { name: 'Connexion' }).click();
}

describeInBrowser('sessions people can see and end', () => {
  const app = consoleUnderTest();
  const contexts: BrowserContext[] = [];
  const newPage = async () => {
    const context = await app.browser.newContext({ baseURL: app.server.url });
    contexts.push(context);
    return context.newPage();
  };
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  test('an advisor ends the session of another browser from the profile, and that browser is signed out', async () => {
    const elsewhere = await newPage();
    await signIn(elsewhere, 'advisor@demo.traject.brussels');
    await expectVisible(elsewhere.getByRole('heading', { name: /^Bonjour / }));

    const here = await newPage();
    await signIn(here, 'advisor@demo.traject.brussels');
    await expectVisible(here.getByRole('heading', { name: /^Bonjour / }));
    await here.goto('/#/profile');
    const sessions = here.getByRole('table', { name: 'Où je suis connecté·e' });
    await expectVisible(sessions);
    const rows = sessions.locator('tbody tr');
    await expectVisible(rows.nth(1));
    await expect(rows.count()).resolves.toBe(2);
    await expectVisible(rows.filter({ hasText: 'Ce navigateur' }));
    const other = rows.filter({ hasNotText: 'Ce navigateur' });
    await expectVisible(other.getByText(/Chrome/));
    await other.getByRole('button', { name: 'Déconnecter' }).click();
    await expectVisible(here.getByText('Session fermée'));
    await rows.nth(1).waitFor({ state: 'detached', timeout: 15_000 });
    await expect(rows.count()).resolves.toBe(1);

    // The other browser's next request finds its session ended: back to the sign-in page.
    await elsewhere.goto('/#/organisations');
    await expectVisible(elsewhere.getByRole('textbox', { name: 'Mot de passe' }));
    expect(elsewhere.url()).toMatch(/login/);
    // This one goes on.
    await here.goto('/#/organisations');
    await expectVisible(here.getByRole('heading', { name: /Organisations/ }));
  });
});
