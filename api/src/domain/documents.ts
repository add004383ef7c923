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

export type { Language } from './i18n/language';

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
  if (mediaType === 'text/plain' && !Object.values(ALLOWED_TYPES).some((t) => t.extensions.includes(extension)))
    return null;
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
  return (
    parts
      .filter((p): p is string => !!p)
      .map((p) =>
        p
          .normalize('NFC')
          .replace(/[^\p{L}\p{N}_]+/gu, '-')
          .replace(/^-+|-+$/g, ''),
      )
      .filter(Boolean)
      .join('-')
      .slice(0, 120) || 'document'
  );
}
