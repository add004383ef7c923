import { MessageCatalogue, t } from './catalogue';

/** The scheduled jobs' names for people on the Jobs screen (`job.title.<job name with underscores>`). */
export const jobMessages = {
  'job.title.kbo_load': t('Chargement des données ouvertes BCE', 'Laden van de KBO-open data', 'KBO open data load'),
  'job.title.login_failures_purge': t(
    'Purge des connexions échouées',
    'Mislukte aanmeldingen opruimen',
    'Failed sign-ins purge',
  ),
  'job.title.mail_outbox': t('Envoi des e-mails', 'E-mails versturen', 'Sending e-mails'),
  'job.title.reminders_morning': t('Rappels du matin', 'Herinneringen van de ochtend', 'Morning reminders'),
  'job.title.weekly_digest': t('Résumé de la semaine', 'Weekoverzicht', 'Weekly digest'),
  'job.title.reports_rollups_check': t(
    'Rapports : vérification des totaux tenus à jour',
    'Rapporten: controle van de bijgehouden totalen',
    'Reports: check of the running totals',
  ),
  'job.title.recognitions_daily': t(
    'Agréments : expirations, renouvellements et obligations',
    'Erkenningen: vervallen, hernieuwingen en verplichtingen',
    'Recognitions: expiries, renewals and obligations',
  ),
  'job.title.intakes_purge': t(
    'Demandes classées : suppression après le délai de conservation',
    'Geklasseerde vragen: verwijderen na de bewaartermijn',
    'Dismissed intakes: deletion after the retention period',
  ),
  'job.title.documents_text': t('Texte des documents', 'Tekst van documenten', 'Text of documents'),
  'job.title.documents_purge': t(
    'Purge des documents supprimés',
    'Verwijderde documenten opruimen',
    'Purge of deleted documents',
  ),
} satisfies MessageCatalogue;
