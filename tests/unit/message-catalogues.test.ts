import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DOCUMENT_KINDS } from '../../api/src/domain/documents';
import { CASE_STAGES } from '../../api/src/domain/case-rules';
import { LEGAL_BASES } from '../../api/src/domain/contact-codes';
import { ERROR_MESSAGES, LABELS, LANGUAGES, MESSAGES, TEXT_MESSAGES, labelsIn, messagesIn } from '../../api/src/domain';
import { KBO_ALERTS } from '../../api/src/domain/kbo-situations';
import { LEGAL_FORMS, SECTORS } from '../../api/src/domain/organisation-codes';
import { CHECKLIST_ITEMS } from '../../api/src/domain/recognition-dossier';
import { ELIGIBILITY_WARNINGS, eligibilityWarnings } from '../../api/src/domain/recognition-eligibility';
import { RECOGNITION_KINDS, RECOGNITION_STATUSES, RECOGNITION_TERMS } from '../../api/src/domain/recognition-rules';
import { REFERRAL_STATUSES } from '../../api/src/domain/referral-rules';
import { renderTemplate } from '../../api/src/mail/mail-template';
import { MAIL_TEMPLATES } from '../../api/src/mail/templates';
import { taskTitles } from '../../api/src/recognitions/recognition-task-titles';
import { changeTaskTitle } from '../../api/src/domain/kbo-changes';
import en from '../../admin/src/i18n/en';
import fr from '../../admin/src/i18n/fr';
import nl from '../../admin/src/i18n/nl';

/**
 * Every word the server writes (errors, timeline, tasks, mails, calendar, exports, job names) lives in one
 * catalogue structure, `api/src/domain/messages/<concept>.ts` (`code -> t(fr, nl, en)`), and every code
 * a person may see has one word (`LABELS`) that the console's catalogues read rather than restate.
 */
const API_SRC = join(__dirname, '../../api/src');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** `{{name}}`, `{name}`, `{name|list}`, `{{date name}}`, `{{label "list" name}}`: what a text fills in, language aside. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{?[#/]?(?:if |date |label "\w+" )?(\w+)(?:\|(\w+))?\}\}?/g)].map((m) => m[0]).sort();

describe('the server’s one message catalogue', () => {
  it('has every code in French, Dutch and English, with the same placeholders in each', () => {
    expect(Object.keys(MESSAGES).length).toBe(Object.keys(ERROR_MESSAGES).length + Object.keys(TEXT_MESSAGES).length);
    for (const [code, text] of Object.entries(MESSAGES)) {
      for (const language of LANGUAGES)
        expect({ code, language, written: text[language].trim().length > 0 }).toEqual({
          code,
          language,
          written: true,
        });
      expect({ code, nl: placeholders(text.nl), en: placeholders(text.en) }).toEqual({
        code,
        nl: placeholders(text.fr),
        en: placeholders(text.fr),
      });
    }
  });

  it('defines each code once (a second definition in another concept’s file would silently win)', () => {
    const dir = join(API_SRC, 'domain/messages');
    const codes = readdirSync(dir).flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/^ {2}'([a-z_.]+)':/gm)].map((m) => m[1]),
    );
    expect(codes.length).toBeGreaterThan(300);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
  });

  it('has the codes built from a noun (merges)', () => {
    for (const noun of ['organisation', 'contact'])
      for (const reason of ['merged', 'merge_same', 'merge_source_unknown'])
        expect(Object.keys(ERROR_MESSAGES)).toContain(`${noun}.${reason}`);
  });

  it('holds the texts besides errors: timeline, tasks, mails, calendar, exports, job names, eligibility warnings', () => {
    for (const prefix of [
      'timeline.',
      'task.',
      'mail.',
      'calendar.',
      'export.column.',
      'export.file.',
      'import.report.',
      'dossier.column.',
      'job.title.',
      'recognition.warning.',
    ]) {
      expect({ prefix, found: Object.keys(TEXT_MESSAGES).some((code) => code.startsWith(prefix)) }).toEqual({
        prefix,
        found: true,
      });
    }
    for (const code of Object.keys(ERROR_MESSAGES))
      expect(code).not.toMatch(/^(timeline|mail|export|dossier)\.|^job\.title\./);
  });

  it('keeps no catalogue of server-written words elsewhere in api/src (a `{ fr, nl, en }` literal outside the domain core)', () => {
    // Public pages keep their typed page texts (every field in every language is a compile error if missing).
    const pages = [
      'intake/intake-texts.ts',
      'accessibility/statement-texts.ts',
      'accessibility/checks.ts',
      'kbo/kbo-demo.ts',
    ];
    // Words, not locale tags (`{ fr: 'fr-BE', nl: 'nl-BE' }`).
    const literal = /\{\s*fr: ['"`](?![a-z]{2}-[A-Z]{2}['"`])[^'"`]*['"`],\s*nl: ['"`]/;
    const found = sourceFiles(API_SRC)
      .map((path) => relative(API_SRC, path))
      .filter((path) => !path.startsWith('domain/') && !pages.includes(path))
      .filter((path) => literal.test(readFileSync(join(API_SRC, path), 'utf8')));
    expect(found).toEqual([]);
  });

  it('writes every mail in each language with no placeholder left unfilled', () => {
    const params = {
      taskId: 't1',
      taskTitle: 'Déposer',
      assignerName: 'Amira',
      organisationName: 'Coop',
      dueOn: '2026-05-31',
      dueTomorrowCount: 1,
      overdueCount: 0,
      dueTomorrow: [{ title: 'A', organisationName: 'Coop', dueOn: '2026-05-31' }],
      overdue: [],
      deadlines: [
        { organisationName: 'Coop', what: 'renewal', kind: 'brussels_ipes', on: '2026-11-30' },
        { organisationName: 'Coop', what: 'balance_claim', kind: 'brussels_esi_mandate', on: '2027-02-15' },
      ],
      unassigned: [{ organisationName: 'Coop', title: 'Accueil', openedOn: '2026-05-01' }],
      stalled: [{ organisationName: 'Coop', advisorName: 'Jan' }],
      tasks: [{ title: 'A' }],
      meetingsCount: 2,
      files: [{ organisationName: 'Coop', kind: 'federal_cnc_cooperative', status: 'submitted' }],
      question: 'Une question',
      formLanguage: 'fr',
      recipientName: 'Amira',
    };
    for (const [name, template] of Object.entries(MAIL_TEMPLATES)) {
      for (const language of LANGUAGES) {
        const mail = renderTemplate(template, language, params, 'https://traject.example');
        expect({ name, language, left: /\{\{|\}\}|[a-z]+_[a-z_]+/.test(mail.subject + mail.text) }).toEqual({
          name,
          language,
          left: false,
        });
      }
    }
    const deadlines = renderTemplate(
      MAIL_TEMPLATES['organisation-deadlines'],
      'nl',
      params,
      'https://traject.example',
    ).text;
    expect(deadlines).toContain(
      'Coop: Opening van de hernieuwingsperiode – Brusselse erkenning – publiek initiatief in sociaal ondernemerschap, op 30 november 2026',
    );
    expect(deadlines).toContain('Aanvraag van het jaarlijkse saldo – Mandaat sociale inschakelingsonderneming');
    const visitor = renderTemplate(MAIL_TEMPLATES['intake-received'], 'nl', params, 'https://traject.example').text;
    expect(visitor.match(/Amira/g)).toHaveLength(1);
    expect(visitor).not.toContain('profiel');
  });

  it('titles the server’s tasks in the assignee’s language from the catalogue, kinds by their one word', () => {
    expect(taskTitles.renewal('nl', 'brussels_ipes', '2027-05-31')).toBe(
      'Hernieuwingsperiode geopend: dien de hernieuwing in – Brusselse erkenning – publiek initiatief in sociaal ondernemerschap (einde op 31/05/2027)',
    );
    expect(taskTitles.call('fr', 'brussels_esi_mandate', '2027-03-01')).toBe(
      "Appel du Ministre : introduire le renouvellement – Mandat d'entreprise sociale d'insertion avant le 01/03/2027",
    );
    expect(taskTitles.obligation('en', 'activity_report', 2027, '2027-06-30')).toBe(
      'Yearly activity report 2026 to send by 30/06/2027',
    );
    expect(taskTitles.obligation(null, 'balance_claim', 2027, '2027-02-15')).toBe(
      'Demande de solde annuelle du mandat (2026) à introduire du 01/01 au 15/02/2027',
    );
    expect(changeTaskTitle('nl', 'Vélo Bleu', 'bankruptcy')).toBe(
      'KBO: wijzigingen van Vélo Bleu nakijken (onderneming failliet)',
    );
  });

  it('gives the eligibility warnings in the three languages, the API’s `message` in English for scripts', () => {
    for (const language of LANGUAGES)
      expect(Object.keys(messagesIn('recognition.warning', language)).sort()).toEqual([...ELIGIBILITY_WARNINGS].sort());
    const [warning] = eligibilityWarnings({
      kind: 'federal_social_enterprise',
      status: 'preparing',
      legalForm: 'asbl_vzw',
      postcode: '1000',
      inBrussels: true,
      registeredOn: null,
      permanentFte: null,
      selfEmployedPartners: null,
      mainOccupationPartners: null,
      brusselsApprovalWithdrawnOn: null,
      holdsValidApproval: false,
      kboAlert: null,
      today: '2026-12-01',
    });
    expect(warning).toEqual({ code: 'not_a_cooperative', message: 'A federal approval is only for a cooperative.' });
  });
});

describe('one word per code: the domain’s LABELS, read by the console', () => {
  it('has a word for exactly the codes of each code list', () => {
    const lists: Array<[keyof typeof LABELS, readonly string[]]> = [
      ['legalForm', LEGAL_FORMS],
      ['sector', SECTORS],
      ['stage', CASE_STAGES],
      ['legalBasis', LEGAL_BASES],
      ['recognitionKind', RECOGNITION_KINDS],
      ['recognitionStatus', RECOGNITION_STATUSES],
      ['organisationRecognition', RECOGNITION_STATUSES],
      ['recognitionTerm', RECOGNITION_TERMS],
      ['checklistItem', CHECKLIST_ITEMS],
      ['referralStatus', REFERRAL_STATUSES],
      ['documentKind', DOCUMENT_KINDS],
      ['kboAlert', KBO_ALERTS],
      ['language', LANGUAGES],
    ];
    for (const [list, codes] of lists)
      expect({ list, codes: Object.keys(LABELS[list]).sort() }).toEqual({ list, codes: [...codes].sort() });
  });

  it('is what the console shows for each code list, in French, Dutch and English', () => {
    const at = (catalogue: object, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], catalogue);
    const read: Record<string, keyof typeof LABELS> = {
      'traject.legal_forms': 'legalForm',
      'traject.sectors': 'sector',
      'traject.stages': 'stage',
      'traject.recognition_statuses': 'organisationRecognition',
      'traject.legal_bases': 'legalBasis',
      'traject.roles': 'role',
      'traject.languages': 'language',
      'traject.case_statuses': 'caseStatus',
      'traject.priorities': 'priority',
      'traject.channels': 'channel',
      'traject.task_statuses': 'taskStatus',
      'traject.assessments.statuses': 'assessmentStatus',
      'traject.assessments.review_statuses': 'reviewStatus',
      'traject.assessments.ratings': 'rating',
      'traject.assessments.verdicts': 'verdict',
      'traject.assessments.pillars': 'pillar',
      'traject.recognitions.kinds': 'recognitionKind',
      'traject.recognitions.statuses': 'recognitionStatus',
      'traject.recognitions.terms': 'recognitionTerm',
      'traject.recognitions.checklist': 'checklistItem',
      'traject.referrals.partners': 'partner',
      'traject.referrals.statuses': 'referralStatus',
      'traject.programmes.stages': 'programmeStage',
      'traject.duplicates.reasons': 'duplicateReason',
    };
    for (const [language, catalogue] of [
      ['fr', fr],
      ['nl', nl],
      ['en', en],
    ] as const) {
      for (const [path, list] of Object.entries(read))
        expect({ language, path, words: at(catalogue, path) }).toEqual({
          language,
          path,
          words: labelsIn(list, language),
        });
      expect(at(catalogue, 'traject.recognitions.warnings')).toEqual(messagesIn('recognition.warning', language));
    }
  });

  it('writes the words DOMAIN.md sets', () => {
    expect(labelsIn('recognitionKind', 'nl').brussels_ipes).toBe(
      'Brusselse erkenning – publiek initiatief in sociaal ondernemerschap',
    );
    expect(labelsIn('recognitionKind', 'fr').federal_cnc_cooperative).toBe('Société coopérative agréée (SPF Économie)');
    expect(labelsIn('recognitionStatus', 'fr').approved).toBe('Accordé');
    expect(labelsIn('organisationRecognition', 'fr').approved).toBe('Agréée');
    expect(labelsIn('sector', 'nl')).toMatchObject({
      social_action: 'Welzijn',
      work_integration: 'Socioprofessionele inschakeling',
    });
    expect(labelsIn('checklistItem', 'nl').yearly_open_meeting_proof).toContain('belanghebbenden');
    for (const language of LANGUAGES)
      for (const verdict of Object.values(labelsIn('verdict', language))) expect(verdict).toContain('hub.brussels');
  });
});
