import type { Language, Text } from './language';

/**
 * The words for every code a person may see (chips, lists, exports, error messages, the import), in
 * French, Dutch and English as the Brussels administration writes them (DOMAIN.md, "Words"). One word
 * per code everywhere: the console's catalogues, the API's messages and the exports read these.
 * Add a code list here when you add one to the domain; the unit test checks each list against its codes.
 */
const t = (fr: string, nl: string, en: string): Text => ({ fr, nl, en });

/** The yearly obligations that follow an approval. */
const OBLIGATION = {
  activity_report: t("Rapport d'activités annuel", 'Jaarlijks activiteitenverslag', 'Yearly activity report'),
  balance_claim: t('Demande du solde annuel', 'Aanvraag van het jaarlijkse saldo', 'Yearly balance claim'),
};

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
    meets: t(
      'Conforme à la lecture de hub.brussels',
      'Conform de lezing van hub.brussels',
      'Meets the hub.brussels reading',
    ),
    partly_meets: t(
      'En partie conforme à la lecture de hub.brussels',
      'Gedeeltelijk conform de lezing van hub.brussels',
      'Partly meets the hub.brussels reading',
    ),
    does_not_meet: t(
      'Non conforme à la lecture de hub.brussels',
      'Niet conform de lezing van hub.brussels',
      'Does not meet the hub.brussels reading',
    ),
  },
  recognitionKind: {
    brussels_esd: t(
      'Agrément bruxellois – entreprise sociale et démocratique',
      'Brusselse erkenning – sociale en democratische onderneming',
      'Brussels approval – social and democratic enterprise',
    ),
    brussels_ipes: t(
      "Agrément bruxellois – initiative publique d'entrepreneuriat social",
      'Brusselse erkenning – publiek initiatief in sociaal ondernemerschap',
      'Brussels approval – public social-entrepreneurship initiative',
    ),
    brussels_esi_mandate: t(
      "Mandat d'entreprise sociale d'insertion",
      'Mandaat sociale inschakelingsonderneming',
      'Work-integration social enterprise mandate',
    ),
    federal_cnc_cooperative: t(
      'Société coopérative agréée (SPF Économie)',
      'Erkende coöperatieve vennootschap (FOD Economie)',
      'Approved cooperative (FPS Economy)',
    ),
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
  /** The dossier's items (DOMAIN.md "The file holds"), in the order of `CHECKLIST_ITEMS`. */
  checklistItem: {
    application_form: t('Formulaire de demande', 'Aanvraagformulier', 'Application form'),
    standard_form: t(
      'Formulaire type prouvant chaque caractéristique (dès le premier renouvellement)',
      'Standaardformulier dat elk kenmerk aantoont (vanaf de eerste hernieuwing)',
      'Standard form proving each characteristic (from the first renewal)',
    ),
    activity_report: t(
      "Rapport d'activités sur les trois principes",
      'Activiteitenverslag over de drie principes',
      'Activity report on the three principles',
    ),
    statutes: t(
      "Statuts et/ou règlement d'ordre intérieur",
      'Statuten en/of huishoudelijk reglement',
      'Statutes and/or internal rules',
    ),
    accounts_last_3_years: t(
      'Comptes des 3 dernières années',
      'Jaarrekeningen van de laatste 3 jaar',
      'Accounts of the last 3 years',
    ),
    starting_budget: t(
      "Budget ou plan d'affaires (entreprise qui démarre)",
      'Begroting of ondernemingsplan (startende onderneming)',
      'Budget or business plan (starting enterprise)',
    ),
    staff_and_evolution: t('Personnel et son évolution', 'Personeel en de evolutie ervan', 'Staff and its evolution'),
    wage_tension_calculation: t(
      'Calcul de la tension salariale',
      'Berekening van de loonspanning',
      'Wage-tension calculation',
    ),
    board_and_organisation_chart: t(
      "Conseil d'administration et organigramme",
      'Raad van bestuur en organigram',
      'Board and organisation chart',
    ),
    yearly_open_meeting_proof: t(
      'Preuve de la réunion annuelle ouverte au personnel et aux parties prenantes',
      'Bewijs van de jaarlijkse vergadering open voor personeel en belanghebbenden',
      'Proof of a yearly meeting open to staff and stakeholders',
    ),
    board_composition: t(
      "Conseil d'administration et assemblée générale : au plus 49 % d'entreprises sans finalité sociale, 25 % de pouvoirs publics",
      'Raad van bestuur en algemene vergadering: hoogstens 49% ondernemingen zonder sociaal doel, 25% overheden',
      'Board and general assembly: at most 49% from enterprises without a social aim, 25% from public authorities',
    ),
    sustainable_practices: t(
      'Pratiques de production et de consommation durables, et affectation des bénéfices à la finalité sociale',
      'Duurzame productie- en consumptiepraktijken, en hoe de winst het sociale doel dient',
      'Sustainable production and consumption practices, and how profits serve the social purpose',
    ),
    target_public_staff: t(
      'Au moins 4 ETP du public cible par projet',
      'Minstens 4 VTE uit het doelpubliek per project',
      'At least 4 FTE from the target public per project',
    ),
    supervision_staff: t("Au moins 1 ETP d'encadrement", 'Minstens 1 VTE omkadering', 'At least 1 FTE supervising'),
    tax_and_social_security_clearance: t(
      'Pas de dettes fiscales ou sociales (ou un plan de paiement respecté)',
      'Geen fiscale of sociale schulden (of een nageleefd afbetalingsplan)',
      'No tax or social-security debts (or a payment plan honoured)',
    ),
  },
  obligation: OBLIGATION,
  /** What a deadline mail announces: a renewal window opening, or a yearly obligation. */
  deadline: {
    renewal: t(
      'Ouverture de la fenêtre de renouvellement',
      'Opening van de hernieuwingsperiode',
      'Renewal window opening',
    ),
    ...OBLIGATION,
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
  intakeTopic: {
    recognition: t(
      'Agrément comme entreprise sociale',
      'Erkenning als sociale onderneming',
      'Recognition as a social enterprise',
    ),
    emes_model: t(
      'EMES / modèle d’entreprise sociale',
      'EMES / sociaal ondernemingsmodel',
      'EMES / social enterprise model',
    ),
    financing: t('Financement', 'Financiering', 'Financing'),
    cooperative_governance: t('Gouvernance coopérative', 'Coöperatief bestuur', 'Cooperative governance'),
    coopcity_programmes: t('Programmes COOPCITY', 'COOPCITY-programma’s', 'COOPCITY programmes'),
    social_innovation: t('Innovation sociale', 'Sociale innovatie', 'Social innovation'),
    other: t('Autre', 'Andere', 'Other'),
  },
  /** The kinds of paper kept with a journey (`DOCUMENT_KINDS`). */
  documentKind: {
    statutes: t('Statuts', 'Statuten', 'Statutes'),
    internal_rules: t("Règlement d'ordre intérieur", 'Huishoudelijk reglement', 'Internal rules'),
    annual_accounts: t('Comptes annuels', 'Jaarrekening', 'Annual accounts'),
    activity_report: t("Rapport d'activités", 'Activiteitenverslag', 'Activity report'),
    budget_or_business_plan: t("Budget ou plan d'affaires", 'Begroting of ondernemingsplan', 'Budget or business plan'),
    wage_tension_calculation: t(
      'Calcul de la tension salariale',
      'Berekening van de loonspanning',
      'Wage-tension calculation',
    ),
    board_and_organisation_chart: t(
      "Conseil d'administration et organigramme",
      'Raad van bestuur en organigram',
      'Board and organisation chart',
    ),
    open_meeting_minutes: t(
      "Procès-verbal de l'assemblée ouverte",
      'Verslag van de open vergadering',
      'Open-meeting minutes',
    ),
    application_form: t('Formulaire de demande', 'Aanvraagformulier', 'Application form'),
    decision_letter: t('Lettre de décision', 'Beslissingsbrief', 'Decision letter'),
    correspondence: t('Correspondance', 'Briefwisseling', 'Correspondence'),
    other: t('Autre', 'Andere', 'Other'),
  },
  /** What the KBO says of an enterprise that is no longer simply active (`KBO_ALERTS`). */
  kboAlert: {
    stopped: t('arrêtée', 'stopgezet', 'stopped'),
    bankruptcy: t('en faillite', 'failliet', 'bankrupt'),
    liquidation: t('en liquidation', 'in vereffening', 'in liquidation'),
    reorganisation: t('en réorganisation judiciaire', 'in gerechtelijke reorganisatie', 'in judicial reorganisation'),
  },
  /** Why two organisations look like the same one (duplicates, the import's lookalike check). */
  duplicateReason: {
    same_enterprise_number: t("même numéro d'entreprise", 'zelfde ondernemingsnummer', 'same enterprise number'),
    similar_name: t('nom semblable', 'gelijkaardige naam', 'similar name'),
    same_website: t('même site web', 'zelfde website', 'same website'),
    same_email_domain: t('même domaine de courriel', 'zelfde e-maildomein', 'same e-mail domain'),
    same_email: t('même e-mail', 'zelfde e-mail', 'same e-mail'),
    same_phone: t('même téléphone', 'zelfde telefoon', 'same phone'),
    same_address: t('même adresse', 'zelfde adres', 'same address'),
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
  const words = LABELS[list] as Record<string, Text>;
  // Own entries only: a code named like an object's property (`constructor`) is an unknown code, not an empty word.
  return Object.hasOwn(words, String(code)) ? words[String(code)][language] : String(code);
}

/** `{ code: word }` of one list in one language: what the console's catalogues and the export read. */
export function labelsIn(list: LabelList, language: Language): Record<string, string> {
  return Object.fromEntries(
    Object.entries(LABELS[list] as Record<string, Text>).map(([code, text]) => [code, text[language]]),
  );
}
