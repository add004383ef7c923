/**
 * Inline editing of the organisation overview's fields (issue 18): whoever may edit an organisation (PUT
 * /api/organisations/{id}: advisors, coordinators, admins) opens a field in place from its pencil button, saves with
 * Enter, gives up with Escape; the save carries the organisation's version, so a colleague's save in between is a
 * conflict shown at the field, and the API's field errors are shown there too. A manager reads plain text.
 */
import type { BrowserContext, Page } from 'playwright-core';
import {
  apiGet,
  consoleUnderTest,
  DEMO_PASSWORD,
  demoToken,
  describeInBrowser,
  expectVisible,
  seriousAccessibilityViolations,
  TIMEOUT,
} from '../support/browser';

interface OrganisationRecord {
  id: string;
  name: string;
  description: string | null;
  socialMission: string | null;
  website: string | null;
  phone: string | null;
  legalForm: string | null;
  version: number;
}

describeInBrowser('editing the organisation overview in place', () => {
  const app = consoleUnderTest();
  let context: BrowserContext | undefined;
  let page: Page;

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  const tokenOf = (email: string) => demoToken(app.server.url, email);
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

  /** An organisation of the register (not archived), as the API has it. */
  async function anOrganisation(token: string, index: number): Promise<OrganisationRecord> {
    const filter = encodeURIComponent(JSON.stringify({ archived: false }));
    const [organisation] = await api<OrganisationRecord[]>(
      `/organisations?filter=${filter}&sort=["name","ASC"]&range=[${index},${index}]`,
      token,
    );
    expect(organisation).toBeDefined();
    return organisation;
  }

  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

  test('an advisor edits the phone with the keyboard alone, gives up on the website with Escape, and picks a legal form', async () => {
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    const organisation = await anOrganisation(advisor.token, 0);
    await signIn('advisor@demo.traject.brussels');
    await page.goto(`/#/organisations/${organisation.id}/show`);

    // The pencil, from the keyboard: Enter opens the field, focused and labelled with its name.
    const phonePencil = page.getByRole('button', { name: 'Modifier « Téléphone »' });
    await expectVisible(phonePencil);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await phonePencil.focus();
    await page.keyboard.press('Enter');
    const phone = page.getByRole('textbox', { name: 'Téléphone' });
    await expectVisible(phone);
    await expectVisible(page.getByText('Entrée pour enregistrer, Échap pour abandonner'));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('02 555 12 34');
    await page.keyboard.press('Enter');
    await expectVisible(page.getByText('Modification enregistrée : Téléphone'));
    await expectVisible(page.locator('main').getByText('02 555 12 34'));
    expect(await phone.count()).toBe(0);
    expect(await focusedLabel()).toBe('Modifier « Téléphone »');
    await expect(api<OrganisationRecord>(`/organisations/${organisation.id}`, advisor.token)).resolves.toMatchObject({
      phone: '02 555 12 34',
    });

    // Escape gives up: nothing is sent, the value reads as before, focus is back on the pencil.
    await page.getByRole('button', { name: 'Modifier « Site web »' }).click();
    const website = page.getByRole('textbox', { name: 'Site web' });
    await website.fill('https://changed.example.org');
    await page.keyboard.press('Escape');
    expect(await website.count()).toBe(0);
    expect(await focusedLabel()).toBe('Modifier « Site web »');
    expect(await page.getByText('https://changed.example.org').count()).toBe(0);
    await expect(api<OrganisationRecord>(`/organisations/${organisation.id}`, advisor.token)).resolves.toMatchObject({
      website: organisation.website,
    });

    // A list of codes: a select in the field's place.
    await page.getByRole('button', { name: 'Modifier « Forme juridique »' }).click();
    await page.getByRole('combobox', { name: 'Forme juridique' }).selectOption('foundation');
    await page.keyboard.press('Enter');
    await expectVisible(page.getByText('Modification enregistrée : Forme juridique'));
    await expect(api<OrganisationRecord>(`/organisations/${organisation.id}`, advisor.token)).resolves.toMatchObject({
      legalForm: 'foundation',
    });
  }, 120_000);

  test('a field error from the API and a colleague’s save in between are shown at the field; saving again keeps both changes', async () => {
    const coordinator = await tokenOf('coordinator@demo.traject.brussels');
    const organisation = await anOrganisation(coordinator.token, 1);
    await signIn('coordinator@demo.traject.brussels');
    await page.goto(`/#/organisations/${organisation.id}/show`);

    // 400: the API's words for that field, at the field; nothing saved.
    await page.getByRole('button', { name: '“Website” wijzigen' }).click();
    const website = page.getByRole('textbox', { name: 'Website' });
    await website.fill('geen adres');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('input[aria-invalid="true"]') !== null, undefined, TIMEOUT);
    const websiteError = page.locator('main').getByRole('alert');
    await expectVisible(websiteError);
    expect(await websiteError.textContent()).not.toBe('Enter om op te slaan, Escape om te laten vallen');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(
      api<OrganisationRecord>(`/organisations/${organisation.id}`, coordinator.token),
    ).resolves.toMatchObject({ website: organisation.website, version: organisation.version });

    // 409: someone else saves the social mission while the description is being typed.
    await page.getByRole('button', { name: '“Beschrijving” wijzigen' }).click();
    const description = page.getByRole('textbox', { name: 'Beschrijving' });
    await description.fill('Een nieuwe beschrijving');
    const colleague = await tokenOf('advisor2@demo.traject.brussels');
    const current = await api<OrganisationRecord>(`/organisations/${organisation.id}`, colleague.token);
    const put = await fetch(`${app.server.url}/api/organisations/${organisation.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${colleague.token}` },
      body: JSON.stringify({ ...current, socialMission: 'De missie van een collega' }),
    });
    expect(put.status).toBe(200);
    await description.press('Enter');
    await expectVisible(page.getByText(/^Iemand anders heeft deze organisatie net gewijzigd/));
    // What was typed stays; the colleague's change is on the page now.
    expect(await description.inputValue()).toBe('Een nieuwe beschrijving');
    await expectVisible(page.locator('main').getByText('De missie van een collega'));
    await description.press('Enter');
    await expectVisible(page.getByText('Wijziging opgeslagen: Beschrijving'));
    await expect(
      api<OrganisationRecord>(`/organisations/${organisation.id}`, coordinator.token),
    ).resolves.toMatchObject({ description: 'Een nieuwe beschrijving', socialMission: 'De missie van een collega' });
  }, 120_000);

  test('a manager, who may not edit organisations, reads the overview as plain text', async () => {
    const manager = await tokenOf('manager@demo.traject.brussels');
    const organisation = await anOrganisation(manager.token, 0);
    await signIn('manager@demo.traject.brussels');
    await page.goto(`/#/organisations/${organisation.id}/show`);
    await expectVisible(page.locator('main').getByText(organisation.name));
    await expectVisible(page.locator('main').getByText('Téléphone'));
    expect(await page.getByRole('button', { name: /^Modifier « / }).count()).toBe(0);
    expect(await page.locator('[data-inline-field]').count()).toBe(0);
  }, 120_000);
});
