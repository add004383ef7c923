import type { BrowserContext, Page } from 'playwright-core';
import { consoleUnderTest, demoToken, describeInBrowser, expectVisible, TIMEOUT } from '../support/browser';
import { startSmtp, TestSmtp } from '../support/smtp';

/** The console's "forgot your password" path, with the mail read from a real SMTP server. */
describeInBrowser('forgot password: from the sign-in screen to a new password', () => {
  // The SMTP server starts first; the app reads its address when it starts (this object, filled in before).
  let smtp: TestSmtp;
  const env: Record<string, string> = {};
  beforeAll(async () => {
    smtp = await startSmtp();
    env.SMTP_URL = smtp.url;
  });
  const app = consoleUnderTest(env);
  const contexts: BrowserContext[] = [];
  const newPage = async (): Promise<Page> => {
    const context = await app.browser.newContext({ baseURL: app.server.url });
    contexts.push(context);
    return context.newPage();
  };
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await smtp?.close();
  });

  /** Sends the outbox now (as the demo admin would from the jobs page) and answers the console path of the newest reset link to this address. */
  const resetLinkTo = async (email: string): Promise<string> => {
    const admin = await demoToken(app.server.url, 'admin@demo.traject.brussels');
    const run = await fetch(`${app.server.url}/api/jobs/mail-outbox/run`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin.token}` },
    });
    expect(run.status).toBe(200);
    const mails = smtp.received.filter((m) => m.to.includes(email));
    const link = /\/#(\/set-password\?token=[A-Za-z0-9_-]+&lang=\w+&purpose=reset)/.exec(
      mails[mails.length - 1]?.parsed.text ?? '',
    );
    if (!link) throw new Error(`no reset mail to ${email}`);
    return `/#${link[1]}`;
  };

  const ask = async (page: Page, email: string) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Mot de passe oublié ?' }));
    const field = page.getByRole('textbox', { name: 'Adresse e-mail' });
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await field.fill(email);
    await page.getByRole('button', { name: 'Recevoir un lien' }).click();
    const status = page.getByRole('status');
    await expectVisible(status.getByText('Demande enregistrée'));
    // The confirmation takes the focus, so that it is read out.
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status', null, TIMEOUT);
    return (await status.innerText()).replace(email, '<email>');
  };

  test('a Dutch colleague asks from the French sign-in screen, opens the mail’s link in Dutch, chooses a new password and signs in with it', async () => {
    const page = await newPage();
    const confirmation = await ask(page, 'advisor2@demo.traject.brussels');
    expect(confirmation).toContain('un e-mail vient de lui être envoyé');

    // Someone typing an address that has no account reads exactly the same.
    const other = await newPage();
    expect(await ask(other, 'nobody@hub.brussels')).toBe(confirmation);

    const link = await resetLinkTo('advisor2@demo.traject.brussels');
    await page.goto(link);
    await expectVisible(page.getByRole('heading', { name: 'Kies een nieuw wachtwoord' }));
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('nl');
    await page.getByLabel('Nieuw wachtwoord', { exact: false }).fill('Schaerbeek tram 92 kastanje');
    await page.getByLabel('Herhaal het wachtwoord', { exact: false }).fill('Schaerbeek tram 92 kastanje');
    await page.getByRole('button', { name: 'Mijn nieuwe wachtwoord opslaan' }).click();
    await expectVisible(page.getByText('Uw nieuwe wachtwoord is opgeslagen', { exact: false }));
    await page.getByRole('textbox', { name: 'E-mail' }).fill('advisor2@demo.traject.brussels');
    await page.getByRole('textbox', { name: 'Wachtwoord' }).fill('Schaerbeek tram 92 kastanje');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expectVisible(page.getByRole('heading', { name: /^Hallo / }));

    // The link worked once: opened again, it says so, in Dutch.
    const again = await newPage();
    await again.goto(link);
    await again.getByLabel('Nieuw wachtwoord', { exact: false }).fill('Another tram 93 kastanje');
    await again.getByLabel('Herhaal het wachtwoord', { exact: false }).fill('Another tram 93 kastanje');
    await again.getByRole('button', { name: 'Mijn nieuwe wachtwoord opslaan' }).click();
    await expectVisible(again.getByRole('alert').getByText(/al gebruikt/));
  });
});
