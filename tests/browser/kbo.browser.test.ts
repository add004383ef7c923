import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_KBO_NEWCOMERS } from '../../api/src/seed/kbo-demo';
import { DEMO_ORGANISATIONS } from '../../api/src/seed/demo-organisations';
import { consoleUnderTest, DEMO_PASSWORD, describeInBrowser, expectVisible, TIMEOUT } from '../support/browser';

/**
 * The KBO open data and the duplicates in the console, on the demo (which loads a fictional full
 * extract, then an update in which the first demo organisation with a number is renamed and the
 * second goes bankrupt).
 */
describeInBrowser('KBO open data and duplicates in the console', () => {
  const app = consoleUnderTest();
  let context: BrowserContext;
  let page: Page;
  const [renamed, bankrupt] = DEMO_ORGANISATIONS.filter((o) => o.enterpriseNumber);

  beforeEach(async () => {
    context = await app.browser.newContext({ baseURL: app.server.url });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  async function signIn(email: string, firstHeading: RegExp): Promise<void> {
    await page.goto('/');
    await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await page.getByRole('textbox', { name: 'Mot de passe' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Connexion' }).click();
    await expectVisible(page.getByRole('heading', { name: firstHeading }));
  }

  /** Waits until `read` gives `expected` (the console updates after its requests answer). */
  async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
    const deadline = Date.now() + TIMEOUT.timeout;
    let last: T = await read();
    while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      last = await read();
    }
    expect(last).toEqual(expected);
  }

  async function api<T>(method: string, path: string, email: string, body?: unknown): Promise<T> {
    const login = await fetch(`${app.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    const { accessToken } = await login.json();
    const response = await fetch(`${app.server.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as T;
  }

  test('typing a number in the organisation form proposes what the KBO knows; "use all" fills the form', async () => {
    const newcomer = DEMO_KBO_NEWCOMERS[0];
    await signIn('advisor@demo.traject.brussels', /^Bonjour /);
    await page.goto('/#/organisations/create');
    await page.getByRole('textbox', { name: "Numéro d'entreprise" }).fill(newcomer.number);
    const proposal = page.getByTestId('kbo-proposal');
    await expectVisible(proposal.getByText(newcomer.fr));
    await expectVisible(proposal.getByText('Association sans but lucratif').or(proposal.getByText('ASBL')).first());
    await proposal.getByRole('button', { name: 'Tout reprendre' }).click();
    await eventually(() => page.getByRole('textbox', { name: 'Nom', exact: true }).inputValue(), newcomer.fr);
    await eventually(() => page.getByRole('textbox', { name: 'Code postal' }).inputValue(), newcomer.zipcode);
    await expectVisible(page.getByRole('combobox', { name: 'Commune' }).filter({ hasText: 'Forest' }));
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expectVisible(page.getByRole('tab', { name: 'Aperçu' }));
    await expectVisible(page.getByText(newcomer.fr).first());
    await expectVisible(page.getByText(newcomer.number).first());
  });

  test('the "KBO changed" banner shows the new name and applies it; a bankrupt enterprise is flagged in the list and on its recognition file', async () => {
    await signIn('coordinator@demo.traject.brussels', /^Hallo /);
    const [renamedOrg] = await api<{ id: string; name: string }[]>(
      'GET',
      `/api/organisations?filter=${encodeURIComponent(JSON.stringify({ q: renamed.name.split(' / ')[0] }))}`,
      'coordinator@demo.traject.brussels',
    );
    await page.goto(`/#/organisations/${renamedOrg.id}/show`);
    const banner = page.getByTestId('kbo-changed');
    const newName = `${renamed.name.split(' / ')[0]} - Cantine solidaire`;
    await expectVisible(banner.getByText(newName, { exact: false }));
    await banner.getByRole('button', { name: 'KBO-gegevens toepassen' }).click();
    await expectVisible(page.getByText(newName).first());
    await page.getByTestId('kbo-changed').waitFor({ state: 'detached', ...TIMEOUT });
    expect(
      (await api<{ name: string }>('GET', `/api/organisations/${renamedOrg.id}`, 'coordinator@demo.traject.brussels'))
        .name,
    ).toBe(newName);

    // The list: a red chip on the bankrupt enterprise, and the side filter keeps only the flagged ones.
    await page.goto('/#/organisations');
    await page.getByRole('button', { name: 'failliet', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: bankrupt.name });
    await expectVisible(row.getByTestId('kbo-alert-chip').filter({ hasText: 'failliet' }));
    await eventually(() => page.getByRole('row').count(), 2);

    // Its Brussels recognition file warns: not viable.
    const [bankruptOrg] = await api<{ id: string }[]>(
      'GET',
      `/api/organisations?filter=${encodeURIComponent(JSON.stringify({ kboAlert: ['bankruptcy'] }))}`,
      'coordinator@demo.traject.brussels',
    );
    await api('POST', '/api/recognitions', 'coordinator@demo.traject.brussels', {
      organisationId: bankruptOrg.id,
      kind: 'brussels_esd',
    });
    await page.goto(`/#/organisations/${bankruptOrg.id}/show/recognition`);
    await expectVisible(
      page
        .getByText('Volgens de KBO is de onderneming failliet, in vereffening of in gerechtelijke reorganisatie', {
          exact: false,
        })
        .first(),
    );
  });

  test('a coordinator merges two likely duplicates from the duplicates screen; the merged one leads to the survivor', async () => {
    const coordinator = 'coordinator@demo.traject.brussels';
    const first = await api<{ id: string }>('POST', '/api/organisations', coordinator, {
      name: 'ASBL Les Petits Jardins du Midi',
      website: 'https://petits-jardins-midi.example',
    });
    const second = await api<{ id: string }>('POST', '/api/organisations', coordinator, {
      name: 'Les Petits Jardins du Midi vzw',
      website: 'https://petits-jardins-midi.example',
      phone: '+32 2 555 01 02',
    });
    await signIn(coordinator, /^Hallo /);
    await page.goto('/#/duplicates');
    const pair = page.getByTestId('duplicate-pair').filter({ hasText: 'Petits Jardins du Midi' });
    await expectVisible(pair);
    await pair.getByRole('button', { name: /^Samenvoegen/ }).click();
    const dialog = page.getByRole('dialog');
    await expectVisible(dialog);
    // The survivor keeps the phone, whichever side has it.
    await dialog
      .getByRole('row')
      .filter({ hasText: 'Telefoon' })
      .getByRole('cell')
      .filter({ hasText: '+32 2 555 01 02' })
      .getByRole('radio')
      .check();
    await dialog.getByRole('button', { name: /^Samenvoegen$/ }).click();
    await dialog.waitFor({ state: 'detached', ...TIMEOUT });
    const merged = await fetch(`${app.server.url}/api/organisations/${second.id}`, {
      redirect: 'manual',
      headers: {
        Authorization: `Bearer ${(await (await fetch(`${app.server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: coordinator, password: DEMO_PASSWORD }) })).json()).accessToken}`,
      },
    });
    const survivorId = merged.status === 301 ? (await merged.json()).mergedIntoId : null;
    const loser = survivorId ? second.id : first.id;
    const survivor = survivorId ?? second.id;
    expect([first.id, second.id]).toContain(survivor);
    expect(loser).not.toBe(survivor);
    const kept = await api<{ phone: string | null }>('GET', `/api/organisations/${survivor}`, coordinator);
    expect(kept.phone).toBe('+32 2 555 01 02');
    await eventually(() => page.getByTestId('duplicate-pair').filter({ hasText: 'Petits Jardins du Midi' }).count(), 0);
  });
});
