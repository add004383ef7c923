import type { Language } from '../i18n/language';
import { MessageCatalogue, t } from './catalogue';

/**
 * The words of the files Traject writes: each export column's header (`export.column.<machine name>`,
 * the machine name being the header of `?codes=true`), each report's name in file names and sheet tabs
 * (`export.file.<report>`), the import report's headers and results, and the dossier index's columns.
 */
export const exportMessages = {
  'export.column.id': t('Identifiant', 'Identificatie', 'Id'),
  'export.column.name': t('Nom', 'Naam', 'Name'),
  'export.column.organisation': t('Organisation', 'Organisatie', 'Organisation'),
  'export.column.enterpriseNumber': t("Numéro d'entreprise", 'Ondernemingsnummer', 'Enterprise number'),
  'export.column.legalForm': t('Forme juridique', 'Rechtsvorm', 'Legal form'),
  'export.column.sectors': t('Secteurs', 'Sectoren', 'Sectors'),
  'export.column.description': t('Description', 'Beschrijving', 'Description'),
  'export.column.socialMission': t('Mission sociale', 'Sociale missie', 'Social mission'),
  'export.column.website': t('Site web', 'Website', 'Website'),
  'export.column.street': t('Rue et numéro', 'Straat en nummer', 'Street and number'),
  'export.column.postcode': t('Code postal', 'Postcode', 'Postcode'),
  'export.column.municipality': t('Commune', 'Gemeente', 'Municipality'),
  'export.column.municipalityNis': t('Commune (code INS)', 'Gemeente (NIS-code)', 'Municipality (NIS code)'),
  'export.column.municipalityFr': t('Commune (français)', 'Gemeente (Frans)', 'Municipality (French)'),
  'export.column.municipalityNl': t('Commune (néerlandais)', 'Gemeente (Nederlands)', 'Municipality (Dutch)'),
  'export.column.stage': t('Étape', 'Fase', 'Stage'),
  'export.column.advisor': t('Conseiller·ère', 'Adviseur', 'Advisor'),
  'export.column.coordinator': t('Coordinateur·rice', 'Coördinator', 'Coordinator'),
  'export.column.recognitionStatus': t('Agrément', 'Erkenning', 'Recognition'),
  'export.column.lastMeetingAt': t('Dernière rencontre', 'Laatste gesprek', 'Last meeting'),
  'export.column.foundedOn': t('Fondée le', 'Opgericht op', 'Founded on'),
  'export.column.registeredOn': t('Inscrite à la BCE le', 'Ingeschreven in de KBO op', 'Registered at the KBO on'),
  'export.column.employeesFte': t('Travailleurs (ETP)', 'Werknemers (VTE)', 'Employees (FTE)'),
  'export.column.volunteers': t('Bénévoles', 'Vrijwilligers', 'Volunteers'),
  'export.column.languages': t('Langues', 'Talen', 'Languages'),
  'export.column.tags': t('Étiquettes', 'Labels', 'Tags'),
  'export.column.archived': t('Archivée', 'Gearchiveerd', 'Archived'),
  'export.column.createdAt': t('Créé le', 'Aangemaakt op', 'Created on'),
  'export.column.firstName': t('Prénom', 'Voornaam', 'First name'),
  'export.column.lastName': t('Nom', 'Achternaam', 'Last name'),
  'export.column.jobTitle': t('Fonction', 'Functie', 'Job title'),
  'export.column.email': t('E-mail', 'E-mail', 'Email'),
  'export.column.phone': t('Téléphone', 'Telefoon', 'Phone'),
  'export.column.language': t('Langue', 'Taal', 'Language'),
  'export.column.isPrimary': t('Contact principal', 'Hoofdcontact', 'Primary contact'),
  'export.column.legalBasis': t('Base légale', 'Rechtsgrond', 'Legal basis'),
  'export.column.consentGivenAt': t('Consentement donné le', 'Toestemming gegeven op', 'Consent given on'),
  'export.column.anonymisedAt': t('Anonymisé le', 'Geanonimiseerd op', 'Anonymised on'),
  'export.column.title': t('Titre', 'Titel', 'Title'),
  'export.column.status': t('Statut', 'Status', 'Status'),
  'export.column.priority': t('Priorité', 'Prioriteit', 'Priority'),
  'export.column.openedOn': t('Ouvert le', 'Geopend op', 'Opened on'),
  'export.column.closedOn': t('Clôturé le', 'Afgesloten op', 'Closed on'),
  'export.column.closeReason': t('Motif de clôture', 'Reden van afsluiting', 'Reason for closing'),
  'export.column.nextActionOn': t('Prochaine action le', 'Volgende actie op', 'Next action on'),
  'export.column.summary': t('Résumé', 'Samenvatting', 'Summary'),
  'export.column.occurredAt': t('Date', 'Datum', 'Date'),
  'export.column.channel': t('Canal', 'Kanaal', 'Channel'),
  'export.column.author': t('Auteur·rice', 'Auteur', 'Author'),
  'export.column.subject': t('Sujet', 'Onderwerp', 'Subject'),
  'export.column.durationMinutes': t('Durée (minutes)', 'Duur (minuten)', 'Duration (minutes)'),
  'export.column.notes': t('Notes', 'Notities', 'Notes'),
  'export.column.outcomes': t('Résultats', 'Resultaten', 'Outcomes'),
  'export.column.nextSteps': t('Prochaines étapes', 'Volgende stappen', 'Next steps'),
  'export.column.followUpOn': t('Suivi le', 'Opvolging op', 'Follow-up on'),
  'export.column.assessor': t('Évaluateur·rice', 'Beoordelaar', 'Assessor'),
  'export.column.assessedOn': t('Évaluée le', 'Geëvalueerd op', 'Assessed on'),
  'export.column.verdict': t('Lecture hub.brussels', 'Lezing van hub.brussels', 'hub.brussels reading'),
  'export.column.economic': t('Pilier économique', 'Economische pijler', 'Economic pillar'),
  'export.column.social': t('Pilier social', 'Sociale pijler', 'Social pillar'),
  'export.column.governance': t('Pilier gouvernance', 'Bestuurspijler', 'Governance pillar'),
  'export.column.wageRatio': t('Tension salariale (1:x)', 'Loonspanning (1:x)', 'Wage tension (1:x)'),
  'export.column.finalisedAt': t('Finalisée le', 'Definitief gemaakt op', 'Finalised on'),
  'export.column.kind': t("Type d'agrément", 'Soort erkenning', 'Kind of recognition'),
  'export.column.term': t('Terme', 'Termijn', 'Term'),
  'export.column.submittedOn': t('Introduit le', 'Ingediend op', 'Submitted on'),
  'export.column.decisionOn': t('Décision le', 'Beslissing op', 'Decision on'),
  'export.column.validFrom': t('Valable à partir du', 'Geldig vanaf', 'Valid from'),
  'export.column.validUntil': t("Valable jusqu'au", 'Geldig tot', 'Valid until'),
  'export.column.callDeadline': t("Date limite de l'appel", 'Uiterste datum van de oproep', 'Call deadline'),
  'export.column.reference': t('Référence', 'Referentie', 'Reference'),
  'export.column.partner': t('Partenaire', 'Partner', 'Partner'),
  'export.column.programme': t('Programme', 'Programma', 'Programme'),
  'export.column.referredOn': t('Orientée le', 'Doorverwezen op', 'Referred on'),
  'export.column.respondedOn': t('Réponse le', 'Antwoord op', 'Answered on'),
  'export.column.completedOn': t('Terminée le', 'Voltooid op', 'Completed on'),
  'export.column.outcome': t('Résultat', 'Resultaat', 'Outcome'),
  'export.column.reason': t('Motif', 'Reden', 'Reason'),
  'export.column.referredBy': t('Orientée par', 'Doorverwezen door', 'Referred by'),

  'export.file.organisations': t('organisations', 'organisaties', 'organisations'),
  'export.file.contacts': t('contacts', 'contactpersonen', 'contacts'),
  'export.file.cases': t('accompagnements', 'trajecten', 'cases'),
  'export.file.meetings': t('rencontres', 'gesprekken', 'meetings'),
  'export.file.assessments': t('evaluations', 'evaluaties', 'assessments'),
  'export.file.recognitions': t('agrements', 'erkenningen', 'recognitions'),
  'export.file.referrals': t('orientations', 'doorverwijzingen', 'referrals'),

  'import.report.line': t('Ligne', 'Regel', 'Line'),
  'import.report.action': t('Résultat', 'Resultaat', 'Result'),
  'import.report.name': t('Nom', 'Naam', 'Name'),
  'import.report.enterpriseNumber': t("Numéro d'entreprise", 'Ondernemingsnummer', 'Enterprise number'),
  'import.report.organisationId': t('Identifiant Traject', 'Traject-id', 'Traject id'),
  'import.report.reasons': t('Raisons', 'Redenen', 'Reasons'),
  'import.report.notes': t('Remarques', 'Opmerkingen', 'Notes'),
  'import.report.create': t('Création', 'Aanmaken', 'Create'),
  'import.report.update': t('Mise à jour', 'Bijwerken', 'Update'),
  'import.report.unchanged': t('Inchangée', 'Ongewijzigd', 'Unchanged'),
  'import.report.refuse': t('Refusée', 'Geweigerd', 'Refused'),
  'dossier.column.file': t('Fichier', 'Bestand', 'File'),
  'dossier.column.title': t('Titre', 'Titel', 'Title'),
  'dossier.column.kind': t('Type de document', 'Soort document', 'Kind of document'),
  'dossier.column.checklistItem': t('Pièce du dossier', 'Onderdeel van het dossier', 'Dossier item'),
  'dossier.column.date': t('Date', 'Datum', 'Date'),
  'dossier.column.version': t('Version', 'Versie', 'Version'),
  'dossier.column.size': t('Taille (octets)', 'Grootte (bytes)', 'Size (bytes)'),
  'dossier.column.sha256': t('SHA-256', 'SHA-256', 'SHA-256'),
} satisfies MessageCatalogue;

const words = exportMessages as Record<string, { fr: string; nl: string; en: string }>;

/** A column's header in `language`; a column with no words keeps its machine name. */
export function exportHeader(key: string, language: Language): string {
  return words[`export.column.${key}`]?.[language] ?? key;
}

/** A report's name in file names and sheet tabs: `traject-organisaties-2026-11-30.xlsx`. */
export function exportName(report: string, language: Language): string {
  return words[`export.file.${report}`]?.[language] ?? report;
}

/** The import report's words (`line`, `action`, `create`…). */
export function importReportWord(key: string, language: Language): string {
  return words[`import.report.${key}`]?.[language] ?? key;
}

/** The dossier index's header row. */
export const DOSSIER_COLUMNS = ['file', 'title', 'kind', 'checklistItem', 'date', 'version', 'size', 'sha256'] as const;
export function dossierColumns(language: Language): string[] {
  return DOSSIER_COLUMNS.map((key) => words[`dossier.column.${key}`][language]);
}
