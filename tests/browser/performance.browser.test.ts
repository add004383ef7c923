import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { describeInBrowser, launchChromium } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

/**
 * The console's budget of ARCHITECTURE.md, measured in headless Chromium on loopback: the sign-in
 * screen interactive in under 1.5 s with under 500 KB of gzipped JavaScript, then the first list (under 1 s after
 * signing in, with a neighbour keeping one core busy: issue 20).
 */
describeInBrowser('the console loads within its budget', () => {
  let server: RunningServer;
  let browser: Browser;
  let neighbour: ChildProcess | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    neighbour?.kill();
    await browser?.close();
    await server?.stop();
  });

  it('the sign-in screen is interactive in under 1.5 s after under 500 KB of gzipped JavaScript; the first organisations list follows', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto('about:blank'); // the renderer is up; what is timed is Traject, with an empty cache
    const started = Date.now();
    await page.goto('/');
    const email = page.getByRole('textbox', { name: 'E-mail' });
    await email.waitFor({ state: 'visible', timeout: 15_000 });
    await email.fill('manager@demo.traject.brussels');
    const signInMs = Date.now() - started;
    const scripts = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
        .reduce((sum, r) => sum + r.transferSize, 0),
    );
    const navigation = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).transferSize,
    );
    await page.getByRole('textbox', { name: 'Mot de passe' }).fill('traject-demo-2026');
    // A person takes seconds to type a password; meanwhile the screen fetches the code of the screens that follow
    // (useWarmFirstScreens). Clicking at once would time that fetch as if it followed the click.
    await page.waitForLoadState('networkidle');
    // `npm run test:perf` signs in on a busy machine (issue 20): a neighbour spins on one of the cores, as in
    // the bench's busy pass, from the click to the first row.
    const strict = process.env.PERF_STRICT === '1';
    neighbour = strict
      ? spawn(process.execPath, ['-e', 'for (;;) Math.sqrt(Math.random());'], { stdio: 'ignore' })
      : undefined;
    const listStarted = Date.now();
    await page.getByRole('button', { name: 'Connexion' }).click();
    await page.waitForURL(/\/$|#\/$|\/#\/?$/, { timeout: 15_000 }).catch(() => undefined);
    await page.goto('/#/organisations');
    await page.getByRole('row').nth(1).waitFor({ state: 'visible', timeout: 20_000 });
    const listMs = Date.now() - listStarted;
    neighbour?.kill();
    console.log(
      `Sign-in screen interactive in ${signInMs} ms after ${(scripts / 1024).toFixed(1)} KB of JavaScript over the wire (page ${(navigation / 1024).toFixed(1)} KB); first organisations list ${listMs} ms after signing in`,
    );
    expect(scripts).toBeGreaterThan(10 * 1024);
    expect(scripts).toBeLessThan(500 * 1024);
    // The budgets (1.5 s to the sign-in screen, idle; 1 s from signing in to the first list, busy) are measures on an
    // otherwise idle machine (`npm run test:perf`); inside the whole suite, which runs other files on the same two
    // cores, this only guards against a broken or bloated first load.
    if (!strict)
      console.log(
        `(load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; the 1.5 s budget is asserted by npm run test:perf)`,
      );
    expect(signInMs).toBeLessThan(strict ? 1500 : 6000);
    expect(listMs).toBeLessThan(strict ? 1000 : 10_000);
    await context.close();
  });
});
