import { MessageCatalogue, t } from './catalogue';

/**
 * The titles of the tasks the server writes, in the assignee's language: a meeting's follow-up, the
 * daily work's renewal windows, Minister's calls and yearly obligations, a change at the KBO.
 * `{year}` is given as text (a year is not a number to format: 2025, never 2 025).
 */
export const taskMessages = {
  'task.follow_up': t('Suivi : {subject}', 'Opvolging: {subject}', 'Follow up: {subject}'),
  // What someone who may not read the meeting reads instead of a follow-up task's title (the read policy).
  'task.follow_up_hidden': t('Suivi d’un entretien', 'Opvolging van een gesprek', 'Follow up on a meeting'),
  'task.renewal_window': t(
    'Fenêtre de renouvellement ouverte : introduire le renouvellement – {kind|recognitionKind} (fin le {validUntil|date})',
    'Hernieuwingsperiode geopend: dien de hernieuwing in – {kind|recognitionKind} (einde op {validUntil|date})',
    'Renewal window open: file the renewal – {kind|recognitionKind} (ends {validUntil|date})',
  ),
  'task.minister_call': t(
    'Appel du Ministre : introduire le renouvellement – {kind|recognitionKind} avant le {callDeadline|date}',
    'Oproep van de minister: dien de hernieuwing in – {kind|recognitionKind} vóór {callDeadline|date}',
    "Minister's call: file the renewal – {kind|recognitionKind} by {callDeadline|date}",
  ),
  'task.activity_report': t(
    "Rapport d'activités annuel {year} à envoyer pour le {dueOn|date}",
    'Jaarlijks activiteitenverslag {year} te versturen tegen {dueOn|date}',
    'Yearly activity report {year} to send by {dueOn|date}',
  ),
  'task.balance_claim': t(
    'Demande de solde annuelle du mandat ({year}) à introduire du 01/01 au {dueOn|date}',
    'Jaarlijkse saldoaanvraag van het mandaat ({year}) in te dienen van 01/01 tot {dueOn|date}',
    'Yearly balance claim of the mandate ({year}) to file from 01/01 to {dueOn|date}',
  ),
  'task.kbo_changes': t(
    'BCE : vérifier les changements de {organisation}',
    'KBO: wijzigingen van {organisation} nakijken',
    'KBO: check the changes of {organisation}',
  ),
  'task.kbo_changes_alert': t(
    'BCE : vérifier les changements de {organisation} (entreprise {alert|kboAlert})',
    'KBO: wijzigingen van {organisation} nakijken (onderneming {alert|kboAlert})',
    'KBO: check the changes of {organisation} (enterprise {alert|kboAlert})',
  ),
} satisfies MessageCatalogue;
