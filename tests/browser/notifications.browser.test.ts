import type { BrowserContext, Page } from 'playwright-core';
import { consoleUnderTest, DEMO_PASSWORD, describeInBrowser, expectVisible, demoToken } from '../support/browser';

describeInBrowser('the bell and the mail preferences in the console', () => {
  const app = consoleUnderTest();
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  const tokenOf = (email: string) => demoToken(app.server.url, email);

  async function signIn(email: string, firstHeading: RegExp): Promise<void> {
    context = await app.browser.newContext({ baseURL: app.server.url, viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await page.goto('/');
    await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await page.getByRole('textbox', { name: 'Mot de passe' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Connexion' }).click();
    await expectVisible(page.getByRole('heading', { name: firstHeading }));
  }

  test('the bell shows a task assigned by a coordinator, leads to it, and is read', async () => {
    const coordinator = await tokenOf('coordinator@demo.traject.brussels');
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    await signIn('advisor@demo.traject.brussels', /^Bonjour /);
    await fetch(`${app.server.url}/api/notifications/read-all`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${advisor.token}` },
    });
    const created = await fetch(`${app.server.url}/api/tasks`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${coordinator.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Appeler la coopérative Zinneke', assigneeId: advisor.id, dueOn: '2027-01-20' }),
    });
    const task = (await created.json()) as { id: string };
    await page.reload();
    const bell = page.getByRole('button', { name: 'Notifications (1 non lue)' });
    await expectVisible(bell);
    await bell.click();
    const item = page
      .getByRole('region', { name: 'Notifications' })
      .getByRole('button', { name: /Nouvelle tâche : Appeler la coopérative Zinneke/ });
    await expectVisible(item);
    await item.click();
    await page.waitForURL(new RegExp(`#/tasks/${task.id}/show`));
    await expectVisible(page.getByText('Appeler la coopérative Zinneke').first());
    await expectVisible(page.getByRole('button', { name: 'Notifications (0 non lue)' }));
  });

  test('a person turns the morning reminder off in the profile, and it stays off', async () => {
    const advisor2 = await tokenOf('advisor2@demo.traject.brussels');
    await signIn('advisor2@demo.traject.brussels', /^Hallo /);
    await page.goto('/#/profile');
    const reminder = page.getByRole('switch', { name: 'Elke ochtend: mijn taken voor morgen en te laat' });
    await expectVisible(reminder);
    expect(await reminder.isChecked()).toBe(true);
    await reminder.click();
    await expectVisible(page.getByText('Opgeslagen'));
    const stored = await fetch(`${app.server.url}/api/notifications/preferences`, {
      headers: { Authorization: `Bearer ${advisor2.token}` },
    });
    expect(await stored.json()).toMatchObject({ tasksDue: false, taskAssigned: true });
    await page.reload();
    await expectVisible(page.getByRole('switch', { name: 'Elke ochtend: mijn taken voor morgen en te laat' }));
    expect(
      await page.getByRole('switch', { name: 'Elke ochtend: mijn taken voor morgen en te laat' }).isChecked(),
    ).toBe(false);
  });
});
