import type { BrowserContext, Page } from 'playwright-core';
import {
  consoleUnderTest,
  DEMO_PASSWORD,
  describeInBrowser,
  expectVisible,
  demoToken,
  apiGet,
  typeDate,
} from '../support/browser';

/**
 * The phone after a visit (issue 18): at 390x844 and 360x740, touch screen, an advisor searches an
 * organisation, opens it, logs a meeting with participants and a follow-up, finds the follow-up among
 * their tasks and ticks it done. Every step fails on horizontal scrolling and on a control under 44 px.
 * Then the meeting draft survives a lost connection and a reload.
 */
const PHONES = [
  { name: '390x844', width: 390, height: 844 },
  { name: '360x740', width: 360, height: 740 },
];

interface CaseRecord {
  id: string;
  organisationId: string;
}

describeInBrowser('the console on a phone', () => {
  const app = consoleUnderTest();
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  const tokenOf = (email: string) => demoToken(app.server.url, email);

  const api = <T>(path: string, token: string) => apiGet<T>(app.server.url, path, token);

  /** An organisation with an open case of the advisor's and at least one contact. */
  async function advisorsOrganisation(
    token: string,
    advisorId: string,
    skip = 0,
  ): Promise<{ id: string; name: string }> {
    const filter = encodeURIComponent(JSON.stringify({ advisorId, status: 'open' }));
    const cases = await api<CaseRecord[]>(`/cases?filter=${filter}&sort=["openedOn","ASC"]&range=[0,49]`, token);
    const found: { id: string; name: string }[] = [];
    for (const record of cases) {
      const contacts = await api<unknown[]>(
        `/contacts?filter=${encodeURIComponent(JSON.stringify({ organisationId: record.organisationId }))}&range=[0,0]`,
        token,
      );
      if (contacts.length === 0) continue;
      found.push(await api<{ id: string; name: string }>(`/organisations/${record.organisationId}`, token));
      if (found.length > skip) break;
    }
    expect(found.length).toBeGreaterThan(skip);
    return found[skip];
  }

  async function signIn(
    width: number,
    height: number,
    email = 'advisor@demo.traject.brussels',
    greeting = /^Bonjour /,
  ): Promise<void> {
    await context?.close();
    // As a phone shows it: mobile emulation (the page's `width=device-width` viewport, touch, a 3x screen).
    context = await app.browser.newContext({
      baseURL: app.server.url,
      viewport: { width, height },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 3,
    });
    page = await context.newPage();
    await page.goto('/');
    await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await page.getByRole('textbox', { name: 'Mot de passe' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Connexion' }).click();
    await expectVisible(page.getByRole('heading', { name: greeting }));
  }

  /** Fails when the page scrolls sideways, or when a control a finger must hit is under 44 px. */
  async function expectFitsThePhone(step: string): Promise<void> {
    await page.waitForTimeout(300); // let layout settle after the last render
    const fit = await page.evaluate(() => {
      // The layout viewport the phone gives (`width=device-width`): a mobile browser widens innerWidth to fit an
      // overflowing page by zooming it out, which would hide the very overflow looked for here.
      const width = document.documentElement.clientWidth;
      const overflow = Math.max(document.documentElement.scrollWidth, window.innerWidth) - width;
      // Also what sticks out of a dialog or any box (the page itself may not scroll, a dialog's content may).
      const wide = Array.from(document.querySelectorAll<HTMLElement>('body *'))
        .filter((element) => {
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.height === 0 || element.closest('[aria-hidden="true"]')) return false;
          // Scrolling sideways is meant inside the tabs' bar and a table's container.
          if (element.closest('.MuiTabs-scroller, .MuiTableContainer-root, .RaDatagrid-tableWrapper')) return false;
          // What a box cuts off (a title ending in "…") is not drawn beyond it: measured up to the box's edge.
          let right = box.right;
          let left = box.left;
          for (let parent = element.parentElement; parent; parent = parent.parentElement) {
            const style = getComputedStyle(parent);
            if (!['hidden', 'clip'].includes(style.overflowX)) continue;
            const clip = parent.getBoundingClientRect();
            right = Math.min(right, clip.right);
            left = Math.max(left, clip.left);
          }
          return right > width + 1 || left < -1;
        })
        .slice(0, 5)
        .map(
          (element) =>
            `${element.tagName.toLowerCase()}.${String(element.className).slice(0, 60)} right=${Math.round(element.getBoundingClientRect().right)}`,
        );
      const controls = document.querySelectorAll<HTMLElement>(
        'button, [role="button"], [role="tab"], [role="menuitem"], [role="option"], input[type="checkbox"], input[type="radio"], a[href]',
      );
      const small = Array.from(controls)
        .filter((element) => {
          const target = element.matches('input') ? (element.parentElement as HTMLElement) : element;
          const box = target.getBoundingClientRect();
          const style = getComputedStyle(target);
          if (
            box.width === 0 ||
            box.height === 0 ||
            style.visibility === 'hidden' ||
            element.closest('[aria-hidden="true"]')
          )
            return false;
          if (box.bottom < 0 || box.top > window.innerHeight) return false;
          if (element.matches('a[href]') && getComputedStyle(element).display === 'inline') return false; // a link inside a sentence (WCAG 2.5.5 exception)
          return box.width < 43.5 || box.height < 43.5;
        })
        .map(
          (element) =>
            `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}" ${Math.round(element.getBoundingClientRect().width)}x${Math.round(element.getBoundingClientRect().height)}`,
        );
      return { overflow, wide, small };
    });
    expect({ step, overflow: Math.max(fit.overflow, 0), wide: fit.wide, small: fit.small }).toEqual({
      step,
      overflow: 0,
      wide: [],
      small: [],
    });
  }

  async function expectOnScreen(locator: ReturnType<Page['locator']>, what: string): Promise<void> {
    const box = await locator.boundingBox();
    const viewport = page.viewportSize()!;
    expect({
      what,
      box:
        box && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height,
      tall: (box?.height ?? 0) >= 44,
    }).toEqual({ what, box: true, tall: true });
  }

  test.each(PHONES)(
    'at $name an advisor finds an organisation, logs a meeting with participants and a follow-up, and ticks the task done',
    async ({ width, height }) => {
      const advisor = await tokenOf('advisor@demo.traject.brussels');
      const organisation = await advisorsOrganisation(
        advisor.token,
        advisor.id,
        PHONES.findIndex((phone) => phone.width === width),
      );
      const subject = `Visite sur téléphone ${width}`;
      await signIn(width, height);
      await expectFitsThePhone('home');

      // The app-bar search is there below 600 px: a button that opens the box over the bar.
      await page.getByRole('button', { name: 'Rechercher dans Traject' }).click();
      const words = organisation.name.split(/\s+/).filter((word) => word.length > 3);
      await page
        .getByRole('searchbox', { name: 'Rechercher dans Traject' })
        .fill((words.length > 1 ? [words[1], words[0]] : [organisation.name]).join(' '));
      await expectVisible(page.getByRole('list', { name: 'Organisations' }));
      await expectFitsThePhone('search results');
      await page
        .getByRole('list', { name: 'Organisations' })
        .getByRole('button', { name: organisation.name })
        .first()
        .click();
      await expectVisible(page.getByRole('tab', { name: 'Aperçu' }));
      await expectFitsThePhone('organisation page');
      // Ten tabs scroll sideways inside their bar instead of widening the page.
      await expect(page.getByRole('tab', { name: 'Historique' }).count()).resolves.toBe(1);

      // The quick box on the overview opens the full "log a meeting" dialog, on the whole screen.
      const quick = page.getByRole('region', { name: 'Noter rapidement' });
      await quick.getByRole('textbox', { name: 'Objet de la rencontre ou de la tâche' }).fill(subject);
      await quick.getByRole('button', { name: 'Noter une rencontre' }).click();
      const dialog = page.getByRole('dialog');
      expect(await dialog.getByRole('textbox', { name: 'Objet' }).inputValue()).toBe(subject);
      await dialog.getByRole('checkbox').first().check();
      // Typed on the phone's keyboard as anywhere else (the same field as on a desktop), Belgian style.
      await typeDate(dialog.getByRole('group', { name: 'Suivi le' }), today().split('-').reverse().join('/'));
      await expectFitsThePhone('log-a-meeting dialog');
      // Save ends the full-screen form: one scroll down, never beside the screen.
      const save = dialog.getByRole('button', { name: 'Enregistrer' });
      await save.scrollIntoViewIfNeeded();
      await expectOnScreen(save, 'Save');
      await save.click();
      await expectVisible(page.getByText(`Rencontre enregistrée : ${subject}`));

      // My tasks: the follow-up is there; ticking it done.
      await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
      await page.getByRole('menuitem', { name: 'Tâches', exact: true }).click();
      await page.getByRole('textbox', { name: 'Rechercher' }).fill(subject);
      const tick = page.getByRole('checkbox', { name: `Marquer « Suivi : ${subject} » comme faite` });
      await expectVisible(tick);
      await expectFitsThePhone('my tasks');
      // Ticked on the server's answer (the box is not ticked before the task is saved as done).
      await tick.tap();
      await expectVisible(page.getByText('Tâche faite'));
      const [task] = await api<{ status: string }[]>(
        `/tasks?filter=${encodeURIComponent(JSON.stringify({ q: subject }))}`,
        advisor.token,
      );
      expect(task).toMatchObject({ status: 'done' });

      // The board: one column at a time, the stage from a picker.
      await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
      await page.getByRole('menuitem', { name: 'Tableau', exact: true }).click();
      await expectVisible(page.getByRole('combobox', { name: 'Étape affichée' }));
      // The picker shows before the cases have come; then exactly one column.
      await expectVisible(page.locator('section[data-stage]'));
      await expect(page.locator('section[data-stage]').count()).resolves.toBe(1);
      await page.getByRole('combobox', { name: 'Étape affichée' }).click();
      await page.getByRole('option', { name: /^Diagnostic/ }).click();
      await expectVisible(page.getByRole('region', { name: 'Diagnostic', exact: true }));
      await expectFitsThePhone('board');
    },
    240_000,
  );

  test("a coordinator's home on a phone: cases to assign and stalled cases as compact lists that open the case", async () => {
    // The demo coordinator works in Dutch.
    await signIn(390, 844, 'coordinator@demo.traject.brussels', /^Hallo /);
    const unassigned = page.getByRole('region', { name: 'Trajecten zonder adviseur' });
    await expectVisible(unassigned);
    await expect(unassigned.getByRole('table').count()).resolves.toBe(0);
    await expectFitsThePhone('coordinator home');
    const first = unassigned.getByRole('list').getByRole('link').first();
    await expectVisible(first);
    await first.click();
    await page.waitForURL(/#\/cases\/[0-9a-f-]+\/show/, { timeout: 15_000 });
    await expectFitsThePhone('case opened from the coordinator home');
  }, 240_000);

  test('a meeting drafted without a connection is kept in the browser, restored after a reload, and saved when the connection is back', async () => {
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    const organisation = await advisorsOrganisation(advisor.token, advisor.id, 2);
    const subject = 'Visite dans la cave sans réseau';
    await signIn(390, 844);
    await page.goto(`/#/organisations/${organisation.id}/show`);
    await expectVisible(page.getByRole('region', { name: 'Noter rapidement' }));
    await page
      .getByRole('region', { name: 'Noter rapidement' })
      .getByRole('button', { name: 'Noter une rencontre' })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Objet' }).fill(subject);
    await dialog
      .getByRole('textbox', { name: 'Notes' })
      .fill('Le compteur est au sous-sol ; parler du plan financier.');

    // The connection drops: saving fails, says so in words, and nothing is lost.
    await context.setOffline(true);
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expectVisible(page.getByText(/Pas de connexion : rien n’est perdu/));
    await expectVisible(dialog);

    // Back in the street: a reload, the dialog again, the draft is there.
    await context.setOffline(false);
    await page.reload();
    await expectVisible(page.getByRole('region', { name: 'Noter rapidement' }));
    await page
      .getByRole('region', { name: 'Noter rapidement' })
      .getByRole('button', { name: 'Noter une rencontre' })
      .click();
    await expectVisible(page.getByText(/Brouillon non enregistré repris/));
    expect(await dialog.getByRole('textbox', { name: 'Objet' }).inputValue()).toBe(subject);
    expect(await dialog.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe(
      'Le compteur est au sous-sol ; parler du plan financier.',
    );
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expectVisible(page.getByText(`Rencontre enregistrée : ${subject}`));
    const meetings = await api<{ subject: string; notes: string }[]>(
      `/meetings?filter=${encodeURIComponent(JSON.stringify({ organisationId: organisation.id, subject }))}`,
      advisor.token,
    );
    expect(meetings).toHaveLength(1);

    // Saved, the draft is gone: the next meeting starts empty.
    await page
      .getByRole('region', { name: 'Noter rapidement' })
      .getByRole('button', { name: 'Noter une rencontre' })
      .click();
    await expectVisible(dialog.getByRole('textbox', { name: 'Objet' }));
    expect(await dialog.getByRole('textbox', { name: 'Objet' }).inputValue()).toBe('');
    await expect(page.getByText(/Brouillon non enregistré repris/).count()).resolves.toBe(0);
  }, 240_000);
});

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
