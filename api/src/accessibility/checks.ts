/**
 * What the browser tests check for accessibility, in one place: the tests read their lists from here
 * (tests/browser/accessibility.browser.test.ts, keyboard.browser.test.ts, text-spacing.browser.test.ts) and the
 * public accessibility statement is written from the same lists, so the statement says what is proven.
 */

/** The console's screens axe-core checks, each in French and in Dutch (some also in English). */
export const CHECKED_SCREENS = {
  fr: 'Connexion, accueil (conseiller, coordinateur, direction), liste des organisations, fiche d’une organisation et chacun de ses onglets, création et modification d’une organisation, import, contacts, accompagnements, tableau des accompagnements, rencontres, tâches, évaluations EMES, agréments, orientations, programmes, demandes reçues, partenaires, registre BCE, doublons, utilisateurs, journal d’audit, tâches planifiées, boîte d’envoi, rapports, profil',
  nl: 'Aanmelden, startpagina (adviseur, coördinator, directie), lijst van organisaties, fiche van een organisatie en elk van haar tabbladen, organisatie aanmaken en wijzigen, import, contactpersonen, trajecten, trajectbord, ontmoetingen, taken, EMES-beoordelingen, erkenningen, doorverwijzingen, programma’s, ontvangen aanvragen, partners, KBO-register, dubbels, gebruikers, auditlogboek, geplande taken, verzendbak, rapporten, profiel',
  en: 'Sign-in, home (advisor, coordinator, manager), organisations list, an organisation’s page and each of its tabs, organisation create and edit, import, contacts, cases, journey board, meetings, tasks, EMES assessments, recognitions, referrals, programmes, intakes, partners, KBO register, duplicates, users, audit log, jobs, outbox, reports, profile',
} as const;

/** The journeys the tests walk with the keyboard alone (tests/browser/keyboard.browser.test.ts). */
export const KEYBOARD_JOURNEYS = [
  'search',
  'log_meeting',
  'assessment',
  'board_move',
  'assign_case',
  'dialog_focus',
  'visible_focus',
] as const;
export type KeyboardJourney = (typeof KEYBOARD_JOURNEYS)[number];

/**
 * Content known not to be fully accessible yet (the statement's "non-accessible content"). The axe suite fails
 * when it finds a moderate violation whose rule is not listed here, so the list cannot silently grow.
 */
/** (Date fields followed the browser's locale until their own pickers came: no longer a limit.) */
export const KNOWN_LIMITS = ['manual_audit', 'other_language_names', 'uploaded_documents'] as const;
export type KnownLimit = (typeof KNOWN_LIMITS)[number];

/** axe-core rules of impact moderate that may still be found, each tied to a known limit above. */
export const TOLERATED_MODERATE_RULES: Record<string, KnownLimit> = {};

/** When the statement was last reviewed against the tests (update with the lists above). */
export const STATEMENT_REVIEWED_ON = '2026-12-01';
