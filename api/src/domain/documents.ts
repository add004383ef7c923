/**
 * Documents and evidence: the kinds of paper kept with a journey, which file types Traject accepts,
 * and the texts a person reads about them. Framework-free: the API and the console import it.
 */

export const DOCUMENT_KINDS = [
  'statutes',
  'internal_rules',
  'annual_accounts',
  'activity_report',
  'budget_or_business_plan',
  'wage_tension_calculation',
  'board_and_organisation_chart',
  'open_meeting_minutes',
  'application_form',
  'decision_letter',
  'correspondence',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type Language = 'fr' | 'nl' | 'en';
type Labels = Record<Language, string>;

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, Labels> = {
  statutes: { fr: 'Statuts', nl: 'Statuten', en: 'Statutes' },
  internal_rules: { fr: "Règlement d'ordre intérieur", nl: 'Huishoudelijk reglement', en: 'Internal rules' },
  annual_accounts: { fr: 'Comptes annuels', nl: 'Jaarrekening', en: 'Annual accounts' },
  activity_report: { fr: "Rapport d'activités", nl: 'Activiteitenverslag', en: 'Activity report' },
  budget_or_business_plan: { fr: "Budget ou plan d'affaires", nl: 'Begroting of ondernemingsplan', en: 'Budget or business plan' },
  wage_tension_calculation: { fr: 'Calcul de la tension salariale', nl: 'Berekening van de loonspanning', en: 'Wage-tension calculation' },
  board_and_organisation_chart: { fr: "Conseil d'administration et organigramme", nl: 'Raad van bestuur en organogram', en: 'Board and organisation chart' },
  open_meeting_minutes: { fr: "Procès-verbal de l'assemblée ouverte", nl: 'Verslag van de open vergadering', en: 'Open-meeting minutes' },
  application_form: { fr: 'Formulaire de demande', nl: 'Aanvraagformulier', en: 'Application form' },
  decision_letter: { fr: 'Lettre de décision', nl: 'Beslissingsbrief', en: 'Decision letter' },
  correspondence: { fr: 'Correspondance', nl: 'Briefwisseling', en: 'Correspondence' },
  other: { fr: 'Autre', nl: 'Andere', en: 'Other' },
};

/** The file types Traject keeps, decided by content; each with the file name endings it may carry. */
export const ALLOWED_TYPES: Record<string, { extensions: string[]; preview: boolean }> = {
  'application/pdf': { extensions: ['pdf'], preview: true },
  'image/png': { extensions: ['png'], preview: true },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], preview: true },
  'image/gif': { extensions: ['gif'], preview: true },
  'image/webp': { extensions: ['webp'], preview: true },
  'image/tiff': { extensions: ['tif', 'tiff'], preview: false },
  'image/heic': { extensions: ['heic'], preview: false },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extensions: ['docx'], preview: false },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extensions: ['xlsx'], preview: false },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { extensions: ['pptx'], preview: false },
  'application/vnd.oasis.opendocument.text': { extensions: ['odt'], preview: false },
  'application/vnd.oasis.opendocument.spreadsheet': { extensions: ['ods'], preview: false },
  'application/vnd.oasis.opendocument.presentation': { extensions: ['odp'], preview: false },
  'text/plain': { extensions: ['txt', 'text', 'md', ''], preview: false },
  'text/csv': { extensions: ['csv'], preview: false },
  'message/rfc822': { extensions: ['eml'], preview: false },
};

/** The media types whose text is extracted for the search box. */
export const EXTRACTED_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'text/plain',
  'text/csv',
  'message/rfc822',
];

/** Days a deleted document can still be restored by an admin before the scheduled work purges it. */
export const RESTORE_DAYS = 30;

/** `Statuts 2024.PDF` -> `pdf`; no dot -> ''. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * Why a file of `mediaType` (found in its content; null when the content says nothing we know) named
 * `fileName` is refused, or null when it is accepted. A type off the allowlist, or a name that
 * promises another type than the content holds, is refused.
 */
export function typeRefusal(mediaType: string, fileName: string): 'type_not_allowed' | 'type_mismatch' | null {
  const allowed = ALLOWED_TYPES[mediaType];
  if (!allowed) return 'type_not_allowed';
  const extension = extensionOf(fileName);
  if (allowed.extensions.includes(extension)) return null;
  // Plain text may be named anything that is not another type's ending (`notes`, `README`, `.log`).
  if (mediaType === 'text/plain' && !Object.values(ALLOWED_TYPES).some((t) => t.extensions.includes(extension))) return null;
  return 'type_mismatch';
}

/**
 * The name kept for display: the last path segment, control characters and invisible direction marks
 * removed, at most 200 characters (the ending kept). Never used as a path.
 */
export function displayName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  if (!base || base === '.' || base === '..') return 'document';
  if (base.length <= 200) return base;
  const extension = extensionOf(base);
  return extension ? `${base.slice(0, 199 - extension.length)}.${extension}` : base.slice(0, 200);
}

/** The stable error codes of the documents concept and what they say, in the three languages. */
export const DOCUMENT_ERRORS: Record<string, Labels> = {
  'document.too_large': {
    fr: 'Le fichier dépasse la taille maximale de {maxMb} Mo',
    nl: 'Het bestand is groter dan de maximale grootte van {maxMb} MB',
    en: 'The file is larger than the maximum of {maxMb} MB',
  },
  'document.type_not_allowed': {
    fr: "Ce type de fichier n'est pas accepté ({found})",
    nl: 'Dit bestandstype wordt niet aanvaard ({found})',
    en: 'This type of file is not accepted ({found})',
  },
  'document.type_mismatch': {
    fr: 'Le contenu du fichier ({found}) ne correspond pas à son nom ({fileName})',
    nl: 'De inhoud van het bestand ({found}) komt niet overeen met de naam ({fileName})',
    en: 'The content of the file ({found}) does not match its name ({fileName})',
  },
  'document.infected': {
    fr: "L'antivirus a refusé ce fichier ({signature})",
    nl: 'De antivirus heeft dit bestand geweigerd ({signature})',
    en: 'The antivirus refused this file ({signature})',
  },
  'document.duplicate': {
    fr: 'Ce fichier est déjà enregistré pour cette organisation : « {title} »',
    nl: 'Dit bestand is al opgeslagen voor deze organisatie: "{title}"',
    en: 'This file is already kept for this organisation: "{title}"',
  },
  'document.file_missing': {
    fr: 'Ajoutez un fichier (champ « file »)',
    nl: 'Voeg een bestand toe (veld "file")',
    en: 'Add a file (field "file")',
  },
  'document.empty': { fr: 'Le fichier est vide', nl: 'Het bestand is leeg', en: 'The file is empty' },
  'document.not_deleted': { fr: "Ce document n'est pas supprimé", nl: 'Dit document is niet verwijderd', en: 'This document is not deleted' },
  'document.purged': {
    fr: 'Ce document a été supprimé il y a plus de {days} jours et ne peut plus être restauré',
    nl: 'Dit document werd meer dan {days} dagen geleden verwijderd en kan niet meer hersteld worden',
    en: 'This document was deleted more than {days} days ago and can no longer be restored',
  },
  'document.deleted': { fr: 'Ce document est supprimé', nl: 'Dit document is verwijderd', en: 'This document is deleted' },
  'document.checksum_mismatch': {
    fr: "Le contenu enregistré ne correspond plus à sa somme de contrôle : contactez l'administrateur",
    nl: 'De opgeslagen inhoud komt niet meer overeen met de controlesom: neem contact op met de beheerder',
    en: 'The stored content no longer matches its checksum: contact the administrator',
  },
};

/** A catalogue text with its `{params}` filled in. */
export function documentErrorText(code: string, language: Language, params: Record<string, unknown> = {}): string {
  const template = DOCUMENT_ERRORS[code]?.[language] ?? code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The dossier index's columns, in the requester's language. */
export const DOSSIER_INDEX_COLUMNS: Record<Language, string[]> = {
  fr: ['Fichier', 'Titre', 'Type de document', 'Pièce du dossier', 'Date', 'Version', 'Taille (octets)', 'SHA-256'],
  nl: ['Bestand', 'Titel', 'Soort document', 'Onderdeel van het dossier', 'Datum', 'Versie', 'Grootte (bytes)', 'SHA-256'],
  en: ['File', 'Title', 'Kind of document', 'Dossier item', 'Date', 'Version', 'Size (bytes)', 'SHA-256'],
};

/** The recognition dossier's items (the checklist codes of DOMAIN.md), as a person reads them. */
export const CHECKLIST_ITEM_LABELS: Record<string, Labels> = {
  activity_report: { fr: "Rapport d'activités", nl: 'Activiteitenverslag', en: 'Activity report' },
  statutes: { fr: 'Statuts', nl: 'Statuten', en: 'Statutes' },
  accounts_last_3_years: { fr: 'Comptes des 3 dernières années', nl: 'Rekeningen van de laatste 3 jaar', en: 'Accounts of the last 3 years' },
  staff_and_evolution: { fr: 'Personnel et évolution', nl: 'Personeel en evolutie', en: 'Staff and its evolution' },
  wage_tension_calculation: { fr: 'Calcul de la tension salariale', nl: 'Berekening van de loonspanning', en: 'Wage-tension calculation' },
  board_and_organisation_chart: { fr: "Conseil d'administration et organigramme", nl: 'Raad van bestuur en organogram', en: 'Board and organisation chart' },
  yearly_open_meeting_proof: { fr: "Preuve de l'assemblée ouverte annuelle", nl: 'Bewijs van de jaarlijkse open vergadering', en: 'Proof of the yearly open meeting' },
};

/** The document kind a checklist item is usually proved by (the console proposes it on a drop). */
export const CHECKLIST_ITEM_KIND: Record<string, DocumentKind> = {
  activity_report: 'activity_report',
  statutes: 'statutes',
  accounts_last_3_years: 'annual_accounts',
  staff_and_evolution: 'other',
  wage_tension_calculation: 'wage_tension_calculation',
  board_and_organisation_chart: 'board_and_organisation_chart',
  yearly_open_meeting_proof: 'open_meeting_minutes',
};

/**
 * A file name for a download or a zip: the organisation and what it holds, in letters, digits and
 * dashes (accents kept: the header's filename* carries them), e.g. `Épicerie-Solidaire-brussels_esd-2026.zip`.
 */
export function safeFileStem(...parts: Array<string | null | undefined>): string {
  return parts
    .filter((p): p is string => !!p)
    .map((p) => p.normalize('NFC').replace(/[^\p{L}\p{N}_]+/gu, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('-')
    .slice(0, 120) || 'document';
}
