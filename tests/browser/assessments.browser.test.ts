import type { BrowserContext, Page } from 'playwright-core';
import { consoleUnderTest, DEMO_PASSWORD, describeInBrowser, expectVisible, demoToken } from '../support/browser';
import { INDICATORS } from '../../api/src/domain/emes';
import { EMES_GUIDANCE } from '../../api/src/domain/emes-guidance';

/** The guidance titles in French (the sign-in language), from the file the console and the API share. */
const TITLE_FR = (code: keyof typeof EMES_GUIDANCE) => EMES_GUIDANCE[code].fr.title;

interface Assessment {
  id: string;
  status: string;
  verdict: string;
  wageRatio: number | null;
  pillars: Record<string, string>;
  indicators: { code: string; rating: string; evidence: string }[];
}

describeInBrowser('assessments, recognition and referrals in the console', () => {
  const app = consoleUnderTest();
  let context: BrowserContext;
  let page: Page;

  afterAll(async () => {
    await context?.close();
  });

  async function call<T>(path: string, token: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    const response = await fetch(`${app.server.url}/api${path}`, {
      method: init.method ?? 'GET',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  const tokenOf = (email: string) => demoToken(app.server.url, email);

  test('an advisor fills and finalises an EMES assessment, submits a recognition file and refers the organisation to COOPCITY', async () => {
    const admin = await tokenOf('admin@demo.traject.brussels');
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    const programme = await call<{ id: string; name: string }>('/programmes', admin.token, {
      method: 'POST',
      body: { partner: 'coopcity', name: 'Consolidation (test)', stage: 'consolidation', active: true },
    });
    const filter = encodeURIComponent(JSON.stringify({ advisorId: advisor.id, status: 'open' }));
    const [openCase] = await call<{ id: string; organisationId: string }[]>(
      `/cases?filter=${filter}&range=[0,0]`,
      advisor.token,
    );
    expect(openCase).toBeDefined();
    const organisationId = openCase.organisationId;

    // Sign in (French) and open the organisation's "Assessments" tab.
    context = await app.browser.newContext({ baseURL: app.server.url, viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await page.goto('/');
    await page.getByRole('textbox', { name: 'E-mail' }).fill('advisor@demo.traject.brussels');
    await page.getByRole('textbox', { name: 'Mot de passe' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Connexion' }).click();
    await expectVisible(page.getByRole('heading', { name: /^Bonjour / }));
    await page.goto(`/#/organisations/${organisationId}/show/assessments`);
    await page.getByRole('button', { name: 'Nouvelle évaluation' }).click();
    await expectVisible(page.getByRole('heading', { name: /^Profil EMES du / }));

    // Rate the indicators; the guidance unfolds in French.
    for (const { code } of INDICATORS) {
      const rating = code === 'gov_participatory' ? 'Partiel' : 'Rempli';
      await page
        .getByRole('group', { name: TITLE_FR(code), exact: true })
        .getByRole('button', { name: rating, exact: true })
        .click();
    }
    await page
      .getByRole('textbox', { name: `Justification – ${TITLE_FR('econ_continuous_activity')}` })
      .fill('Restaurant ouvert toute l’année, 80 % de ventes.');
    const result = page.getByRole('complementary', { name: 'Lecture de hub.brussels' });
    await expectVisible(result.getByText('En partie conforme à la lecture de hub.brussels'));

    // Wages 2000 and 9000: 1:4.5 breaks the 1:4 rule, the social pillar and the verdict turn to "not met".
    await page
      .getByRole('spinbutton', { name: 'Salaire le plus bas : brut mensuel ETP avec avantages (€)' })
      .fill('2000');
    await page
      .getByRole('spinbutton', { name: 'Salaire le plus haut : brut mensuel ETP avec avantages (€)' })
      .fill('9000');
    await expectVisible(page.getByText('Au-delà de la règle 1:4'));
    await expectVisible(result.getByText('Non conforme à la lecture de hub.brussels'));
    await expectVisible(result.locator('[data-pillar="social"]').getByText('Non rempli'));
    await expectVisible(result.locator('[data-pillar="economic"]').getByText('Rempli', { exact: true }));

    // Finalise (saves first), confirm.
    await result.getByRole('button', { name: 'Finaliser' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Finaliser' }).click();
    await expectVisible(page.getByText('Évaluation finalisée', { exact: true }));
    await expectVisible(page.getByText(/Cette évaluation est finalisée/));
    const [assessment] = await call<Assessment[]>(
      `/assessments?filter=${encodeURIComponent(JSON.stringify({ organisationId }))}`,
      advisor.token,
    );
    expect(assessment).toMatchObject({ status: 'final', verdict: 'does_not_meet', wageRatio: 4.5 });
    expect(assessment.pillars).toEqual({ economic: 'met', social: 'not_met', governance: 'partly' });
    expect(assessment.indicators.find((answer) => answer.code === 'soc_wage_tension')?.rating).toBe('not_met');
    expect(assessment.indicators.find((answer) => answer.code === 'econ_continuous_activity')?.evidence).toMatch(
      /Restaurant ouvert/,
    );

    // The tab lists it with its verdict.
    await page.goto(`/#/organisations/${organisationId}/show/assessments`);
    const history = page.getByRole('table', { name: 'Historique des évaluations' });
    await expectVisible(history.getByText('Finalisée'));
    await expectVisible(history.getByText('Non conforme à la lecture de hub.brussels'));

    // Recognition: open a file (preparing) and submit it.
    await page.getByRole('tab', { name: 'Agrément' }).click();
    await page.getByRole('button', { name: 'Nouveau dossier' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Créer' }).click();
    await expectVisible(page.getByText("Dossier d'agrément ouvert"));
    const file = page.getByRole('region', { name: "Dossier d'agrément" });
    await expectVisible(file.locator('[data-status="preparing"]'));
    await file.getByRole('group', { name: 'Étapes suivantes' }).getByRole('button', { name: 'Introduire' }).click();
    const move = page.getByRole('dialog');
    await move
      .getByRole('textbox', { name: 'Commentaire (facultatif)' })
      .fill('Déposé chez Bruxelles Économie et Emploi');
    await move.getByRole('button', { name: 'Confirmer' }).click();
    await expectVisible(page.getByText('Dossier désormais « Introduit »'));
    await expectVisible(
      page.getByRole('region', { name: "Dossier d'agrément" }).locator('[data-status="submitted"]').first(),
    );
    const [recognition] = await call<{ status: string; submittedOn: string | null }[]>(
      `/recognitions?filter=${encodeURIComponent(JSON.stringify({ organisationId }))}`,
      advisor.token,
    );
    expect(recognition.status).toBe('submitted');
    expect(recognition.submittedOn).toBeTruthy();

    // Referral to the COOPCITY programme.
    await page.getByRole('tab', { name: 'Orientations' }).click();
    await page.getByRole('button', { name: 'Orienter vers COOPCITY / BISSIB' }).click();
    const refer = page.getByRole('dialog');
    await refer.getByRole('combobox', { name: 'Programme' }).click();
    await page.getByRole('option', { name: /Consolidation \(test\)/ }).click();
    await refer.getByRole('button', { name: 'Orienter', exact: true }).click();
    await expectVisible(page.getByText('Orientation enregistrée'));
    await expectVisible(page.getByRole('row').filter({ hasText: 'Consolidation (test)' }).getByText('Proposée'));
    const [referral] = await call<{ partner: string; programmeId: string; status: string; referredById: string }[]>(
      `/referrals?filter=${encodeURIComponent(JSON.stringify({ organisationId }))}`,
      advisor.token,
    );
    expect(referral).toMatchObject({
      partner: 'coopcity',
      programmeId: programme.id,
      status: 'proposed',
      referredById: advisor.id,
    });
  });
});
