/**
 * WCAG 1.4.4 (resize text to 200%) and 1.4.12 (text spacing): key screens at 200% zoom (a 1440 px screen seen at
 * 720 CSS px) with the text-spacing overrides of 1.4.12 applied as a user style sheet. As far as a test can tell
 * "without loss": no control (button, link, tab, menu item, chip, field label) has its text cut off, and no two
 * controls overlap.
 */
import type { Page } from 'playwright-core';
import { consoleUnderTest, DEMO_PASSWORD, describeInBrowser, expectVisible, TIMEOUT } from '../support/browser';

/** The 1.4.12 overrides, as the W3C's text-spacing bookmarklet applies them. */
const TEXT_SPACING = `*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

const CONTROLS = 'button, a[href], [role=tab], [role=menuitem], [role=button], .MuiChip-label, label, [role=combobox]';

interface Problem {
  kind: 'clipped' | 'overlap';
  what: string;
}

/** Controls whose text does not fit their box, and pairs of controls drawn over each other. */
async function lostContent(page: Page): Promise<Problem[]> {
  return page.evaluate((selector) => {
    const problems: { kind: 'clipped' | 'overlap'; what: string }[] = [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    // With a dialog open, the page behind it is inert: only the dialog's controls count.
    const scope: ParentNode = document.querySelector('[role=dialog]') ?? document;
    const visible = Array.from(scope.querySelectorAll<HTMLElement>(selector)).filter((element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // Off-screen helpers (the skip link, visually hidden texts) are not shown content.
      return (
        box.width > 2 &&
        box.height > 2 &&
        style.visibility !== 'hidden' &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < 10000 &&
        box.left > -1000
      );
    });
    for (const element of visible) {
      const style = getComputedStyle(element);
      const hides = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
      if (
        hides &&
        style.textOverflow !== 'ellipsis' &&
        (element.scrollWidth > element.clientWidth + 2 || element.scrollHeight > element.clientHeight + 2)
      ) {
        problems.push({ kind: 'clipped', what: describe(element) });
      }
    }
    const boxes = visible.map((element) => ({ element, box: element.getBoundingClientRect() }));
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (width > 4 && height > 4)
          problems.push({ kind: 'overlap', what: `${describe(a.element)} / ${describe(b.element)}` });
      }
    }
    return problems;
  }, CONTROLS);
}

describeInBrowser('200% zoom and WCAG 1.4.12 text spacing', () => {
  const app = consoleUnderTest();

  test('key screens lose no control: nothing cut off, nothing overlapping', async () => {
    const token = (await (
      await fetch(`${app.server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'advisor@demo.traject.brussels', password: DEMO_PASSWORD }),
      })
    ).json()) as { accessToken: string; user: { id: string } };
    const filter = encodeURIComponent(JSON.stringify({ advisorId: token.user.id, status: 'open' }));
    const [openCase] = (await (
      await fetch(`${app.server.url}/api/cases?filter=${filter}&range=[0,0]`, {
        headers: { Authorization: `Bearer ${token.accessToken}` },
      })
    ).json()) as { organisationId: string }[];

    // 200% zoom of a 1440 x 900 screen: the page sees 720 x 450 CSS pixels, each drawn twice as large.
    const context = await app.browser.newContext({
      baseURL: app.server.url,
      viewport: { width: 720, height: 450 },
      deviceScaleFactor: 2,
    });
    try {
      const page = await context.newPage();
      await page.addInitScript((css) => {
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.setAttribute('data-text-spacing', '');
          style.textContent = css;
          document.head.appendChild(style);
        });
      }, TEXT_SPACING);
      const found: Record<string, Problem[]> = {};
      const check = async (where: string) => {
        await page.waitForTimeout(400);
        expect(await page.locator('style[data-text-spacing]').count()).toBe(1);
        const problems = await lostContent(page);
        if (problems.length) found[where] = problems;
      };
      await page.goto('/');
      await check('sign-in');
      await page.getByRole('textbox', { name: 'E-mail' }).fill('advisor@demo.traject.brussels');
      await page.getByRole('textbox', { name: 'Mot de passe' }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Connexion' }).click();
      await page.waitForURL((url) => !url.hash.includes('login'), TIMEOUT);
      await page.locator('main').first().waitFor(TIMEOUT);
      for (const [where, path] of [
        ['home', '/'],
        ['organisations', '/organisations'],
        ['organisation', `/organisations/${openCase.organisationId}/show`],
        ['board', '/board'],
        ['tasks', '/tasks'],
      ]) {
        await page.goto(`/#${path}`);
        await page
          .locator('main h1, main table, main [role=tabpanel], main section')
          .first()
          .waitFor(TIMEOUT)
          .catch(() => undefined);
        await check(where);
      }
      await page.goto(`/#/organisations/${openCase.organisationId}/show`);
      await page.getByRole('tab', { name: 'Rencontres' }).click();
      await page.getByRole('button', { name: 'Noter une rencontre' }).click();
      await expectVisible(page.getByRole('dialog'));
      await check('log a meeting');
      expect(found).toEqual({});
    } finally {
      await context.close();
    }
  }, 240_000);
});
