import { MessageCatalogue, t } from './catalogue';

/** The words of a person's calendar feed: its name and each event's title before its subject. */
export const calendarMessages = {
  'calendar.name': t('Traject – mon agenda', 'Traject – mijn agenda', 'Traject – my calendar'),
  'calendar.task': t('Tâche : {title}', 'Taak: {title}', 'Task: {title}'),
  'calendar.meeting': t('Rencontre : {subject}', 'Gesprek: {subject}', 'Meeting: {subject}'),
  'calendar.renewal_opens': t(
    'Ouverture du renouvellement : {organisation} – {kind|recognitionKind}',
    'Opening van de hernieuwing: {organisation} – {kind|recognitionKind}',
    'Renewal window opens: {organisation} – {kind|recognitionKind}',
  ),
  'calendar.approval_ends': t(
    "Fin de l'agrément : {organisation} – {kind|recognitionKind}",
    'Einde van de erkenning: {organisation} – {kind|recognitionKind}',
    'Approval ends: {organisation} – {kind|recognitionKind}',
  ),
  'calendar.obligation': t(
    '{obligation|obligation} : {organisation}',
    '{obligation|obligation}: {organisation}',
    '{obligation|obligation}: {organisation}',
  ),
} satisfies MessageCatalogue;
