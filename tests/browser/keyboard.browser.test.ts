/**
 * The README's journeys with the keyboard alone: every step is a key press (Tab, Shift+Tab, Enter, Space, arrows,
 * Escape, typed text); no click. Each element reached by Tab must show a visible focus ring (WCAG 2.4.7), dialogs
 * take the focus when they open and give it back when they close (2.4.3), and the board moves cases without a drag
 * (2.1.1). The journeys are the ones the accessibility statement lists (api/src/accessibility/checks.ts).
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { KEYBOARD_JOURNEYS } from '../../api/src/accessibility/checks';
import { INDICATORS } from '../../api/src/domain/emes';
import { EMES_GUIDANCE } from '../../api/src/domain/emes-guidance';
import {
  consoleUnderTest,
  DEMO_PASSWORD,
  describeInBrowser,
  expectVisible,
  TIMEOUT,
  demoToken,
  apiGet,
} from '../support/browser';

interface CaseRecord {
  id: string;
  organisationId: string;
  stage: string;
  advisorId: string | null;
  title: string;
}

describeInBrowser('the console with the keyboard alone', () => {
  const app = consoleUnderTest();
  let context: BrowserContext | undefined;
  let page: Page;
  /** Journeys walked by the tests below (checked against the statement's list at the end). */
  const walked = new Set<string>();

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  const tokenOf = (email: string) => demoToken(app.server.url, email);

  const api = <T>(path: string, token: string) => apiGet<T>(app.server.url, path, token);

  /** Signs in with the keyboard: the e-mail field has the focus first or is reached by Tab. */
  async function signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    context = await app.browser.newContext({ baseURL: app.server.url, viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await page.goto('/');
    await tabTo(page.getByRole('textbox', { name: /^(E-mail)/ }));
    await page.keyboard.type(email);
    await tabTo(page.locator('input[type=password]'));
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.hash.includes('login'), TIMEOUT);
    await page.locator('main').first().waitFor(TIMEOUT);
  }

  const isFocused = (target: Locator) =>
    target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement));

  /**
   * Presses Tab (Shift+Tab when `back`) until `target` has the focus, checking that each element reached shows a
   * focus ring; fails after `max` presses.
   */
  async function tabTo(target: Locator, { back = false, max = 80 } = {}): Promise<void> {
    await target.first().waitFor({ state: 'visible', ...TIMEOUT });
    for (let presses = 0; presses <= max; presses += 1) {
      if (await isFocused(target.first())) return;
      await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      await expectVisibleFocus();
    }
    throw new Error(`${max} presses of Tab did not reach ${target.toString()}`);
  }

  /** The focused element draws an outline of at least 2 px, or is a text field inside a visibly focused field. */
  async function expectVisibleFocus(): Promise<void> {
    const ring = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return 'body';
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const focusedField = !!element.closest('.Mui-focused');
      return outline || focusedField
        ? 'visible'
        : `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent?.slice(0, 40)}`;
    });
    if (ring !== 'visible' && ring !== 'body') throw new Error(`no visible focus on ${ring}`);
  }

  /** Tabs are one stop (the selected tab): Tab reaches it, the arrow keys go to the one wanted, Enter opens it. */
  async function openTab(name: string, { back = false } = {}): Promise<void> {
    await tabTo(page.getByRole('tab', { selected: true }), { back });
    const wanted = page.getByRole('tab', { name, exact: true });
    await pressUntil(back ? 'ArrowLeft' : 'ArrowRight', () => isFocused(wanted), 12);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (tab) => document.querySelector('[role=tab][aria-selected=true]')?.textContent === tab,
      name,
      TIMEOUT,
    );
  }

  async function pressUntil(key: string, done: () => Promise<boolean>, max = 30): Promise<void> {
    for (let presses = 0; presses < max; presses += 1) {
      if (await done()) return;
      await page.keyboard.press(key);
    }
    if (!(await done())) throw new Error(`${max} presses of ${key} did not get there`);
  }

  test('"/" focuses the search; the arrow keys reach the results and Enter opens one', async () => {
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    const [organisation] = await api<{ id: string; name: string }[]>(
      '/organisations?range=[0,0]&sort=["name","ASC"]',
      advisor.token,
    );
    await signIn('advisor@demo.traject.brussels');
    await expectVisible(page.getByRole('searchbox', { name: 'Rechercher dans Traject' }));
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Rechercher dans Traject' });
    expect(await isFocused(search)).toBe(true);
    await expectVisibleFocus();
    await page.keyboard.type(organisation.name.slice(0, 12));
    await expectVisible(page.locator('[data-search-hit]'));
    await expectVisible(page.getByRole('status').filter({ hasText: /\d+ résultats?/ }));
    await page.keyboard.press('ArrowDown');
    const first = page.locator('[data-search-hit]').first();
    expect(await isFocused(first)).toBe(true);
    await expectVisibleFocus();
    await page.keyboard.press('ArrowUp');
    expect(await isFocused(search)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/organisations\/[^/]+\/show/, TIMEOUT);
    walked.add('search');
  });

  test('an advisor logs a meeting from the organisation page; focus goes into the dialog and back to its button', async () => {
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    const [openCase] = await api<CaseRecord[]>(
      `/cases?filter=${encodeURIComponent(JSON.stringify({ advisorId: advisor.id, status: 'open' }))}&range=[0,0]`,
      advisor.token,
    );
    await signIn('advisor@demo.traject.brussels');
    await page.goto(`/#/organisations/${openCase.organisationId}/show`);
    await openTab('Rencontres');
    await page.waitForURL(/show\/meetings/, TIMEOUT);
    const opener = page.getByRole('button', { name: 'Noter une rencontre' });
    await tabTo(opener);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Noter une rencontre' });
    await expectVisible(dialog);
    await page.waitForFunction(() => !!document.activeElement?.closest('[role=dialog]'), undefined, TIMEOUT);
    await tabTo(dialog.getByRole('textbox', { name: 'Objet' }));
    await page.keyboard.type('Visite au clavier');
    await tabTo(dialog.getByRole('textbox', { name: 'Notes' }));
    await page.keyboard.type('Notée sans souris.');
    // A date is typed with digits (JJ/MM/AAAA whatever the browser's locale): Tab lands on the day.
    await tabTo(dialog.getByRole('group', { name: 'Suivi le' }));
    await page.keyboard.type('31012027');
    await tabTo(dialog.getByRole('button', { name: 'Enregistrer' }));
    await page.keyboard.press('Enter');
    await expectVisible(page.getByText('Rencontre enregistrée'));
    await dialog.waitFor({ state: 'detached', ...TIMEOUT });
    await page.waitForFunction(
      () => document.activeElement?.textContent?.includes('Noter une rencontre'),
      undefined,
      TIMEOUT,
    );
    const [meeting] = await api<{ subject: string; notes: string; followUpOn: string }[]>(
      `/meetings?filter=${encodeURIComponent(JSON.stringify({ organisationId: openCase.organisationId, subject: 'Visite au clavier' }))}`,
      advisor.token,
    );
    expect(meeting).toMatchObject({
      subject: 'Visite au clavier',
      notes: 'Notée sans souris.',
      followUpOn: '2027-01-31',
    });
    walked.add('log_meeting');

    // Escape closes a dialog and gives the focus back too (the "add a contact" dialog).
    await openTab('Contacts', { back: true });
    const addContact = page.getByRole('button', { name: 'Ajouter un contact' });
    await tabTo(addContact);
    await page.keyboard.press('Enter');
    await expectVisible(page.getByRole('dialog'));
    await page.waitForFunction(() => !!document.activeElement?.closest('[role=dialog]'), undefined, TIMEOUT);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached', ...TIMEOUT });
    expect(await isFocused(addContact)).toBe(true);
    walked.add('dialog_focus');
    walked.add('visible_focus');
  }, 240_000);

  test('an advisor fills and finalises an EMES assessment; each rating toggle is reached and says it is pressed', async () => {
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    const filter = encodeURIComponent(JSON.stringify({ advisorId: advisor.id, status: 'open' }));
    const cases = await api<CaseRecord[]>(`/cases?filter=${filter}&range=[1,1]`, advisor.token);
    const organisationId = cases[0].organisationId;
    await signIn('advisor@demo.traject.brussels');
    await page.goto(`/#/organisations/${organisationId}/show/assessments`);
    await tabTo(page.getByRole('button', { name: 'Nouvelle évaluation' }));
    await page.keyboard.press('Enter');
    await expectVisible(page.getByRole('heading', { name: /^Profil EMES du / }));
    for (const { code } of INDICATORS) {
      const toggle = page
        .getByRole('group', { name: EMES_GUIDANCE[code].fr.title, exact: true })
        .getByRole('button', { name: 'Rempli', exact: true });
      await tabTo(toggle);
      await page.keyboard.press('Space');
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    }
    const result = page.getByRole('complementary', { name: 'Lecture de hub.brussels' });
    await tabTo(result.getByRole('button', { name: 'Finaliser' }));
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog');
    await expectVisible(confirm);
    await tabTo(confirm.getByRole('button', { name: 'Finaliser' }));
    await page.keyboard.press('Enter');
    await expectVisible(page.getByText('Évaluation finalisée', { exact: true }));
    const [assessment] = await api<{ status: string }[]>(
      `/assessments?filter=${encodeURIComponent(JSON.stringify({ organisationId }))}`,
      advisor.token,
    );
    expect(assessment.status).toBe('final');
    walked.add('assessment');
  }, 240_000);

  test('an advisor moves a case on the board with its "move to" menu, and the focus follows the card', async () => {
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    const filter = encodeURIComponent(JSON.stringify({ advisorId: advisor.id, status: 'open' }));
    const [record] = await api<CaseRecord[]>(`/cases?filter=${filter}&range=[2,2]`, advisor.token);
    const organisation = await api<{ name: string }>(`/organisations/${record.organisationId}`, advisor.token);
    await signIn('advisor@demo.traject.brussels');
    await page.goto('/#/board');
    const card = page.locator(`article[data-case-id="${record.id}"]`);
    await expectVisible(card);
    // The card says which organisation it is, not the case's title again.
    await expectVisible(card.getByRole('link', { name: organisation.name }));
    const button = card.getByRole('button', { name: `Déplacer vers… (${organisation.name})` });
    await tabTo(button);
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expectVisible(menu);
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem', undefined, TIMEOUT);
    await page.keyboard.press('ArrowDown');
    const chosen = (await page.evaluate(() => document.activeElement?.textContent ?? '')).replace('Déplacer vers ', '');
    await page.keyboard.press('Enter');
    const column = page.getByRole('region', { name: chosen, exact: true });
    await expectVisible(column.locator(`article[data-case-id="${record.id}"]`));
    await expectVisible(page.getByText(`Accompagnement passé à l’étape ${chosen}`));
    await page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-move-button') === id,
      record.id,
      TIMEOUT,
    );
    const moved = await api<CaseRecord>(`/cases/${record.id}`, advisor.token);
    expect(moved.stage).not.toBe(record.stage);
    walked.add('board_move');
  });

  test('a coordinator opens a case and assigns it', async () => {
    const coordinator = await tokenOf('coordinator@demo.traject.brussels');
    const filter = encodeURIComponent(JSON.stringify({ advisorId: null, status: 'open' }));
    const [record] = await api<CaseRecord[]>(`/cases?filter=${filter}&range=[0,0]`, coordinator.token);
    expect(record).toBeDefined();
    await signIn('coordinator@demo.traject.brussels');
    await page.goto(`/#/cases/${record.id}/show`);
    await tabTo(page.getByRole('link', { name: 'Bewerken' }));
    await page.keyboard.press('Enter');
    const advisorField = page.getByRole('combobox', { name: 'Adviseur' });
    await tabTo(advisorField);
    await page.keyboard.type('Sarah');
    await expectVisible(page.getByRole('option', { name: 'Sarah El Amrani' }));
    await pressUntil(
      'ArrowDown',
      async () =>
        (await page.evaluate(() => document.querySelector('[role=option].Mui-focused')?.textContent ?? '')) ===
        'Sarah El Amrani',
    );
    await page.keyboard.press('Enter');
    await tabTo(page.getByRole('button', { name: 'Opslaan' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/show$/, TIMEOUT);
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    await expect(api<CaseRecord>(`/cases/${record.id}`, coordinator.token)).resolves.toMatchObject({
      advisorId: advisor.id,
    });
    walked.add('assign_case');
  });

  test('the accessibility statement lists exactly the journeys walked above', () => {
    expect([...walked].sort()).toEqual([...KEYBOARD_JOURNEYS].sort());
  });
});
