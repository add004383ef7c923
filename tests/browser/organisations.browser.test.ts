import type { BrowserContext, Page } from 'playwright-core';
import { consoleUnderTest, DEMO_PASSWORD, describeInBrowser, expectVisible, TIMEOUT } from '../support/browser';

describeInBrowser('the organisations register in the console', () => {
  const app = consoleUnderTest();
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await app.browser.newContext({ baseURL: app.server.url, acceptDownloads: true });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  /** The sign-in screen is French until someone signs in. */
  async function signIn(email: string, firstHeading: RegExp): Promise<void> {
    await page.goto('/');
    await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await page.getByRole('textbox', { name: 'Mot de passe' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Connexion' }).click();
    await expectVisible(page.getByRole('heading', { name: firstHeading }));
  }

  test('an advisor creates an organisation from a formatted number and a postcode, finds it without accents, and adds a contact', async () => {
    await signIn('advisor@demo.traject.brussels', /^Bonjour /);
    await page.getByRole('menuitem', { name: 'Organisations' }).click();
    await page.getByRole('link', { name: 'Créer' }).click();

    await page.getByRole('textbox', { name: 'Nom' }).fill('Coopérative Éphémère Test');
    await page.getByRole('textbox', { name: "Numéro d'entreprise" }).fill('0440.966.354');
    await page.getByRole('textbox', { name: 'Code postal' }).fill('1080');
    await expectVisible(page.getByRole('combobox', { name: 'Commune' }).filter({ hasText: 'Molenbeek-Saint-Jean' }));
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    // The organisation's page, overview first.
    await expectVisible(page.getByRole('tab', { name: 'Aperçu' }));
    await expectVisible(page.getByText('0440.966.354'));
    await expectVisible(page.getByText('Molenbeek-Saint-Jean'));

    await page.getByRole('menuitem', { name: 'Organisations' }).click();
    await page.getByPlaceholder('Rechercher').fill('cooperative ephemere');
    // As below: the row is already on the unfiltered first page, and clicking it before the search's debounce
    // rewrites the URL sent the browser back to the list (CI, twice).
    await page.waitForURL(/cooperative%20ephemere/, TIMEOUT);
    const row = page.getByRole('row').filter({ hasText: 'Coopérative Éphémère Test' });
    await expectVisible(row);
    await expectVisible(row.getByText('Molenbeek-Saint-Jean'));
    await row.getByText('Coopérative Éphémère Test').click();

    await page.getByRole('tab', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: 'Ajouter un contact' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Prénom' }).fill('Ann');
    await dialog.getByRole('textbox', { name: 'Nom', exact: true }).fill('Peeters');
    await dialog.getByRole('textbox', { name: 'E-mail' }).fill('ann.peeters@example.org');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();

    const contactRow = page.getByRole('row').filter({ hasText: 'ann.peeters@example.org' });
    await expectVisible(contactRow);
    await expectVisible(contactRow.getByText('Ann Peeters'));
    await expectVisible(contactRow.getByText("Mission d'intérêt public"));
  });

  test('an invalid enterprise number shows the mod-97 reason at its input', async () => {
    await signIn('advisor@demo.traject.brussels', /^Bonjour /);
    await page.goto('/#/organisations/create');
    await page.getByRole('textbox', { name: 'Nom' }).fill('Mistyped number');
    await page.getByRole('textbox', { name: "Numéro d'entreprise" }).fill('0431.150.351');
    await expectVisible(page.getByText('Échoue au contrôle modulo 97 : un chiffre est probablement mal tapé'));
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expectVisible(page.getByText('Échoue au contrôle modulo 97 : un chiffre est probablement mal tapé'));
    expect(page.url()).toMatch(/organisations\/create/);
  });
  test('an advisor imports a CSV: the dry run reports each row, then applying it creates the organisation', async () => {
    await signIn('advisor@demo.traject.brussels', /^Bonjour /);
    await page.getByRole('menuitem', { name: 'Organisations' }).click();
    await page.getByRole('link', { name: 'Importer' }).click();

    const csv = [
      "nom;numéro d'entreprise;code postal;couleur",
      'Atelier Import Test;0403.019.261;1000;bleu',
      'Numéro Mal Tapé;0431.150.351;1050;vert',
    ].join('\n');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'registre.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await expectVisible(page.getByText('registre.csv'));
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();

    const report = page.getByRole('table', { name: "Rapport d'import" });
    await expectVisible(report.getByRole('row').filter({ hasText: 'Atelier Import Test' }).getByText('Création'));
    const refused = report.getByRole('row').filter({ hasText: 'Numéro Mal Tapé' });
    await expectVisible(refused.getByText('Refusée'));
    await expectVisible(refused.getByText(/contrôle modulo 97/));
    await expectVisible(page.getByText(/Colonnes ignorées : couleur/));
    await expectVisible(page.getByText(/Simulation/));

    await page.getByRole('button', { name: /^Refusée \(1\)$/ }).click();
    await expect(report.getByRole('row').filter({ hasText: 'Atelier Import Test' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: /^Toutes/ }).click();

    await page.getByRole('button', { name: "Appliquer l'import" }).click();
    await expectVisible(page.getByText('Import appliqué. Créées : 1 ; mises à jour : 0.'));
    await page.getByRole('link', { name: 'Atelier Import Test' }).click();
    await expectVisible(page.getByText('0403.019.261'));
  });

  test('an advisor downloads the import template, then gives a field to a column Traject did not recognise', async () => {
    await signIn('advisor@demo.traject.brussels', /^Bonjour /);
    await page.goto('/#/organisations/import');
    const [download] = await Promise.all([
      page.waitForEvent('download', TIMEOUT),
      page.getByRole('button', { name: 'Télécharger le modèle (en-têtes en français)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('organisations-import.csv');
    const template = await readDownload(download);
    expect(template).toContain("Nom;Numéro d'entreprise;Forme juridique");

    const csv = ['Raison sociale;Code postal', 'Atelier Sans Nom Reconnu;1030'].join('\n');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'autre-outil.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Colonnes à associer' }));
    await page.getByRole('combobox', { name: 'Raison sociale' }).click();
    await page.getByRole('option', { name: 'Nom', exact: true }).click();
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    const report = page.getByRole('table', { name: "Rapport d'import" });
    await expectVisible(report.getByRole('row').filter({ hasText: 'Atelier Sans Nom Reconnu' }).getByText('Création'));
  });

  test('an admin downloads a contact as JSON and anonymises them after a confirmation that names them', async () => {
    await signIn('admin@demo.traject.brussels', /^Hello /);
    await page.getByRole('menuitem', { name: 'Organisations' }).click();
    await page.getByPlaceholder('Search').fill('bruxelles bouillon');
    // The search applies after a debounce that rewrites the URL: a row clicked before it would be left again.
    await page.waitForURL(/bruxelles%20bouillon/, TIMEOUT);
    await page
      .getByRole('row')
      .filter({ hasText: 'Bruxelles Bouillon' })
      .getByText('Bruxelles Bouillon')
      .first()
      .click();
    await page.getByRole('tab', { name: 'Contacts' }).click();

    const row = page.getByRole('row').filter({ hasText: 'Julie Lambert' });
    await expectVisible(row);
    const [download] = await Promise.all([
      page.waitForEvent('download', TIMEOUT),
      row.getByRole('button', { name: 'Export (GDPR)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^contact-.+\.json$/);
    const exported = await readDownload(download);
    expect(exported).toContain('Lambert');

    await row.getByRole('button', { name: 'Anonymise' }).click();
    const dialog = page.getByRole('dialog');
    await expectVisible(dialog.getByText('Anonymise Julie Lambert?'));
    await expectVisible(dialog.getByText(/This cannot be undone/));
    await dialog.getByRole('button', { name: 'Anonymise' }).click();
    await expectVisible(page.getByText('Julie Lambert was anonymised'));
    await expectVisible(page.getByRole('row').filter({ hasText: 'Anonymised Contact' }));
    await expect(page.getByRole('row').filter({ hasText: 'Julie Lambert' }).count()).resolves.toBe(0);
  });

  test('a manager reads the register but is offered no create, import or edit', async () => {
    await signIn('manager@demo.traject.brussels', /./);
    await page.getByRole('menuitem', { name: /^Organisations|Organisaties$/ }).click();
    await expectVisible(page.getByRole('row').nth(3));
    await expect(page.getByRole('link', { name: /^(Create|Créer|Aanmaken)$/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: /^(Import|Importer|Importeren)$/ }).count()).resolves.toBe(0);

    // The read policy: a manager reads who the people are, never how to reach them; the column is not offered.
    await page.getByRole('menuitem', { name: /^(Contacts|Contactpersonen)$/ }).click();
    await expectVisible(page.getByRole('row').nth(3));
    await expect(page.getByRole('columnheader', { name: 'E-mail' }).count()).resolves.toBe(0);
    await expect(page.getByRole('table').getByText(/@/).count()).resolves.toBe(0);
  });
});

async function readDownload(download: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<string> {
  const stream = await download.createReadStream();
  let text = '';
  for await (const chunk of stream) text += chunk.toString();
  return text;
}
