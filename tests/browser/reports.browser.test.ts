import { readFile } from 'node:fs/promises';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { label } from '../../api/src/domain';
import {
  consoleUnderTest,
  DEMO_PASSWORD,
  describeInBrowser,
  expectVisible,
  TIMEOUT,
  typeDate,
} from '../support/browser';

/** Each test signs in and waits for the API: more than jest's default 30 s on a busy machine. */
const TEST_TIMEOUT = 90_000;

interface Overview {
  organisations: { supported: number; bySector: { key: string; count: number }[] };
  meetings: { total: number };
}

describeInBrowser('reports, exports and the audit log in the console', () => {
  const app = consoleUnderTest();
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  async function tokenOf(email: string): Promise<string> {
    const response = await fetch(`${app.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  async function api(path: string, token: string): Promise<Response> {
    const response = await fetch(`${app.server.url}/api${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response;
  }

  async function overview(token: string, from: string, to: string): Promise<Overview> {
    return (await (await api(`/reports/overview?from=${from}&to=${to}`, token)).json()) as Overview;
  }

  /** A fresh browser session signed in as `email`; the sign-in screen is French. */
  async function signIn(email: string, firstHeading: RegExp): Promise<void> {
    await context?.close();
    context = await app.browser.newContext({
      baseURL: app.server.url,
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    await page.goto('/');
    await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await page.getByRole('textbox', { name: 'Mot de passe' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Connexion' }).click();
    await expectVisible(page.getByRole('heading', { name: firstHeading }));
  }

  /** The figure shown in the dashboard card named `name`. */
  function figure(name: string) {
    return page.getByRole('region', { name, exact: true }).locator('[data-figure]');
  }

  async function expectFigure(name: string, value: number): Promise<void> {
    await expectText(figure(name), new Intl.NumberFormat('fr').format(value));
  }

  test(
    'the manager sees the figures of the period, changes it, and downloads the numbers of a chart',
    async () => {
      const manager = await tokenOf('manager@demo.traject.brussels');
      const thisYear = { from: `${new Date().getFullYear()}-01-01`, to: localDay(new Date()) };
      const expected = await overview(manager, thisYear.from, thisYear.to);

      // The manager's home is the dashboard, this year by default.
      await signIn('manager@demo.traject.brussels', /^Bonjour /);
      await expectFigure('Organisations accompagnées', expected.organisations.supported);
      await expectFigure('Rencontres', expected.meetings.total);
      await expectVisible(page.getByText(/^Chiffres de \d{1,2}:\d{2} \(recalculés au plus chaque minute\)$/));
      const sectors = page.getByRole('region', { name: 'Organisations par secteur' });
      await expectVisible(sectors.locator('svg'));
      expect(await sectors.locator('svg rect, svg path').count()).toBeGreaterThan(0);

      // Another period: the figures follow (and match the API for that period).
      const past = { from: '2020-01-01', to: '2020-12-31' };
      const before = await overview(manager, past.from, past.to);
      expect(before.meetings.total).not.toBe(expected.meetings.total);
      // Typed as a person types them, Belgian style whatever the browser's locale.
      expect(await typeDate(page.getByRole('group', { name: 'Du', exact: true }), '01/01/2020')).toBe('01/01/2020');
      expect(await typeDate(page.getByRole('group', { name: 'Au', exact: true }), '31/12/2020')).toBe('31/12/2020');
      await expectFigure('Organisations accompagnées', before.organisations.supported);
      await expectFigure('Rencontres', before.meetings.total);
      expect(page.url()).toContain(`from=${past.from}`);

      // A preset brings the period back.
      await page.getByRole('button', { name: 'Cette année' }).click();
      await expectFigure('Rencontres', expected.meetings.total);

      // The numbers behind a chart, as CSV built in the browser in French: BOM, `;`, the chart's title and "Nombre", labels not codes.
      const [download] = await Promise.all([
        page.waitForEvent('download', TIMEOUT),
        page.getByRole('button', { name: 'Télécharger les chiffres de « Organisations par secteur » en CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(
        `traject-organisations-par-secteur-${thisYear.from}-${thisYear.to}.csv`,
      );
      const text = await contentOf(download);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parseCsv(text.slice(1), ';');
      expect(header).toEqual(['Organisations par secteur', 'Nombre']);
      expect(rows.map(([word, count]) => [word, Number(count)])).toEqual(
        expected.organisations.bySector.map((b) => [b.key ? label('sector', b.key, 'fr') : 'Inconnu', b.count]),
      );
      expect(rows.flat().join(' ')).not.toMatch(/[a-z]+_[a-z]+/);
    },
    TEST_TIMEOUT,
  );

  test(
    'a coordinator exports the organisations list as CSV: the header and every row the list counts',
    async () => {
      const coordinator = await tokenOf('coordinator@demo.traject.brussels');
      const listed = await api(
        `/organisations?filter=${encodeURIComponent(JSON.stringify({ archived: false }))}&range=[0,0]`,
        coordinator,
      );
      const total = Number(listed.headers.get('Content-Range')?.split('/').pop());
      expect(total).toBeGreaterThan(0);

      await signIn('coordinator@demo.traject.brussels', /^Hallo /);
      await page.getByRole('menuitem', { name: 'Organisaties' }).click();
      await expectVisible(page.getByText(new RegExp(`van ${total}$`)));
      // The export menu of the toolbar (the bulk toolbar has its own export of the selected rows).
      await page.getByRole('button', { name: 'Exporteren' }).and(page.locator('[aria-haspopup="menu"]')).click();
      const [download] = await Promise.all([
        page.waitForEvent('download', TIMEOUT),
        page.getByRole('menuitem', { name: /^CSV/ }).click(),
      ]);
      // In the console's language (Dutch): Dutch file name, headers and `;`.
      expect(download.suggestedFilename()).toMatch(/^traject-organisaties-\d{4}-\d{2}-\d{2}\.csv$/);
      const [header, ...rows] = parseCsv((await contentOf(download)).replace(/^\uFEFF/, ''), ';');
      expect(header.slice(0, 4)).toEqual(['Identificatie', 'Naam', 'Ondernemingsnummer', 'Rechtsvorm']);
      expect(rows).toHaveLength(total);
    },
    TEST_TIMEOUT,
  );

  test(
    'the admin opens the audit log, sees the export, unfolds an entry, and reads an organisation’s history',
    async () => {
      const admin = await tokenOf('admin@demo.traject.brussels');
      const [organisation] = (await (await api('/organisations?range=[0,0]', admin)).json()) as { id: string }[];

      await signIn('admin@demo.traject.brussels', /^Hello /);
      await page.getByRole('menuitem', { name: 'Audit log' }).click();
      const exportRow = page.getByRole('row').filter({ hasText: 'Export' }).filter({ hasText: 'Organisation' });
      await expectVisible(exportRow);
      await exportRow.first().click();
      const changes = page.getByRole('table', { name: 'Changes' });
      await expectVisible(changes.getByText('Format'));
      await expectVisible(changes.getByText('csv', { exact: true }));

      await page.goto(`/#/organisations/${organisation.id}/show/history`);
      const history = page.getByRole('list', { name: 'History' });
      await expectVisible(history.getByText('Created'));
      await expectVisible(history.getByRole('button', { name: 'Show the values at creation' }));
    },
    TEST_TIMEOUT,
  );
});

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function contentOf(download: Download): Promise<string> {
  const path = await download.path();
  if (!path) throw new Error('download failed');
  return readFile(path, 'utf8').then((text) => (text.charCodeAt(0) === 0xfeff ? text : text));
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function expectText(locator: ReturnType<Page['getByText']>, text: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT.timeout;
  let seen = '';
  while (Date.now() < deadline) {
    seen = (
      (await locator
        .first()
        .textContent({ timeout: 1000 })
        .catch(() => '')) ?? ''
    ).trim();
    if (seen === text) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`expected "${text}", saw "${seen}"`);
}
