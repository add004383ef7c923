import { MessageCatalogue, t } from './catalogue';

/**
 * The words of every mail Traject sends (`mail.<template>.<part>`), in the recipient's language. Mail texts
 * are Handlebars templates over the mail's params, unlike the other catalogues' `{name}` placeholders:
 * `{{name}}`, `{{#if name}}…{{/if}}`, `{{date day}}` (31 mai 2026) and `{{label "<label list>" code}}`.
 * The mail's structure (link, which lists) is in api/src/mail/templates.
 */
const TASK_LINE = t(
  '{{title}}{{#if organisationName}} – {{organisationName}}{{/if}}{{#if dueOn}} (pour le {{date dueOn}}){{/if}}',
  '{{title}}{{#if organisationName}} – {{organisationName}}{{/if}}{{#if dueOn}} (tegen {{date dueOn}}){{/if}}',
  '{{title}}{{#if organisationName}} – {{organisationName}}{{/if}}{{#if dueOn}} (due {{date dueOn}}){{/if}}',
);

export const mailMessages = {
  'mail.greeting': t('Bonjour {{recipientName}},', 'Dag {{recipientName}},', 'Hello {{recipientName}},'),
  'mail.footer': t(
    'Message envoyé par Traject. Vous choisissez les messages que vous recevez dans votre profil :',
    'Bericht van Traject. U kiest welke berichten u ontvangt in uw profiel:',
    'Sent by Traject. You choose which messages you receive in your profile:',
  ),
  'mail.task_line': TASK_LINE,

  'mail.task_assigned.subject': t(
    'Nouvelle tâche : {{taskTitle}}',
    'Nieuwe taak: {{taskTitle}}',
    'New task: {{taskTitle}}',
  ),
  'mail.task_assigned.intro': t(
    '{{assignerName}} vous a confié une tâche : « {{taskTitle}} »{{#if organisationName}} pour {{organisationName}}{{/if}}{{#if dueOn}}, à faire pour le {{date dueOn}}{{/if}}.',
    '{{assignerName}} heeft u een taak toegewezen: ‘{{taskTitle}}’{{#if organisationName}} voor {{organisationName}}{{/if}}{{#if dueOn}}, te doen tegen {{date dueOn}}{{/if}}.',
    '{{assignerName}} assigned you a task: “{{taskTitle}}”{{#if organisationName}} for {{organisationName}}{{/if}}{{#if dueOn}}, due {{date dueOn}}{{/if}}.',
  ),
  'mail.task_assigned.action': t('Ouvrir la tâche', 'De taak openen', 'Open the task'),

  'mail.tasks_due.subject': t(
    'Vos tâches : {{dueTomorrowCount}} pour demain, {{overdueCount}} en retard',
    'Uw taken: {{dueTomorrowCount}} voor morgen, {{overdueCount}} te laat',
    'Your tasks: {{dueTomorrowCount}} due tomorrow, {{overdueCount}} overdue',
  ),
  'mail.tasks_due.intro': t(
    'Voici vos tâches à faire pour demain et celles qui sont en retard.',
    'Dit zijn uw taken voor morgen en de taken die te laat zijn.',
    'Here are your tasks due tomorrow and those that are overdue.',
  ),
  'mail.tasks_due.due_tomorrow': t('Pour demain', 'Voor morgen', 'Due tomorrow'),
  'mail.tasks_due.overdue': t('En retard', 'Te laat', 'Overdue'),
  'mail.tasks_due.action': t('Voir mes tâches', 'Mijn taken bekijken', 'See my tasks'),

  'mail.organisation_deadlines.subject': t(
    'Échéances de vos organisations ({{deadlines.length}})',
    'Termijnen van uw organisaties ({{deadlines.length}})',
    'Deadlines of your organisations ({{deadlines.length}})',
  ),
  'mail.organisation_deadlines.intro': t(
    'Des échéances approchent pour des organisations que vous suivez.',
    'Er naderen termijnen voor organisaties die u opvolgt.',
    'Deadlines are coming up for organisations you follow.',
  ),
  'mail.organisation_deadlines.heading': t('Échéances', 'Termijnen', 'Deadlines'),
  'mail.organisation_deadlines.item': t(
    '{{organisationName}} : {{label "deadline" what}}{{#if kind}} – {{label "recognitionKind" kind}}{{/if}}, le {{date on}}',
    '{{organisationName}}: {{label "deadline" what}}{{#if kind}} – {{label "recognitionKind" kind}}{{/if}}, op {{date on}}',
    '{{organisationName}}: {{label "deadline" what}}{{#if kind}} – {{label "recognitionKind" kind}}{{/if}}, on {{date on}}',
  ),
  'mail.organisation_deadlines.action': t('Voir les agréments', 'De erkenningen bekijken', 'See the recognitions'),

  'mail.coordinator_digest.subject': t(
    'Parcours : {{unassigned.length}} sans conseiller, {{stalled.length}} à l’arrêt',
    'Trajecten: {{unassigned.length}} zonder adviseur, {{stalled.length}} stilgevallen',
    'Cases: {{unassigned.length}} unassigned, {{stalled.length}} stalled',
  ),
  'mail.coordinator_digest.intro': t(
    'Les parcours qui attendent un conseiller et ceux sans rencontre depuis 60 jours.',
    'De trajecten die op een adviseur wachten en die zonder gesprek sinds 60 dagen.',
    'Cases waiting for an advisor and cases without a meeting for 60 days.',
  ),
  'mail.coordinator_digest.unassigned': t('Sans conseiller', 'Zonder adviseur', 'Unassigned'),
  'mail.coordinator_digest.unassigned_item': t(
    '{{organisationName}} – {{title}} (ouvert le {{date openedOn}})',
    '{{organisationName}} – {{title}} (geopend op {{date openedOn}})',
    '{{organisationName}} – {{title}} (opened {{date openedOn}})',
  ),
  'mail.coordinator_digest.stalled': t(
    'À l’arrêt depuis 60 jours',
    'Stilgevallen sinds 60 dagen',
    'Stalled for 60 days',
  ),
  'mail.coordinator_digest.stalled_item': t(
    '{{organisationName}}{{#if advisorName}} – {{advisorName}}{{/if}}{{#if lastMeetingOn}} (dernière rencontre le {{date lastMeetingOn}}){{/if}}',
    '{{organisationName}}{{#if advisorName}} – {{advisorName}}{{/if}}{{#if lastMeetingOn}} (laatste gesprek op {{date lastMeetingOn}}){{/if}}',
    '{{organisationName}}{{#if advisorName}} – {{advisorName}}{{/if}}{{#if lastMeetingOn}} (last meeting {{date lastMeetingOn}}){{/if}}',
  ),
  'mail.coordinator_digest.action': t('Voir les parcours', 'De trajecten bekijken', 'See the cases'),

  'mail.weekly_digest.subject': t(
    'Votre semaine : {{tasks.length}} tâches à faire',
    'Uw week: {{tasks.length}} taken te doen',
    'Your week: {{tasks.length}} tasks to do',
  ),
  'mail.weekly_digest.intro': t(
    'La semaine passée, vous avez noté {{meetingsCount}} rencontre(s).',
    'Vorige week hebt u {{meetingsCount}} gesprek(ken) genoteerd.',
    'Last week you logged {{meetingsCount}} meeting(s).',
  ),
  'mail.weekly_digest.tasks': t('Tâches de la semaine', 'Taken van deze week', 'Tasks this week'),
  'mail.weekly_digest.files': t('Dossiers qui attendent de vous', 'Dossiers die op u wachten', 'Files waiting on you'),
  'mail.weekly_digest.files_item': t(
    '{{organisationName}} – {{label "recognitionKind" kind}}',
    '{{organisationName}} – {{label "recognitionKind" kind}}',
    '{{organisationName}} – {{label "recognitionKind" kind}}',
  ),
  'mail.weekly_digest.action': t('Ouvrir Traject', 'Traject openen', 'Open Traject'),

  'mail.intake_received.subject': t(
    'Votre question à hub.brussels est bien arrivée',
    'Uw vraag aan hub.brussels is goed aangekomen',
    'Your question to hub.brussels has arrived',
  ),
  'mail.intake_received.greeting': t(
    'Bonjour {{recipientName}},',
    'Beste {{recipientName}},',
    'Hello {{recipientName}},',
  ),
  'mail.intake_received.intro': t(
    'Merci pour votre question sur l’entrepreneuriat social à Bruxelles. Un conseiller ou une conseillère de hub.brussels la lit et vous répond, en général dans les cinq jours ouvrables.',
    'Bedankt voor uw vraag over sociaal ondernemerschap in Brussel. Een adviseur van hub.brussels leest ze en antwoordt u, meestal binnen vijf werkdagen.',
    'Thank you for your question about social entrepreneurship in Brussels. An advisor of hub.brussels reads it and answers you, usually within five working days.',
  ),
  'mail.intake_received.question': t(
    'Votre question : « {{question}} »',
    'Uw vraag: ‘{{question}}’',
    'Your question: “{{question}}”',
  ),
  'mail.intake_received.signature': t(
    'L’équipe Économie durable de hub.brussels',
    'Het team Duurzame Economie van hub.brussels',
    'The Sustainable Economy team of hub.brussels',
  ),
  'mail.intake_received.action': t('Poser une autre question', 'Nog een vraag stellen', 'Ask another question'),
  'mail.invitation.subject': t(
    'Votre compte Traject : choisissez votre mot de passe',
    'Uw Traject-account: kies uw wachtwoord',
    'Your Traject account: choose your password',
  ),
  'mail.invitation.intro': t(
    '{{inviterName}} vous a créé un compte sur Traject, l’outil de suivi de l’économie sociale de hub.brussels. Votre identifiant est {{email}}.',
    '{{inviterName}} heeft een account voor u aangemaakt in Traject, de opvolgingstool sociale economie van hub.brussels. Uw gebruikersnaam is {{email}}.',
    '{{inviterName}} created an account for you in Traject, the social economy follow-up tool of hub.brussels. Your user name is {{email}}.',
  ),
  'mail.invitation.expiry': t(
    'Choisissez votre mot de passe par le lien ci-dessous. Il ne sert qu’une fois et est valable jusqu’au {{date expiresAt}}.',
    'Kies uw wachtwoord via de link hieronder. Hij werkt één keer en is geldig tot {{date expiresAt}}.',
    'Choose your password through the link below. It works once and is valid until {{date expiresAt}}.',
  ),
  'mail.invitation.action': t('Choisir mon mot de passe', 'Mijn wachtwoord kiezen', 'Choose my password'),
  'mail.password_reset.subject': t(
    'Traject : choisissez un nouveau mot de passe',
    'Traject: kies een nieuw wachtwoord',
    'Traject: choose a new password',
  ),
  'mail.password_reset.intro': t(
    'Quelqu’un, sans doute vous, a demandé sur la page de connexion de Traject un nouveau mot de passe pour le compte {{email}}.',
    'Iemand, wellicht uzelf, heeft op de aanmeldpagina van Traject een nieuw wachtwoord gevraagd voor de account {{email}}.',
    'Someone, most likely you, asked on the Traject sign-in page for a new password for the account {{email}}.',
  ),
  'mail.password_reset.expiry': t(
    'Choisissez votre nouveau mot de passe par le lien ci-dessous. Il ne sert qu’une fois et est valable {{minutes}} minutes. Vos sessions ouvertes seront fermées.',
    'Kies uw nieuwe wachtwoord via de link hieronder. Hij werkt één keer en is {{minutes}} minuten geldig. Uw open sessies worden afgesloten.',
    'Choose your new password through the link below. It works once and is valid for {{minutes}} minutes. Your open sessions will be ended.',
  ),
  'mail.password_reset.ignore': t(
    'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe actuel reste valable.',
    'Hebt u niets gevraagd, negeer dan dit bericht: uw huidige wachtwoord blijft geldig.',
    'If you did not ask for this, ignore this message: your current password stays valid.',
  ),
  'mail.password_reset.action': t(
    'Choisir un nouveau mot de passe',
    'Een nieuw wachtwoord kiezen',
    'Choose a new password',
  ),
} satisfies MessageCatalogue;
