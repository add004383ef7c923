import { Client } from 'pg';
import type { BrowserContext, Page } from 'playwright-core';
import { consoleUnderTest, DEMO_PASSWORD, describeInBrowser, expectVisible, TIMEOUT } from '../support/browser';

/** The set-your-password link of the newest invitation mail to this address, as a console path. */
async function invitationLink(databaseUrl: string, email: string): Promise<string> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT body_text FROM outbox WHERE recipient = $1 AND template = 'user-invitation' ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    const link = /\/#\/set-password\?token=[A-Za-z0-9_-]+&lang=\w+/.exec(rows[0]?.body_text ?? '');
    if (!link) throw new Error(`no invitation mail to ${email}`);
    return link[0];
  } finally {
    await db.end();
  }
}

describeInBrowser('invitations: a new user chooses their own password', () => {
  const app = consoleUnderTest();
  const contexts: BrowserContext[] = [];
  const newPage = async (): Promise<Page> => {
    const context = await app.browser.newContext({ baseURL: app.server.url });
    contexts.push(context);
    return context.newPage();
  };
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
  });

  test('an admin creates a Dutch user without a password and sends the invitation again; the link opens in Dutch, sets a password, and the user signs in', async () => {
    const admin = await newPage();
    await admin.goto('/');
    await admin.getByRole('textbox', { name: 'E-mail' }).fill('admin@demo.traject.brussels');
    await admin.getByRole('textbox', { name: 'Mot de passe' }).fill(DEMO_PASSWORD);
    await admin.getByRole('button', { name: 'Connexion' }).click();
    await expectVisible(admin.getByRole('heading', { name: /^Hello / }));
    await admin.goto('/#/users/create');
    await expectVisible(admin.getByText('an invitation is sent by e-mail'));
    await admin.getByRole('textbox', { name: 'Full name' }).fill('Lotte Claes');
    await admin.getByRole('textbox', { name: 'Email' }).fill('lotte.claes@hub.brussels');
    await admin.getByRole('combobox', { name: 'Language' }).click();
    await admin.getByRole('option', { name: 'Dutch' }).click();
    await admin.getByRole('button', { name: 'Save' }).click();
    const row = admin.getByRole('row').filter({ hasText: 'lotte.claes@hub.brussels' });
    await expectVisible(row);
    const first = await invitationLink(app.server.databaseUrl, 'lotte.claes@hub.brussels');

    // The user page offers to send it again (she never signed in); the earlier link stops working.
    await row.getByText('Lotte Claes').click();
    await admin.getByRole('button', { name: 'Send the invitation again' }).click();
    await expectVisible(admin.getByText('Invitation sent to lotte.claes@hub.brussels'));
    const link = await invitationLink(app.server.databaseUrl, 'lotte.claes@hub.brussels');
    expect(link).not.toBe(first);
    expect(link).toMatch(/&lang=nl$/);

    // A French browser: the page follows the invitation's language.
    const page = await newPage();
    await page.goto(first);
    await expectVisible(page.getByRole('heading', { name: 'Kies uw wachtwoord' }));
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('nl');
    await page.getByLabel('Nieuw wachtwoord', { exact: false }).fill('Schaerbeek tram 92 kastanje');
    await page.getByLabel('Herhaal het wachtwoord', { exact: false }).fill('Schaerbeek tram 92 kastanje');
    await page.getByRole('button', { name: 'Mijn wachtwoord opslaan' }).click();
    await expectVisible(page.getByRole('alert').getByText(/niet \(meer\) geldig/));

    await page.goto(link);
    await expectVisible(page.getByRole('heading', { name: 'Kies uw wachtwoord' }));
    await expectVisible(page.getByText(/Minstens 12 tekens/));
    const password = page.getByLabel('Nieuw wachtwoord', { exact: false });
    await password.fill('aaaaaaaaaaaaaaaa');
    await page.getByLabel('Herhaal het wachtwoord', { exact: false }).fill('aaaaaaaaaaaaaaaa');
    await page.getByRole('button', { name: 'Mijn wachtwoord opslaan' }).click();
    await page.waitForFunction(
      () => document.getElementById('set-password-password')?.getAttribute('aria-invalid') === 'true',
      null,
      TIMEOUT,
    );
    await expectVisible(page.locator('#set-password-password-helper-text').getByText(/wachtwoord/i));

    await password.fill('Schaerbeek tram 92 kastanje');
    await page.getByLabel('Herhaal het wachtwoord', { exact: false }).fill('Schaerbeek tram 92 kastanje');
    await page.getByRole('button', { name: 'Mijn wachtwoord opslaan' }).click();
    await expectVisible(page.getByText('Uw wachtwoord is opgeslagen', { exact: false }));
    await page.getByRole('textbox', { name: 'E-mail' }).fill('lotte.claes@hub.brussels');
    await page.getByRole('textbox', { name: 'Wachtwoord' }).fill('Schaerbeek tram 92 kastanje');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expectVisible(page.getByRole('heading', { name: /^Hallo / }));
  });
});
