/**
 * Undo instead of nothing (issue 18): assigning a case from the home page or from its edit form, moving a case on the
 * board and moving a referral are saved at once, and their toast offers "Annuler" / "Ongedaan maken" / "Undo", which
 * sends the reverse change to the API (for a referral's move, `POST /referrals/{id}/undo-move`; for a referral's edit, a
 * PUT of the values it changed).
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

interface CaseRecord {
  id: string;
  organisationId: string;
  advisorId: string | null;
  stage: string;
}

describeInBrowser('undoing a change from its toast', () => {
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

  test('a coordinator assigns a case from the home page, then undoes it: the case has no advisor again (in Dutch)', async () => {
    const coordinator = await tokenOf('coordinator@demo.traject.brussels');
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    const filter = encodeURIComponent(JSON.stringify({ advisorId: null, status: 'open' }));
    const [record] = await api<CaseRecord[]>(
      `/cases?filter=${filter}&sort=["openedOn","ASC"]&range=[0,0]`,
      coordinator.token,
    );
    expect(record).toBeDefined();
    const organisation = await api<{ name: string }>(`/organisations/${record.organisationId}`, coordinator.token);
    await signIn('coordinator@demo.traject.brussels');
    const widget = page.getByRole('region', { name: 'Trajecten zonder adviseur' });
    const row = widget.getByRole('row').filter({ hasText: organisation.name }).first();
    await expectVisible(row);
    await row.getByRole('combobox', { name: 'Toewijzen aan' }).click();
    await page.getByRole('option', { name: 'Sarah El Amrani' }).click();
    await expectVisible(page.getByText('Traject toegewezen aan Sarah El Amrani'));
    await expect(api<CaseRecord>(`/cases/${record.id}`, coordinator.token)).resolves.toMatchObject({
      advisorId: advisor.id,
    });

    await page.getByRole('button', { name: 'Ongedaan maken: Traject toegewezen aan Sarah El Amrani' }).click();
    await expectVisible(page.getByText('Wijziging ongedaan gemaakt'));
    await expect(api<CaseRecord>(`/cases/${record.id}`, coordinator.token)).resolves.toMatchObject({ advisorId: null });
    // Back among the cases to assign.
    await expectVisible(widget.getByRole('row').filter({ hasText: organisation.name }));
  }, 120_000);

  test('a coordinator changes the advisor in the case edit form, then undoes it: the previous advisor has it again (in Dutch)', async () => {
    const coordinator = await tokenOf('coordinator@demo.traject.brussels');
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    const other = await tokenOf('advisor2@demo.traject.brussels');
    const filter = encodeURIComponent(JSON.stringify({ advisorId: advisor.id, status: 'open' }));
    const [record] = await api<CaseRecord[]>(`/cases?filter=${filter}&range=[2,2]`, coordinator.token);
    expect(record).toBeDefined();
    await signIn('coordinator@demo.traject.brussels');
    await page.goto(`/#/cases/${record.id}`);
    const advisorInput = page.getByRole('combobox', { name: 'Adviseur' });
    await expectVisible(advisorInput);
    // The form is filled once the advisor's name has loaded.
    for (let tries = 0; tries < 60 && (await advisorInput.inputValue()) !== 'Sarah El Amrani'; tries++)
      await page.waitForTimeout(250);
    expect(await advisorInput.inputValue()).toBe('Sarah El Amrani');
    await advisorInput.fill('Pieter');
    await page.getByRole('option', { name: 'Pieter Janssens' }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const assigned = 'Traject toegewezen aan Pieter Janssens';
    await expectVisible(page.getByText(assigned));
    await page.waitForURL((url) => url.hash.endsWith('/show'), TIMEOUT);
    await expect(api<CaseRecord>(`/cases/${record.id}`, coordinator.token)).resolves.toMatchObject({
      advisorId: other.id,
    });

    await page.getByRole('button', { name: `Ongedaan maken: ${assigned}` }).click();
    await expectVisible(page.getByText('Wijziging ongedaan gemaakt'));
    await expect(api<CaseRecord>(`/cases/${record.id}`, coordinator.token)).resolves.toMatchObject({
      advisorId: advisor.id,
    });
    // The case page, reloaded, names her again.
    await expectVisible(page.locator('main').getByText('Sarah El Amrani'));
  }, 120_000);

  test('an advisor moves a case on the board, then undoes it: the case is back at its stage, and its card in its column', async () => {
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    const filter = encodeURIComponent(JSON.stringify({ advisorId: advisor.id, status: 'open' }));
    const [record] = await api<CaseRecord[]>(`/cases?filter=${filter}&range=[1,1]`, advisor.token);
    const organisation = await api<{ name: string }>(`/organisations/${record.organisationId}`, advisor.token);
    await signIn('advisor@demo.traject.brussels');
    await page.goto('/#/board');
    const card = page.locator(`article[data-case-id="${record.id}"]`);
    await expectVisible(page.locator(`section[data-stage="${record.stage}"] article[data-case-id="${record.id}"]`));
    await card.getByRole('button', { name: `Déplacer vers… (${organisation.name})` }).click();
    const item = page.locator('.MuiPopover-root [role=menuitem]').first();
    const chosen = ((await item.textContent()) ?? '').replace('Déplacer vers ', '');
    await item.click();
    const moved = `Accompagnement passé à l’étape ${chosen}`;
    await expectVisible(page.getByText(moved));
    const after = await api<CaseRecord>(`/cases/${record.id}`, advisor.token);
    expect(after.stage).not.toBe(record.stage);

    await page.getByRole('button', { name: `Annuler : ${moved}` }).click();
    await expectVisible(page.getByText('Modification annulée'));
    await expect(api<CaseRecord>(`/cases/${record.id}`, advisor.token)).resolves.toMatchObject({ stage: record.stage });
    await expectVisible(page.locator(`section[data-stage="${record.stage}"] article[data-case-id="${record.id}"]`));
  }, 120_000);

  test('an advisor sends a referral, then undoes it: the referral is proposed again', async () => {
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    const filter = encodeURIComponent(JSON.stringify({ advisorId: advisor.id, status: 'open' }));
    // An organisation of theirs without referrals, so the one made here is the only one with a "send" button.
    const cases = await api<CaseRecord[]>(`/cases?filter=${filter}&range=[0,49]`, advisor.token);
    let record: CaseRecord | undefined;
    for (const candidate of cases) {
      const referrals = await api<unknown[]>(
        `/referrals?filter=${encodeURIComponent(JSON.stringify({ organisationId: candidate.organisationId }))}`,
        advisor.token,
      );
      if (referrals.length === 0) {
        record = candidate;
        break;
      }
    }
    if (!record) throw new Error('no organisation of the advisor without referrals in the demo data');
    const created = await fetch(`${app.server.url}/api/referrals`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${advisor.token}` },
      body: JSON.stringify({ organisationId: record.organisationId, partner: 'bissib' }),
    });
    expect(created.status).toBe(201);
    const referral = (await created.json()) as { id: string; status: string };
    await signIn('advisor@demo.traject.brussels');
    await page.goto(`/#/organisations/${record.organisationId}/show`);
    await page.getByRole('tab', { name: 'Orientations' }).click();
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await expectVisible(page.getByText(/^Orientation désormais/));
    await expect(api<{ status: string }>(`/referrals/${referral.id}`, advisor.token)).resolves.toMatchObject({
      status: 'sent',
    });

    await page.getByRole('button', { name: /^Annuler : Orientation désormais/ }).click();
    await expectVisible(page.getByText('Modification annulée'));
    await expect(api<{ status: string }>(`/referrals/${referral.id}`, advisor.token)).resolves.toMatchObject({
      status: 'proposed',
    });
  }, 120_000);

  test('an advisor edits a referral, then undoes it: the referral has its previous outcome again', async () => {
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    const filter = encodeURIComponent(JSON.stringify({ advisorId: advisor.id, status: 'open' }));
    // An organisation of theirs without referrals, so the one made here is the only one on its tab.
    const cases = await api<CaseRecord[]>(`/cases?filter=${filter}&range=[0,49]`, advisor.token);
    let record: CaseRecord | undefined;
    for (const candidate of cases) {
      const referrals = await api<unknown[]>(
        `/referrals?filter=${encodeURIComponent(JSON.stringify({ organisationId: candidate.organisationId }))}`,
        advisor.token,
      );
      if (referrals.length === 0) {
        record = candidate;
        break;
      }
    }
    if (!record) throw new Error('no organisation of the advisor without referrals in the demo data');
    const created = await fetch(`${app.server.url}/api/referrals`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${advisor.token}` },
      body: JSON.stringify({ organisationId: record.organisationId, partner: 'bissib', outcome: 'Premier appel' }),
    });
    expect(created.status).toBe(201);
    const referral = (await created.json()) as { id: string; version: number };
    await signIn('advisor@demo.traject.brussels');
    await page.goto(`/#/organisations/${record.organisationId}/show`);
    await page.getByRole('tab', { name: 'Orientations' }).click();
    // Named with what it edits, beginning with the word it shows.
    await page.getByRole('button', { name: /^Éditer l’orientation vers BISSIB – .* du \d\d\/\d\d\/\d{4}$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Modifier l’orientation' });
    await expectVisible(dialog);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const outcome = dialog.getByRole('textbox', { name: 'Résultat' });
    expect(await outcome.inputValue()).toBe('Premier appel');
    await outcome.fill('Rendez-vous fixé avec BISSIB');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expectVisible(page.getByText('Orientation modifiée'));
    expect(await dialog.count()).toBe(0);
    await expectVisible(page.locator('main').getByText('Rendez-vous fixé avec BISSIB'));
    await expect(api<{ outcome: string }>(`/referrals/${referral.id}`, advisor.token)).resolves.toMatchObject({
      outcome: 'Rendez-vous fixé avec BISSIB',
      version: referral.version + 1,
    });

    await page.getByRole('button', { name: 'Annuler : Orientation modifiée' }).click();
    await expectVisible(page.getByText('Modification annulée'));
    await expect(api<{ outcome: string }>(`/referrals/${referral.id}`, advisor.token)).resolves.toMatchObject({
      outcome: 'Premier appel',
      status: 'proposed',
      version: referral.version + 2,
    });
    await expectVisible(page.locator('main').getByText('Premier appel'));
  }, 120_000);
});
