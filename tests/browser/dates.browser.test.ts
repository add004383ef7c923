import type { BrowserContext, Page } from 'playwright-core';
import {
  accessibilityViolations,
  apiGet,
  consoleUnderTest,
  DEMO_PASSWORD,
  demoToken,
  describeInBrowser,
  expectVisible,
  shownDate,
  TIMEOUT,
  typeDate,
} from '../support/browser';

/**
 * Dates in the console's language, not the browser's: an English (United States) browser would ask for
 * mm/dd/yyyy and a 12-hour clock; a Dutch- or French-speaking user of the console types and reads 31/01/2027
 * 14:30 (Brussels time), and the API gets the same ISO values as ever.
 */
const WORDS = {
  nl: {
    menu: 'Nederlands',
    log: 'Gesprek noteren',
    occurredAt: 'Datum en uur',
    subject: 'Onderwerp',
    followUpOn: 'Opvolgen op',
    placeholder: 'DD/MM/JJJJ',
    save: 'Opslaan',
    logged: 'Gesprek genoteerd',
    calendar: /^Kies datum/,
    month: 'januari 2027',
    cancel: 'Annuleren',
    incomplete: /^Onvolledige datum/,
  },
  fr: {
    menu: 'Français',
    log: 'Noter une rencontre',
    occurredAt: 'Date et heure',
    subject: 'Objet',
    followUpOn: 'Suivi le',
    placeholder: 'JJ/MM/AAAA',
    save: 'Enregistrer',
    logged: 'Rencontre enregistrée',
    calendar: /^Choisir la date/,
    month: 'janvier 2027',
    cancel: 'Annuler',
    incomplete: /^Date incomplète/,
  },
};

describeInBrowser('dates in the console’s language, whatever the browser’s locale', () => {
  const app = consoleUnderTest();
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  /** An English (United States) browser; the console is then switched to `language` from its menu. */
  async function signInOnAnEnglishBrowser(email: string, language: 'nl' | 'fr'): Promise<void> {
    context = await app.browser.newContext({
      baseURL: app.server.url,
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      timezoneId: 'America/New_York',
    });
    page = await context.newPage();
    await page.goto('/');
    await page.locator('input[name=email], input[name=username]').first().fill(email);
    await page.locator('input[type=password]').fill(DEMO_PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.waitForURL((url) => !url.hash.includes('login'), TIMEOUT);
    const languageButton = page
      .locator('button[aria-controls="language-menu"], button[aria-haspopup="menu"]')
      .filter({ hasText: /^(FR|NL|EN)$/ })
      .first();
    await languageButton.click();
    await page.getByRole('menuitem', { name: WORDS[language].menu }).click();
    await expectVisible(languageButton.filter({ hasText: language.toUpperCase() }));
  }

  for (const language of ['nl', 'fr'] as const) {
    const words = WORDS[language];
    test(`a ${language === 'nl' ? 'Dutch' : 'French'}-speaking advisor logs a meeting on 31/01/2027 at 14:30 from an English browser`, async () => {
      const advisor = await demoToken(app.server.url, 'advisor@demo.traject.brussels');
      const [openCase] = await apiGet<{ organisationId: string }[]>(
        app.server.url,
        `/cases?filter=${encodeURIComponent(JSON.stringify({ advisorId: advisor.id, status: 'open' }))}&range=[0,0]`,
        advisor.token,
      );
      await signInOnAnEnglishBrowser('advisor@demo.traject.brussels', language);
      await page.goto(`/#/organisations/${openCase.organisationId}/show/meetings`);
      await page.getByRole('button', { name: words.log }).click();
      const dialog = page.getByRole('dialog', { name: words.log });
      await expectVisible(dialog);

      // The empty follow-up field asks for the day first, in the console's language.
      const followUp = dialog.getByRole('group', { name: words.followUpOn });
      expect(await shownDate(followUp)).toBe(words.placeholder);
      // The moment of the meeting starts at now, Belgian style, 24 hours, no seconds.
      const occurredAt = dialog.getByRole('group', { name: words.occurredAt });
      expect(await shownDate(occurredAt)).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);

      expect(await typeDate(occurredAt, '31/01/2027 14:30')).toBe('31/01/2027 14:30');
      const subject = `Bezoek ${language} om 14:30`;
      await dialog.getByRole('textbox', { name: words.subject }).fill(subject);
      // A date left in part (its year erased) is refused with words, not saved as no date.
      expect(await typeDate(followUp, '01/02/2027')).toBe('01/02/2027');
      const year = followUp.getByRole('spinbutton').last();
      await year.click();
      await page.keyboard.press('Backspace');
      expect(await shownDate(followUp)).toBe(`01/02/${words.placeholder.slice(6)}`);
      await dialog.getByRole('button', { name: words.save }).click();
      await expectVisible(dialog.getByText(words.incomplete));
      await year.click();
      await page.keyboard.type('2027');
      expect(await shownDate(followUp)).toBe('01/02/2027');
      // The calendar speaks the console's language too.
      await dialog.getByRole('button', { name: words.calendar }).first().click();
      const calendar = page.getByRole('dialog').filter({ hasText: words.month });
      await expectVisible(calendar);
      // The open calendar and clock are as accessible as the rest (axe: nothing above minor).
      const violations = await accessibilityViolations(page);
      expect(violations.filter((violation) => violation.impact !== 'minor')).toEqual([]);
      await page.keyboard.press('Escape');
      await calendar.waitFor({ state: 'detached', ...TIMEOUT });
      await expectVisible(dialog.getByRole('textbox', { name: words.subject }));
      await dialog.getByRole('button', { name: words.save }).click();
      await expectVisible(page.getByText(words.logged));

      const [meeting] = await apiGet<{ occurredAt: string; followUpOn: string }[]>(
        app.server.url,
        `/meetings?filter=${encodeURIComponent(JSON.stringify({ organisationId: openCase.organisationId, subject }))}`,
        advisor.token,
      );
      // 14:30 in Brussels on 31 January (winter time, UTC+1).
      expect(meeting).toMatchObject({ occurredAt: '2027-01-31T13:30:00.000Z', followUpOn: '2027-02-01' });
      await expectVisible(page.getByRole('row').filter({ hasText: subject }).getByText('31/01/2027 14:30'));
    });
  }
});
