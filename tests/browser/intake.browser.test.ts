import type { BrowserContext, Page } from 'playwright-core';
import {
  consoleUnderTest,
  DEMO_PASSWORD,
  describeInBrowser,
  expectVisible,
  seriousAccessibilityViolations,
  TIMEOUT,
} from '../support/browser';

describeInBrowser('the public intake form and the coordinators’ inbox', () => {
  // A person needs at least a second here (3 by default): the tests wait that long before sending.
  // Every submission of the suite comes from one address: the per-address limit is raised for it.
  const app = consoleUnderTest({ INTAKE_MIN_FILL_SECONDS: '1', INTAKE_MAX_PER_ADDRESS: '100' });
  let context: BrowserContext;
  let page: Page;
  afterEach(async () => {
    await context?.close();
  });

  async function openForm(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<void> {
    context = await app.browser.newContext({
      baseURL: app.server.url,
      viewport: { width: 390, height: 844 },
      bypassCSP: true,
      ...options,
    });
    page = await context.newPage();
    await page.goto(path);
  }

  async function fillInDutch(email: string): Promise<void> {
    await page.getByLabel('Voornaam').fill('Lotte');
    await page.getByLabel('Achternaam').fill('Janssens');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Naam van de organisatie of het project').fill('Fietsatelier De Ketting');
    await page.getByLabel('Postcode').fill('1080');
    await page.getByLabel('Ik start mijn activiteit').check();
    await page.getByLabel('Financiering').check();
    await page.getByLabel('Coöperatief bestuur').check();
    await page
      .getByRole('textbox', { name: 'Uw vraag', exact: true })
      .fill('Kunnen we als coöperatie een erkenning als sociale onderneming aanvragen?');
  }

  test('a visitor fills the form in Dutch with JavaScript: the number is checked as they type, then the confirmation', async () => {
    await openForm('/nl/intake');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await fillInDutch('lotte@ketting.example.be');
    const number = page.getByLabel('Ondernemingsnummer');
    await number.fill('0431.150.351');
    await expectVisible(page.getByText('Dit ondernemingsnummer is niet geldig'));
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    await number.fill('0440.966.354');
    await expectVisible(page.getByText('Geldig ondernemingsnummer.'));
    await page.getByLabel(/Ik ga ermee akkoord/).check();
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: 'Mijn vraag versturen' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Bedankt, uw vraag is goed aangekomen' }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('without JavaScript the plain form post shows each error next to its field, then the confirmation', async () => {
    await openForm('/nl/intake', { javaScriptEnabled: false });
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: 'Mijn vraag versturen' }).click();
    await expectVisible(page.getByText('Het formulier bevat fouten:'));
    expect(await page.locator('#firstName-error').textContent()).toBe('Dit veld is verplicht.');
    expect(await page.locator('#consent-error').textContent()).toBe(
      'We hebben uw akkoord nodig om uw vraag te behandelen.',
    );
    await fillInDutch('lotte.nojs@ketting.example.be');
    await page.getByLabel(/Ik ga ermee akkoord/).check();
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: 'Mijn vraag versturen' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Bedankt, uw vraag is goed aangekomen' }));
  });

  test('axe finds no serious or critical violation on the public form, empty and with its errors, in French and Dutch', async () => {
    for (const path of ['/fr/intake', '/nl/intake']) {
      await openForm(path);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.waitForTimeout(1200);
      await page.locator('button[type=submit]').click();
      await expectVisible(page.locator('#error-summary'));
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await context.close();
    }
  });

  test('a coordinator (in Dutch) converts a French intake into an organisation with a case and finds the question on its timeline', async () => {
    await openForm('/fr/intake');
    await page.getByLabel('Prénom').fill('Youssef');
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('El Amrani');
    await page.getByLabel('Adresse e-mail').fill('youssef@repaircafe.example.be');
    await page.getByLabel('Nom de l’organisation ou du projet').fill('Repair Café Anneessens');
    await page
      .getByRole('textbox', { name: 'Votre question', exact: true })
      .fill('Comment financer un atelier de réparation coopératif ?');
    await page.getByLabel(/J’accepte que hub\.brussels/).check();
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: 'Envoyer ma question' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Merci, votre question est bien arrivée' }));
    await context.close();

    context = await app.browser.newContext({ baseURL: app.server.url, viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await page.goto('/');
    await page.getByRole('textbox', { name: 'E-mail' }).fill('coordinator@demo.traject.brussels');
    await page.getByRole('textbox', { name: 'Mot de passe' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Connexion' }).click();
    await page.getByRole('menuitem', { name: /Binnengekomen vragen/ }).click();
    await page.getByText('Repair Café Anneessens').click();
    await expectVisible(page.getByText('Comment financer un atelier de réparation coopératif ?'));
    await page.getByRole('button', { name: 'Omzetten' }).click();
    const dialog = page.getByRole('dialog', { name: 'De vraag omzetten' });
    await expectVisible(dialog);
    await dialog.getByLabel('Een nieuwe organisatie aanmaken').check();
    await dialog.getByRole('button', { name: 'Omzetten' }).click();
    await expectVisible(page.getByText('Vraag omgezet'));
    await page.waitForURL(/\/organisations\/[0-9a-f-]+\/show/, TIMEOUT);
    await expectVisible(page.getByText('Repair Café Anneessens'));
    await page.getByRole('tab', { name: 'Traject', exact: true }).click();
    await expectVisible(page.getByText('Vraag ontvangen via het openbare formulier'));
    await expectVisible(page.getByText('Comment financer un atelier de réparation coopératif ?'));
  });
});
