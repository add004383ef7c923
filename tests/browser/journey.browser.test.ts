import type { BrowserContext, Page } from 'playwright-core';
import {
  consoleUnderTest,
  DEMO_PASSWORD,
  describeInBrowser,
  expectVisible,
  demoToken,
  apiGet,
  typeDate,
} from '../support/browser';

const OPEN_STAGES = ['intake', 'diagnosis', 'assessment', 'recognition', 'referral', 'follow_up'];
const STAGE_FR: Record<string, string> = {
  intake: 'Accueil',
  diagnosis: 'Diagnostic',
  assessment: 'Évaluation',
  recognition: 'Agrément',
  referral: 'Orientation',
  follow_up: 'Suivi',
};

interface CaseRecord {
  id: string;
  organisationId: string;
  stage: string;
  status: string;
  advisorId: string | null;
}

describeInBrowser('the support journey in the console', () => {
  const app = consoleUnderTest();
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  const api = <T>(path: string, token: string) => apiGet<T>(app.server.url, path, token);

  const tokenOf = (email: string) => demoToken(app.server.url, email);

  /** A fresh browser session signed in as `email`; the sign-in screen is French. */
  async function signIn(email: string, firstHeading: RegExp): Promise<void> {
    await context?.close();
    context = await app.browser.newContext({ baseURL: app.server.url, viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await page.goto('/');
    await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await page.getByRole('textbox', { name: 'Mot de passe' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Connexion' }).click();
    await expectVisible(page.getByRole('heading', { name: firstHeading }));
  }

  test('a coordinator assigns a case; the advisor logs a meeting with a follow-up, finds the task on their home, and moves the case on the board', async () => {
    const coordinator = await tokenOf('coordinator@demo.traject.brussels');
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    const filter = encodeURIComponent(
      JSON.stringify({ advisorId: null, status: 'open', stage: OPEN_STAGES.slice(0, -1) }),
    );
    const [unassigned] = await api<CaseRecord[]>(
      `/cases?filter=${filter}&sort=["openedOn","ASC"]&range=[0,0]`,
      coordinator.token,
    );
    expect(unassigned).toBeDefined();
    const organisation = await api<{ name: string }>(`/organisations/${unassigned.organisationId}`, coordinator.token);
    const nextStage = OPEN_STAGES[OPEN_STAGES.indexOf(unassigned.stage) + 1];

    // The coordinator (Dutch) assigns it from the home page's list of cases without an advisor.
    await signIn('coordinator@demo.traject.brussels', /^Hallo /);
    const toAssign = page
      .getByRole('region', { name: 'Trajecten zonder adviseur' })
      .getByRole('row')
      .filter({ hasText: organisation.name });
    await toAssign.getByRole('combobox', { name: 'Toewijzen aan' }).click();
    await page.getByRole('option', { name: 'Sarah El Amrani' }).click();
    await expectVisible(page.getByText('Traject toegewezen aan Sarah El Amrani'));
    await expect(api<CaseRecord>(`/cases/${unassigned.id}`, coordinator.token)).resolves.toMatchObject({
      advisorId: advisor.id,
    });

    // The advisor (French) finds the organisation with the search box of the app bar.
    await signIn('advisor@demo.traject.brussels', /^Bonjour /);
    await page.getByRole('searchbox', { name: 'Rechercher dans Traject' }).fill(organisation.name.slice(0, 12));
    await page
      .getByRole('list', { name: 'Organisations' })
      .getByRole('button', { name: new RegExp(escapeRegExp(organisation.name)) })
      .first()
      .click();
    const openCase = page.getByRole('region', { name: 'Accompagnement en cours' });
    await expectVisible(openCase.getByText(STAGE_FR[unassigned.stage]));
    await expectVisible(openCase.getByText(/Sarah El Amrani/));

    // Logging a meeting: now, in person, the open case are already filled in.
    await page.getByRole('tab', { name: 'Rencontres' }).click();
    await page.getByRole('button', { name: 'Noter une rencontre' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Objet' }).fill('Visite de l’atelier de test');
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('Tour de l’atelier, questions sur l’agrément.');
    const participants = dialog.getByRole('checkbox');
    if ((await participants.count()) > 0) await participants.first().check();
    const followUp = endOfThisWeek();
    await typeDate(dialog.getByRole('group', { name: 'Suivi le' }), followUp.split('-').reverse().join('/'));
    await expectVisible(dialog.getByText('Crée une tâche pour vous à cette date'));
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expectVisible(page.getByText('Rencontre enregistrée'));
    await expectVisible(page.getByRole('row').filter({ hasText: 'Visite de l’atelier de test' }));
    const [meeting] = await api<{ caseId: string; followUpOn: string; channel: string }[]>(
      `/meetings?filter=${encodeURIComponent(JSON.stringify({ organisationId: unassigned.organisationId, subject: 'Visite de l’atelier de test' }))}`,
      advisor.token,
    );
    expect(meeting).toMatchObject({ caseId: unassigned.id, followUpOn: followUp, channel: 'in_person' });
    // The organisation's journey shows the meeting with the first words of its notes.
    await page.getByRole('tab', { name: 'Parcours' }).click();
    await expectVisible(
      page.getByTestId('timeline-excerpt').filter({ hasText: 'Tour de l’atelier, questions sur l’agrément.' }),
    );

    // The follow-up task is on the advisor's home, among the tasks of the week.
    await page.getByRole('menuitem', { name: 'Tableau de bord' }).click();
    await expectVisible(
      page.getByRole('region', { name: 'Mes tâches de la semaine' }).getByText('Suivi : Visite de l’atelier de test'),
    );

    // On the board, the advisor drags the card to the next stage.
    await page.getByRole('menuitem', { name: 'Tableau', exact: true }).click();
    const from = page.getByRole('region', { name: STAGE_FR[unassigned.stage], exact: true });
    const to = page.getByRole('region', { name: STAGE_FR[nextStage], exact: true });
    const card = from.getByRole('article', { name: organisation.name });
    await expectVisible(card);
    // Dragged by its grip (the card's middle holds links, where a press opens the case instead).
    await card.locator('[data-drag-handle]').dragTo(to.getByRole('heading'));
    await expectVisible(page.getByText(`Accompagnement passé à l’étape ${STAGE_FR[nextStage]}`));
    await expectVisible(to.getByRole('article', { name: organisation.name }));
    await expect(from.getByRole('article', { name: organisation.name }).count()).resolves.toBe(0);
    await expect(api<CaseRecord>(`/cases/${unassigned.id}`, advisor.token)).resolves.toMatchObject({
      stage: nextStage,
    });

    // A card of a case assigned to someone else cannot be dragged.
    const others = page.locator('article[data-draggable="false"]');
    if ((await others.count()) > 0) await expect(others.first().getAttribute('draggable')).resolves.toBe('false');
  });

  test('the journey lists filter in one click: my tasks, overdue, my meetings, my cases', async () => {
    const advisor = await tokenOf('advisor@demo.traject.brussels');
    const totalOf = async (resource: string, filter: object) => {
      const response = await fetch(
        `${app.server.url}/api/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,0]`,
        { headers: { Authorization: `Bearer ${advisor.token}` } },
      );
      return Number(response.headers.get('Content-Range')?.split('/').pop());
    };
    await signIn('advisor@demo.traject.brussels', /^Bonjour /);
    // The tasks list opens on "my open tasks", soonest due first, 25 a page.
    await page.getByRole('menuitem', { name: 'Tâches', exact: true }).click();
    const mine = await totalOf('tasks', { status: 'todo', assigneeId: advisor.id });
    expect(mine).toBeGreaterThan(0);
    await expect(
      page
        .getByRole('group', { name: 'Filtres rapides' })
        .getByRole('button', { name: 'Mes tâches', exact: true })
        .getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await expectVisible(page.getByText(new RegExp(`^1-${Math.min(mine, 25)} sur ${mine}$`)));
    const steps: Array<[string, string, string, object]> = [
      ['tasks', 'Tâches', 'En retard', { status: 'todo', assigneeId: advisor.id, overdue: true }],
      ['meetings', 'Rencontres', 'Mes rencontres', { authorId: advisor.id }],
      ['cases', 'Accompagnements', 'Mes accompagnements', { status: 'open', advisorId: advisor.id }],
    ];
    for (const [resource, menu, chip, filter] of steps) {
      if (!page.url().includes(`#/${resource}`)) await page.getByRole('menuitem', { name: menu, exact: true }).click();
      await page.getByRole('group', { name: 'Filtres rapides' }).getByText(chip, { exact: true }).click();
      const total = await totalOf(resource, filter);
      if (chip.startsWith('Mes')) expect(total).toBeGreaterThan(0);
      await expectVisible(total > 0 ? page.getByText(new RegExp(`sur ${total}$`)) : page.getByText(/Aucun résultat/));
    }
  });
});

/** The Sunday ending this week, as the browser (same machine) counts it. */
function endOfThisWeek(): string {
  const now = new Date();
  const sunday = new Date(now);
  sunday.setDate(now.getDate() + ((7 - now.getDay()) % 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sunday.getFullYear()}-${pad(sunday.getMonth() + 1)}-${pad(sunday.getDate())}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
