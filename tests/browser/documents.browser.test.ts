import type { BrowserContext, Page } from 'playwright-core';
import * as yauzl from 'yauzl';
import { consoleUnderTest, DEMO_PASSWORD, describeInBrowser, expectVisible } from '../support/browser';
import { pdfWithText } from '../support/documents';

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const end = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`still not ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function zipEntries(zip: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, archive) => {
      if (error || !archive) return reject(error);
      const names: string[] = [];
      archive.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        archive.readEntry();
      });
      archive.on('end', () => resolve(names));
      archive.readEntry();
    }),
  );
}

describeInBrowser('documents in the console', () => {
  const app = consoleUnderTest();
  let context: BrowserContext;
  let page: Page;
  afterAll(async () => context?.close());

  async function call(path: string, token: string, body?: object): Promise<any> {
    const response = await fetch(`${app.server.url}/api${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  }
  async function tokenOf(email: string): Promise<{ token: string; id: string }> {
    const body = await (
      await fetch(`${app.server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      })
    ).json();
    return { token: body.accessToken, id: body.user.id };
  }

  test('an advisor drops two files on a checklist item and sees it done, previews a PDF, downloads the dossier', async () => {
    const coordinator = await tokenOf('coordinator@demo.traject.brussels');
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    const organisation = await call('/organisations', coordinator.token, { name: 'Atelier des Preuves' });
    await call('/cases', coordinator.token, {
      organisationId: organisation.id,
      title: 'Agrément',
      advisorId: advisor.id,
    });
    await call('/recognitions', advisor.token, { organisationId: organisation.id, kind: 'brussels_esd' });

    context = await app.browser.newContext({
      baseURL: app.server.url,
      viewport: { width: 1440, height: 1000 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    await page.goto('/');
    await page.getByRole('textbox', { name: 'E-mail' }).fill('advisor@demo.traject.brussels');
    await page.getByRole('textbox', { name: 'Mot de passe' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Connexion' }).click();
    await expectVisible(page.getByRole('heading', { name: /^Bonjour / }));
    await page.goto(`/#/organisations/${organisation.id}/show/recognition`);

    const statutes = page.getByRole('checkbox', { name: "Statuts et/ou règlement d'ordre intérieur", exact: true });
    await expectVisible(statutes);
    expect(await statutes.isChecked()).toBe(false);
    const files = [
      { name: 'statuts-2019.pdf', bytes: [...pdfWithText(['Statuts coordonnés 2019'])] },
      { name: 'statuts-modification-2024.pdf', bytes: [...pdfWithText(['Modification des statuts 2024'])] },
    ];
    const dataTransfer = await page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const file of list)
        transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: 'application/pdf' }));
      return transfer;
    }, files);
    await page
      .getByRole('button', { name: "Déposer la preuve « Statuts et/ou règlement d'ordre intérieur »" })
      .dispatchEvent('drop', { dataTransfer });

    await until(() => statutes.isChecked(), 'ticked by its documents');
    const proofs = page.getByLabel("Documents qui prouvent « Statuts et/ou règlement d'ordre intérieur »");
    await expectVisible(proofs.getByRole('button', { name: 'statuts-2019' }));
    await expectVisible(proofs.getByRole('button', { name: 'statuts-modification-2024' }));

    // Preview: the PDF opens in the console from the bytes the API served.
    await proofs.getByRole('button', { name: 'statuts-2019' }).click();
    const preview = page.getByRole('dialog').getByTestId('document-preview');
    await expectVisible(preview);
    expect(await preview.getAttribute('src')).toMatch(/^blob:/);
    await page.getByRole('dialog').getByRole('button', { name: 'Fermer' }).click();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le dossier (2 documents)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(
      'Atelier-des-Preuves-2026-dossier.zip'.replace('2026', String(new Date().getFullYear())),
    );
    const stream = await download.createReadStream();
    const parts: Buffer[] = [];
    for await (const part of stream) parts.push(part as Buffer);
    expect((await zipEntries(Buffer.concat(parts))).sort()).toEqual([
      '01-statuts-2019.pdf',
      '02-statuts-modification-2024.pdf',
      'index.csv',
    ]);
  });
});
