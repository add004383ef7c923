import type { Language, Text } from './language';

/**
 * The words for every code a person may see (chips, lists, exports, error messages, the import), in
 * French, Dutch and English as the Brussels administration writes them (DOMAIN.md, "Words"). One word
 * per code everywhere: the console's catalogues, the API's messages and the exports read these.
 * Add a code list here when you add one to the domain; the unit test checks each list against its codes.
 */
const t = (fr: string, nl: string, en: string): Text => ({ fr, nl, en });

export const LABELS = {
  legalForm: {
    asbl_vzw: t('ASBL / VZW', 'ASBL / VZW', 'ASBL / VZW (non-profit association)'),
    aisbl_ivzw: t('AISBL / IVZW', 'AISBL / IVZW', 'AISBL / IVZW (international non-profit association)'),
    foundation: t('Fondation', 'Stichting', 'Foundation'),
    sc_cv: t('Société coopérative', 'Coöperatieve vennootschap', 'Cooperative company'),
    srl_bv: t('SRL', 'BV', 'Private limited company (SRL / BV)'),
    sa_nv: t('SA', 'NV', 'Public limited company (SA / NV)'),
    partnership: t('Société simple, SNC, SComm', 'Maatschap, VOF, CommV', 'Partnership'),
    mutual_society: t('Mutualité', 'Ziekenfonds', 'Mutual society'),
    public_body: t('Organisme public (CPAS…)', 'Openbaar bestuur (OCMW…)', 'Public body (CPAS / OCMW…)'),
    de_facto_association: t('Association de fait', 'Feitelijke vereniging', 'De facto association'),
    not_incorporated: t('Projet non constitué', 'Project zonder rechtsvorm', 'Not incorporated (project)'),
    other: t('Autre', 'Andere', 'Other'),
  },
  sector: {
    personal_services: t('Services aux personnes', 'Persoonlijke dienstverlening', 'Personal services'),
    health_care: t('Santé et soins', 'Gezondheidszorg', 'Health care'),
    social_action: t('Action sociale', 'Welzijn', 'Social action'),
    culture: t('Culture', 'Cultuur', 'Culture'),
    sustainable_food: t('Alimentation durable', 'Duurzame voeding', 'Sustainable food'),
    construction: t('Construction', 'Bouw', 'Construction'),
    housing: t('Logement', 'Huisvesting', 'Housing'),
    education: t('Éducation et formation', 'Onderwijs en opleiding', 'Education and training'),
    work_integration: t('Insertion socioprofessionnelle', 'Socioprofessionele inschakeling', 'Work integration'),
    environment: t('Environnement', 'Milieu', 'Environment'),
    circular_economy: t('Économie circulaire', 'Circulaire economie', 'Circular economy'),
    mobility: t('Mobilité', 'Mobiliteit', 'Mobility'),
    digital: t('Numérique', 'Digitaal', 'Digital'),
    finance: t('Finance solidaire', 'Solidaire financiering', 'Ethical finance'),
    service_vouchers: t('Titres-services', 'Dienstencheques', 'Service vouchers'),
    other: t('Autre', 'Andere', 'Other'),
  },
  language: {
    fr: t('Français', 'Frans', 'French'),
    nl: t('Néerlandais', 'Nederlands', 'Dutch'),
    en: t('Anglais', 'Engels', 'English'),
  },
  legalBasis: {
    public_task: t("Mission d'intérêt public", 'Taak van algemeen belang', 'Public task'),
    legal_obligation: t('Obligation légale', 'Wettelijke verplichting', 'Legal obligation'),
    contract: t('Contrat', 'Overeenkomst', 'Contract'),
    consent: t('Consentement', 'Toestemming', 'Consent'),
  },
  role: {
    advisor: t('Conseiller·ère', 'Adviseur', 'Advisor'),
    coordinator: t('Coordinateur·rice', 'Coördinator', 'Coordinator'),
    manager: t('Manager', 'Manager', 'Manager'),
    admin: t('Administrateur·rice', 'Beheerder', 'Administrator'),
  },
  stage: {
    intake: t('Accueil', 'Intake', 'Intake'),
    diagnosis: t('Diagnostic', 'Diagnose', 'Diagnosis'),
    assessment: t('Évaluation', 'Evaluatie', 'Assessment'),
    recognition: t('Agrément', 'Erkenning', 'Recognition'),
    referral: t('Orientation', 'Doorverwijzing', 'Referral'),
    follow_up: t('Suivi', 'Opvolging', 'Follow-up'),
    closed: t('Clôturé', 'Afgesloten', 'Closed'),
  },
  caseStatus: {
    open: t('Ouvert', 'Open', 'Open'),
    on_hold: t('En pause', 'Gepauzeerd', 'On hold'),
    closed: t('Clôturé', 'Afgesloten', 'Closed'),
  },
  priority: {
    low: t('Basse', 'Laag', 'Low'),
    normal: t('Normale', 'Normaal', 'Normal'),
    high: t('Haute', 'Hoog', 'High'),
  },
  channel: {
    in_person: t('En personne', 'Fysiek', 'In person'),
    video: t('Visioconférence', 'Videogesprek', 'Video call'),
    phone: t('Téléphone', 'Telefoon', 'Phone'),
    event: t('Événement', 'Evenement', 'Event'),
    email: t('E-mail', 'E-mail', 'Email'),
  },
  taskStatus: {
    todo: t('À faire', 'Te doen', 'To do'),
    done: t('Faite', 'Gedaan', 'Done'),
    cancelled: t('Annulée', 'Geannuleerd', 'Cancelled'),
  },
  assessmentStatus: {
    draft: t('Brouillon', 'Ontwerp', 'Draft'),
    final: t('Finalisée', 'Definitief', 'Final'),
  },
  reviewStatus: {
    agreed: t('Relecture : confirmée', 'Nalezing: bevestigd', 'Review: agreed'),
    returned: t('Relecture : renvoyée', 'Nalezing: teruggestuurd', 'Review: sent back'),
  },
  rating: {
    met: t('Rempli', 'Voldaan', 'Met'),
    partly: t('Partiel', 'Gedeeltelijk', 'Partly'),
    not_met: t('Non rempli', 'Niet voldaan', 'Not met'),
    unknown: t('Inconnu', 'Onbekend', 'Unknown'),
  },
  pillar: {
    economic: t('Économique', 'Economisch', 'Economic'),
    social: t('Social', 'Sociaal', 'Social'),
    governance: t('Gouvernance', 'Bestuur', 'Governance'),
  },
  /** The hub.brussels reading of an EMES profile: never "approved", never "meets EMES". */
  verdict: {
    meets: t('Conforme à la lecture hub.brussels', 'Conform de lezing van hub.brussels', 'Meets the hub.brussels reading'),
    partly_meets: t('Partiellement conforme', 'Gedeeltelijk conform', 'Partly meets'),
    does_not_meet: t('Non conforme', 'Niet conform', 'Does not meet'),
  },
  recognitionKind: {
    brussels_esd: t('Agrément bruxellois – entreprise sociale et démocratique', 'Brusselse erkenning – sociale en democratische onderneming', 'Brussels approval – social and democratic enterprise'),
    brussels_ipes: t(
      "Agrément bruxellois – initiative publique d'entrepreneuriat social",
      'Brusselse erkenning – publiek initiatief in sociaal ondernemerschap',
      'Brussels approval – public social-entrepreneurship initiative',
    ),
    brussels_esi_mandate: t("Mandat d'entreprise sociale d'insertion", 'Mandaat sociale inschakelingsonderneming', 'Work-integration social enterprise mandate'),
    federal_cnc_cooperative: t('Société coopérative agréée (SPF Économie)', 'Erkende coöperatieve vennootschap (FOD Economie)', 'Approved cooperative (FPS Economy)'),
    federal_social_enterprise: t(
      'Société coopérative agréée comme entreprise sociale',
      'Coöperatieve vennootschap erkend als sociale onderneming',
      'Cooperative approved as a social enterprise',
    ),
  },
  /** A recognition file's status: a granted file is « accordé » / "toegekend". */
  recognitionStatus: {
    preparing: t('En préparation', 'In voorbereiding', 'Preparing'),
    submitted: t('Introduit', 'Ingediend', 'Submitted'),
    incomplete: t('Incomplet', 'Onvolledig', 'Incomplete'),
    under_review: t("En cours d'examen", 'In behandeling', 'Under review'),
    approved: t('Accordé', 'Toegekend', 'Granted'),
    refused: t('Refusé', 'Geweigerd', 'Refused'),
    expired: t('Expiré', 'Verlopen', 'Expired'),
    withdrawn: t('Retiré', 'Ingetrokken', 'Withdrawn'),
  },
  /** An organisation's recognition (its latest Brussels approval file): the enterprise is « agréée » / "erkend". */
  organisationRecognition: {
    preparing: t('Dossier en préparation', 'Dossier in voorbereiding', 'File being prepared'),
    submitted: t('Dossier introduit', 'Dossier ingediend', 'File submitted'),
    incomplete: t('Dossier incomplet', 'Dossier onvolledig', 'File incomplete'),
    under_review: t("Dossier en cours d'examen", 'Dossier in behandeling', 'File under review'),
    approved: t('Agréée', 'Erkend', 'Approved'),
    refused: t('Agrément refusé', 'Erkenning geweigerd', 'Approval refused'),
    expired: t('Agrément expiré', 'Erkenning verlopen', 'Approval expired'),
    withdrawn: t('Agrément retiré', 'Erkenning ingetrokken', 'Approval withdrawn'),
  },
  recognitionTerm: {
    first: t('Premier agrément', 'Eerste erkenning', 'First approval'),
    renewal: t('Premier renouvellement', 'Eerste hernieuwing', 'First renewal'),
    further: t('Renouvellement suivant', 'Volgende hernieuwing', 'Further renewal'),
  },
  checklistItem: {
    activity_report: t("Rapport d'activités sur les trois principes", 'Activiteitenverslag over de drie principes', 'Activity report on the three principles'),
    statutes: t('Statuts', 'Statuten', 'Statutes'),
    accounts_last_3_years: t('Comptes des 3 dernières années', 'Jaarrekeningen van de laatste 3 jaar', 'Accounts of the last 3 years'),
    staff_and_evolution: t('Personnel et son évolution', 'Personeel en de evolutie ervan', 'Staff and its evolution'),
    wage_tension_calculation: t('Calcul de la tension salariale', 'Berekening van de loonspanning', 'Wage-tension calculation'),
    board_and_organisation_chart: t("Conseil d'administration et organigramme", 'Raad van bestuur en organigram', 'Board and organisation chart'),
    yearly_open_meeting_proof: t(
      'Preuve de la réunion annuelle ouverte au personnel et aux parties prenantes',
      'Bewijs van de jaarlijkse vergadering open voor personeel en belanghebbenden',
      'Proof of a yearly meeting open to staff and stakeholders',
    ),
  },
  obligation: {
    activity_report: t("Rapport d'activités annuel", 'Jaarlijks activiteitenverslag', 'Yearly activity report'),
    balance_claim: t('Demande du solde annuel', 'Aanvraag van het jaarlijkse saldo', 'Yearly balance claim'),
  },
  partner: {
    coopcity: t('COOPCITY', 'COOPCITY', 'COOPCITY'),
    bissib: t('BISSIB', 'BISSIB', 'BISSIB'),
  },
  referralStatus: {
    proposed: t('Proposée', 'Voorgesteld', 'Proposed'),
    sent: t('Envoyée', 'Verstuurd', 'Sent'),
    accepted: t('Acceptée', 'Aanvaard', 'Accepted'),
    in_progress: t('En cours', 'Lopend', 'In progress'),
    completed: t('Terminée', 'Voltooid', 'Completed'),
    declined: t('Déclinée', 'Afgewezen', 'Declined'),
    cancelled: t('Annulée', 'Geannuleerd', 'Cancelled'),
  },
  programmeStage: {
    idea: t('Idée', 'Idee', 'Idea'),
    launch: t('Lancement', 'Opstart', 'Launch'),
    consolidation: t('Consolidation', 'Consolidatie', 'Consolidation'),
    pooling: t('Mutualisation', 'Bundeling', 'Pooling'),
    innovation: t('Innovation', 'Innovatie', 'Innovation'),
    network: t('Réseau', 'Netwerk', 'Network'),
  },
  intakeStatus: {
    new: t('Nouvelle', 'Nieuw', 'New'),
    converted: t('Convertie', 'Omgezet', 'Converted'),
    dismissed: t('Classée', 'Geklasseerd', 'Dismissed'),
  },
  boolean: {
    true: t('Oui', 'Ja', 'Yes'),
    false: t('Non', 'Nee', 'No'),
  },
} satisfies Record<string, Record<string, Text>>;

export type LabelList = keyof typeof LABELS;

export function isLabelList(name: string): name is LabelList {
  return Object.prototype.hasOwnProperty.call(LABELS, name);
}

/** The word for `code` in `list`; an unknown code is returned as given (never a crash in front of a user). */
export function label(list: LabelList, code: string | boolean | null | undefined, language: Language): string {
  if (code == null || code === '') return '';
  const entry = (LABELS[list] as Record<string, Text>)[String(code)];
  return entry ? entry[language] : String(code);
}

/** `{ code: word }` of one list in one language: what the console's catalogues and the export read. */
export function labelsIn(list: LabelList, language: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(LABELS[list] as Record<string, Text>).map(([code, text]) => [code, text[language]]));
}
