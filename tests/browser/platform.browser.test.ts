import type { BrowserContext, Page } from 'playwright-core';
import { consoleUnderTest, DEMO_PASSWORD, describeInBrowser, expectVisible, TIMEOUT } from '../support/browser';

describeInBrowser('the console platform', () => {
  const app = consoleUnderTest();
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await app.browser.newContext({ baseURL: app.server.url });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  /** The sign-in screen is French until someone signs in. */
  async function signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    await page.goto('/');
    await expectVisible(page.getByRole('heading', { name: 'Traject' }));
    await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await page.getByRole('textbox', { name: 'Mot de passe' }).fill(password);
    await page.getByRole('button', { name: 'Connexion' }).click();
  }

  test('an advisor sees the console in French, switches it to Dutch, and signs out to the sign-in page', async () => {
    await signIn('advisor@demo.traject.brussels');

    await expectVisible(page.getByRole('heading', { name: /^Bonjour / }));
    await expectVisible(page.getByRole('banner').getByText('Traject', { exact: true }));
    await expectVisible(page.getByText('Vous êtes connecté·e en tant que Conseiller·ère.'));
    await expectVisible(page.getByText('hub.brussels', { exact: true }));

    await page.getByRole('button', { name: /Langue/ }).click();
    await page.getByRole('menuitem', { name: 'Nederlands' }).click();
    await expectVisible(page.getByRole('heading', { name: /^Hallo / }));
    await expectVisible(page.getByText('U bent aangemeld als Adviseur.'));

    await page.getByRole('button', { name: 'Sarah El Amrani' }).click();
    await page.getByRole('menuitem', { name: 'Afmelden' }).click();
    await expectVisible(page.getByRole('textbox', { name: /^(Mot de passe|Wachtwoord)$/ }));
    await expectVisible(page.getByRole('button', { name: /^(Connexion|Aanmelden)$/ }));
    expect(page.url()).toMatch(/login/);
    await expect(page.getByRole('heading', { name: /^Hallo / }).count()).resolves.toBe(0);
  });

  test('an admin creates a user, sees them in the list, and that user can sign in', async () => {
    await signIn('admin@demo.traject.brussels');
    await expectVisible(page.getByRole('heading', { name: /^Hello / }));

    await page.getByRole('menuitem', { name: 'Users' }).click();
    await expectVisible(page.getByText('admin@demo.traject.brussels'));
    await page.getByRole('link', { name: 'Create' }).click();

    await page.getByRole('textbox', { name: 'Full name' }).fill('Lotte Vermeulen');
    await page.getByRole('textbox', { name: 'Email' }).fill('lotte.vermeulen@hub.brussels');
    await page.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Coordinator' }).click();
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Dutch' }).click();
    await page.getByRole('textbox', { name: 'Password' }).fill('Quartz-mouette-81-Flagey');
    await page.getByRole('button', { name: 'Save' }).click();

    const row = page.getByRole('row').filter({ hasText: 'lotte.vermeulen@hub.brussels' });
    await expectVisible(row);
    await expectVisible(row.getByText('Lotte Vermeulen'));
    await expectVisible(row.getByText('Coordinator'));

    const login = await fetch(`${app.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'lotte.vermeulen@hub.brussels', password: 'Quartz-mouette-81-Flagey' }),
    });
    expect(login.status).toBe(200);
    expect(((await login.json()) as { user: unknown }).user).toMatchObject({
      fullName: 'Lotte Vermeulen',
      role: 'coordinator',
      language: 'nl',
    });
  });

  test('a duplicate e-mail is refused next to the e-mail input', async () => {
    await signIn('admin@demo.traject.brussels');
    await expectVisible(page.getByRole('heading', { name: /^Hello / }));
    await page.getByRole('menuitem', { name: 'Users' }).click();
    await page.getByRole('link', { name: 'Create' }).click();

    await page.getByRole('textbox', { name: 'Full name' }).fill('A second advisor account');
    await page.getByRole('textbox', { name: 'Email' }).fill('advisor@demo.traject.brussels');
    await page.getByRole('textbox', { name: 'Password' }).fill('another-long-password');
    await page.getByRole('button', { name: 'Save' }).click();

    const email = page.getByRole('textbox', { name: 'Email' });
    await page.waitForFunction(
      () => document.querySelector('input[name="email"]')?.getAttribute('aria-invalid') === 'true',
      null,
      TIMEOUT,
    );
    const describedBy = await email.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${describedBy}"]`).innerText()).resolves.toMatch(/already has this e-mail address/);
    await expect(page.getByRole('row').filter({ hasText: 'A second advisor account' }).count()).resolves.toBe(0);
  });

  test('a coordinator does not see the Users menu', async () => {
    await signIn('coordinator@demo.traject.brussels');

    await expectVisible(page.getByRole('heading', { name: /^Hallo / }));
    await expectVisible(page.getByRole('menuitem', { name: 'Dashboard' }));
    await expect(page.getByRole('menuitem', { name: 'Gebruikers' }).count()).resolves.toBe(0);
    await expect(page.getByRole('menuitem', { name: /users|utilisateurs/i }).count()).resolves.toBe(0);
  });
});
