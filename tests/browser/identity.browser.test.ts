import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freePort } from '../../api/src/database/embedded-postgres.launcher';
import { consoleUnderTest, DEMO_PASSWORD, describeInBrowser, expectVisible, launchChromium } from '../support/browser';
import { startProvider, TestProvider } from '../support/oidc-provider';
import { RunningServer, startServer } from '../support/server';
import { appCode, awayFromStepEdge, scanQrCode } from '../support/totp';

/** The sign-in screen is French until someone signs in. */
async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await expectVisible(page.getByRole('heading', { name: 'Traject' }));
  await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(password);
  await page.getByRole('button', { name: 'Connexion' }).click();
}

describeInBrowser('identity: sessions and the second factor', () => {
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

  test('a manager sets up two-step sign-in by scanning the QR code, then signs in with a code from the app', async () => {
    const page = await newPage();
    await signIn(page, 'manager@demo.traject.brussels');
    await expectVisible(page.getByRole('heading', { name: /^Bonjour / }));
    await page.goto('/#/profile');
    await page.getByRole('button', { name: 'Activer' }).click();
    const qr = page.getByRole('img', { name: 'Code QR à scanner avec l’application d’authentification' });
    await expectVisible(qr);
    const otpauthUrl = scanQrCode((await qr.getAttribute('src'))!);
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Traject:manager%40demo\.traject\.brussels\?/);
    await awayFromStepEdge();
    await page.getByRole('textbox', { name: /^Code/ }).fill(appCode(otpauthUrl, -1));
    await page.getByRole('button', { name: 'Confirmer' }).click();
    const codes = page.getByRole('list', { name: 'Vos codes de secours' }).getByRole('listitem');
    await expectVisible(codes.first());
    await expect(codes.count()).resolves.toBe(10);
    await page.getByRole('button', { name: 'Je les ai conservés' }).click();
    await expectVisible(page.getByText(/Activée depuis le .*Il reste 10 codes de secours/));

    await page.getByRole('button', { name: 'Marc Van den Broeck' }).click();
    await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
    await signIn(page, 'manager@demo.traject.brussels');
    await expectVisible(page.getByRole('heading', { name: 'Connexion en deux étapes' }));
    await page.getByRole('textbox', { name: /^Code de l’application/ }).fill('000000');
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expectVisible(page.getByText('Code erroné, ou déjà utilisé : attendez le suivant.'));
    await awayFromStepEdge();
    await page.getByRole('textbox', { name: /^Code de l’application/ }).fill(appCode(otpauthUrl));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expectVisible(page.getByRole('heading', { name: /^Bonjour / }));
  });
});

describeInBrowser('identity: signing in with the organisation account', () => {
  let provider: TestProvider;
  let server: RunningServer;
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    provider = await startProvider({ callbacks: [`${url}/api/auth/oidc/callback`], afterLogout: [`${url}/`] });
    provider.people.set('sub-sarah', {
      email: 'advisor@demo.traject.brussels',
      email_verified: true,
      name: 'Sarah El Amrani',
    });
    server = await startServer({
      PORT: String(port),
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await provider?.close();
  });

  test("an advisor signs in through the provider's page and lands in the console; an unknown person is told to ask for access", async () => {
    const context = await browser.newContext({ baseURL: url });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Se connecter avec hub.brussels' }).click();
    // The provider's own sign-in page.
    await page.waitForURL((address) => address.href.startsWith(provider.issuer));
    await page.locator('input[name="login"]').fill('sub-sarah');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await expectVisible(page.getByRole('heading', { name: /^Bonjour Sarah El Amrani/ }));
    expect(page.url().startsWith(url)).toBe(true);
    await context.close();

    const stranger = await browser.newContext({ baseURL: url });
    const other = await stranger.newPage();
    provider.people.set('sub-stranger', { email: 'stranger@example.org', email_verified: true });
    await other.goto('/');
    await other.getByRole('link', { name: 'Se connecter avec hub.brussels' }).click();
    await other.waitForURL((address) => address.href.startsWith(provider.issuer));
    await other.locator('input[name="login"]').fill('sub-stranger');
    await other.locator('input[name="password"]').fill('any password');
    await other.getByRole('button', { name: 'Sign-in' }).click();
    await expectVisible(other.getByRole('alert').filter({ hasText: 'demandez un accès à un administrateur' }));
    await stranger.close();
  });
});
