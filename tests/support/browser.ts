import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Locator } from 'playwright-core';
import { startServer, type RunningServer } from './server';

/** Debian's chromium, or undefined (and one clear line) where the machine has none. */
export function chromiumPath(): string | undefined {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSyncSafe(candidate)) return candidate;
  }
  try {
    return execSync('command -v chromium', { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function existsSyncSafe(path: string): boolean {
  return existsSync(path);
}

/**
 * Chromium whose pages speak Belgian French unless a context says otherwise (`newContext({ locale: 'nl-BE' })`):
 * the sign-in screen follows the browser's language, and the suites sign in on a French screen.
 */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ locale: 'fr-BE', ...options });
  browser.newPage = (options = {}) => newPage({ locale: 'fr-BE', ...options });
  return browser;
}

/** `describe` when Chromium is there; otherwise the suite is skipped with one line saying why. */
export const describeInBrowser: jest.Describe = chromiumPath()
  ? describe
  : (((name: string, fn: () => void) => {
      console.log(`Browser tests skipped: no Chromium on this machine (apt-get install -y chromium). Suite: ${name}`);
      describe.skip(name, fn);
    }) as jest.Describe);

/** The demo users' password (api/src/seed). */
export const DEMO_PASSWORD = 'traject-demo-2026';
/** How long a browser step may wait for the console. */
export const TIMEOUT = { timeout: 15_000 };

let axeScript: string | undefined;
const axeSource = () => (axeScript ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') as string);

export interface AccessibilityViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical';
  nodes: string[];
}

/**
 * axe-core's violations on the page as it is now: the WCAG 2.1 A and AA rules, plus axe's best-practice rules
 * (one <h1>, a main landmark, content in landmarks…), each with its impact.
 */
export async function accessibilityViolations(page: import('playwright-core').Page): Promise<AccessibilityViolation[]> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not apply to the checker.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  // What is still fading in (a dialog, a menu) would be measured at a passing opacity: wait for the page's
  // finite transitions and animations to end, and for dialogs and menus to be fully opaque (on a loaded machine a
  // dialog's fade could still be starting when its transitions were looked at; at most 5 s; a spinner's endless
  // animation is not waited for).
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity) &&
        Array.from(document.querySelectorAll('.MuiDialog-container, .MuiPopover-paper')).every(
          (element) => getComputedStyle(element).opacity === '1',
        ),
      undefined,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; html: string }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact as AccessibilityViolation['impact'],
      nodes: v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 200)}`),
    }));
  });
}

/** axe-core's violations of impact serious or critical on the page as it is now. */
export async function seriousAccessibilityViolations(
  page: import('playwright-core').Page,
): Promise<AccessibilityViolation[]> {
  return (await accessibilityViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Waits until the first element the locator finds is visible. */
export async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', ...TIMEOUT });
}

/**
 * The built app served on a free port with its own database, and one Chromium, for the whole suite
 * (started before its tests, stopped after them). Read `server` and `browser` inside tests.
 */
export function consoleUnderTest(env: Record<string, string> = {}): {
  readonly server: RunningServer;
  readonly browser: Browser;
} {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  // Generous: on a loaded 2-core machine the app with its demo data can take over a minute to start.
  beforeAll(async () => {
    server = await startServer(env);
    browser = await launchChromium();
  }, 240_000); // a busy machine may take minutes to build a fresh database and start the app
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('the app is not started yet');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not started yet');
      return browser;
    },
  };
}

/** A demo colleague's access token and id, from the API directly (the test's own setup, not the browser's). */
export async function demoToken(serverUrl: string, email: string): Promise<{ token: string; id: string }> {
  const response = await fetch(`${serverUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const body = (await response.json()) as { accessToken: string; user: { id: string } };
  return { token: body.accessToken, id: body.user.id };
}

/** A GET of the API as that colleague; throws on an error answer. */
export async function apiGet<T>(serverUrl: string, path: string, token: string): Promise<T> {
  const response = await fetch(`${serverUrl}/api${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Types a date into one of the console's date fields (MUI X pickers, labelled groups of day, month, year, hour
 * and minute sections) as a person does: a click on the day, then the digits (`31/01/2027 14:30` types
 * 310120271430; each section moves on to the next once complete). The text as shown is returned.
 */
export async function typeDate(field: Locator, text: string): Promise<string> {
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(text.replace(/\D/g, ''));
  return shownDate(field);
}

/** A date field's text as shown (`31/01/2027 14:30`), placeholders included (`JJ/MM/AAAA`). */
export async function shownDate(field: Locator): Promise<string> {
  // The sections are wrapped in invisible direction marks (U+2066-U+2069, U+200E).
  return ((await field.textContent()) ?? '').replace(/[\u2066-\u2069\u200e]/g, '').trim();
}
