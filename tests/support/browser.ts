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

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** `describe` when Chromium is there; otherwise the suite is skipped with one line saying why. */
export const describeInBrowser: jest.Describe = chromiumPath()
  ? describe
  : ((name: string, fn: () => void) => {
      console.log(`Browser tests skipped: no Chromium on this machine (apt-get install -y chromium). Suite: ${name}`);
      describe.skip(name, fn);
    }) as jest.Describe;

/** The demo users' password (api/src/seed). */
export const DEMO_PASSWORD = 'traject-demo-2026';
/** How long a browser step may wait for the console. */
export const TIMEOUT = { timeout: 15_000 };

let axeScript: string | undefined;
const axeSource = () => (axeScript ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') as string);

/** axe-core's violations of impact serious or critical on the page as it is now (WCAG 2.1 A and AA rules). */
export async function seriousAccessibilityViolations(page: import('playwright-core').Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not apply to the checker.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; html: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.target.join(' ')} ${n.html}`) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Waits until the first element the locator finds is visible. */
export async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', ...TIMEOUT });
}

/**
 * The built app served on a free port with its own database, and one Chromium, for the whole suite
 * (started before its tests, stopped after them). Read `server` and `browser` inside tests.
 */
export function consoleUnderTest(env: Record<string, string> = {}): { readonly server: RunningServer; readonly browser: Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(env);
    browser = await launchChromium();
  });
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
