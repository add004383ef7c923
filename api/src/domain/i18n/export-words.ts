import type { Language, Text } from './language';

/**
 * The words of the CSV and XLSX exports: each column's header (keyed by its machine name, the header of
 * `?codes=true`) and each report's name for its file and sheet, in French, Dutch and English.
 */
const t = (fr: string, nl: string, en: string): Text => ({ fr, nl, en });

export const EXPORT_HEADERS: Record<string, Text> = {
  id: t('Identifiant', 'Identificatie', 'Id'),
  name: t('Nom', 'Naam', 'Name'),
  organisation: t('Organisation', 'Organisatie', 'Organisation'),
  enterpriseNumber: t("Numéro d'entreprise", 'Ondernemingsnummer', 'Enterprise number'),
  legalForm: t('Forme juridique', 'Rechtsvorm', 'Legal form'),
  sectors: t('Secteurs', 'Sectoren', 'Sectors'),
  description: t('Description', 'Beschrijving', 'Description'),
  street: t('Rue et numéro', 'Straat en nummer', 'Street and number'),
  postcode: t('Code postal', 'Postcode', 'Postcode'),
  municipality: t('Commune', 'Gemeente', 'Municipality'),
  municipalityNis: t('Commune (code INS)', 'Gemeente (NIS-code)', 'Municipality (NIS code)'),
  municipalityFr: t('Commune (français)', 'Gemeente (Frans)', 'Municipality (French)'),
  municipalityNl: t('Commune (néerlandais)', 'Gemeente (Nederlands)', 'Municipality (Dutch)'),
  stage: t('Étape', 'Fase', 'Stage'),
  advisor: t('Conseiller·ère', 'Adviseur', 'Advisor'),
  coordinator: t('Coordinateur·rice', 'Coördinator', 'Coordinator'),
  recognitionStatus: t('Agrément', 'Erkenning', 'Recognition'),
  lastMeetingAt: t('Dernière rencontre', 'Laatste gesprek', 'Last meeting'),
  foundedOn: t('Fondée le', 'Opgericht op', 'Founded on'),
  registeredOn: t('Inscrite à la BCE le', 'Ingeschreven in de KBO op', 'Registered at the KBO on'),
  employeesFte: t('Travailleurs (ETP)', 'Werknemers (VTE)', 'Employees (FTE)'),
  volunteers: t('Bénévoles', 'Vrijwilligers', 'Volunteers'),
  languages: t('Langues', 'Talen', 'Languages'),
  tags: t('Étiquettes', 'Labels', 'Tags'),
  archived: t('Archivée', 'Gearchiveerd', 'Archived'),
  createdAt: t('Créé le', 'Aangemaakt op', 'Created on'),
  firstName: t('Prénom', 'Voornaam', 'First name'),
  lastName: t('Nom', 'Achternaam', 'Last name'),
  jobTitle: t('Fonction', 'Functie', 'Job title'),
  email: t('E-mail', 'E-mail', 'Email'),
  phone: t('Téléphone', 'Telefoon', 'Phone'),
  language: t('Langue', 'Taal', 'Language'),
  isPrimary: t('Contact principal', 'Hoofdcontact', 'Primary contact'),
  legalBasis: t('Base légale', 'Rechtsgrond', 'Legal basis'),
  consentGivenAt: t('Consentement donné le', 'Toestemming gegeven op', 'Consent given on'),
  anonymisedAt: t('Anonymisé le', 'Geanonimiseerd op', 'Anonymised on'),
  title: t('Titre', 'Titel', 'Title'),
  status: t('Statut', 'Status', 'Status'),
  priority: t('Priorité', 'Prioriteit', 'Priority'),
  openedOn: t('Ouvert le', 'Geopend op', 'Opened on'),
  closedOn: t('Clôturé le', 'Afgesloten op', 'Closed on'),
  closeReason: t('Motif de clôture', 'Reden van afsluiting', 'Reason for closing'),
  nextActionOn: t('Prochaine action le', 'Volgende actie op', 'Next action on'),
  summary: t('Résumé', 'Samenvatting', 'Summary'),
  occurredAt: t('Date', 'Datum', 'Date'),
  channel: t('Canal', 'Kanaal', 'Channel'),
  author: t('Auteur·rice', 'Auteur', 'Author'),
  subject: t('Sujet', 'Onderwerp', 'Subject'),
  durationMinutes: t('Durée (minutes)', 'Duur (minuten)', 'Duration (minutes)'),
  notes: t('Notes', 'Notities', 'Notes'),
  outcomes: t('Résultats', 'Resultaten', 'Outcomes'),
  nextSteps: t('Prochaines étapes', 'Volgende stappen', 'Next steps'),
  followUpOn: t('Suivi le', 'Opvolging op', 'Follow-up on'),
  assessor: t('Évaluateur·rice', 'Beoordelaar', 'Assessor'),
  assessedOn: t('Évaluée le', 'Geëvalueerd op', 'Assessed on'),
  verdict: t('Lecture hub.brussels', 'Lezing van hub.brussels', 'hub.brussels reading'),
  economic: t('Pilier économique', 'Economische pijler', 'Economic pillar'),
  social: t('Pilier social', 'Sociale pijler', 'Social pillar'),
  governance: t('Pilier gouvernance', 'Bestuurspijler', 'Governance pillar'),
  wageRatio: t('Tension salariale (1:x)', 'Loonspanning (1:x)', 'Wage tension (1:x)'),
  finalisedAt: t('Finalisée le', 'Definitief gemaakt op', 'Finalised on'),
  kind: t("Type d'agrément", 'Soort erkenning', 'Kind of recognition'),
  term: t('Terme', 'Termijn', 'Term'),
  submittedOn: t('Introduit le', 'Ingediend op', 'Submitted on'),
  decisionOn: t('Décision le', 'Beslissing op', 'Decision on'),
  validFrom: t('Valable à partir du', 'Geldig vanaf', 'Valid from'),
  validUntil: t("Valable jusqu'au", 'Geldig tot', 'Valid until'),
  callDeadline: t("Date limite de l'appel", 'Uiterste datum van de oproep', 'Call deadline'),
  reference: t('Référence', 'Referentie', 'Reference'),
  partner: t('Partenaire', 'Partner', 'Partner'),
  programme: t('Programme', 'Programma', 'Programme'),
  referredOn: t('Orientée le', 'Doorverwezen op', 'Referred on'),
  respondedOn: t('Réponse le', 'Antwoord op', 'Answered on'),
  completedOn: t('Terminée le', 'Voltooid op', 'Completed on'),
  outcome: t('Résultat', 'Resultaat', 'Outcome'),
  reason: t('Motif', 'Reden', 'Reason'),
  referredBy: t('Orientée par', 'Doorverwezen door', 'Referred by'),
};

/** A report's name in file names and sheet tabs: `traject-organisaties-2026-11-30.xlsx`. */
export const EXPORT_NAMES: Record<string, Text> = {
  organisations: t('organisations', 'organisaties', 'organisations'),
  contacts: t('contacts', 'contactpersonen', 'contacts'),
  cases: t('accompagnements', 'trajecten', 'cases'),
  meetings: t('rencontres', 'gesprekken', 'meetings'),
  assessments: t('evaluations', 'evaluaties', 'assessments'),
  recognitions: t('agrements', 'erkenningen', 'recognitions'),
  referrals: t('orientations', 'doorverwijzingen', 'referrals'),
};

export function exportHeader(key: string, language: Language): string {
  return EXPORT_HEADERS[key]?.[language] ?? key;
}

export function exportName(report: string, language: Language): string {
  return EXPORT_NAMES[report]?.[language] ?? report;
}
