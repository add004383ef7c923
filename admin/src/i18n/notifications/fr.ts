/** La cloche, les préférences de mails, l'agenda, les tâches planifiées et la boîte d'envoi. */
export const notificationsFr = {
  notifications: {
    bell: 'Notifications (%{smart_count} non lue) |||| Notifications (%{smart_count} non lues)',
    title: 'Notifications',
    read_all: 'Tout marquer comme lu',
    none: 'Rien de neuf.',
    preferences_title: 'Les mails que je reçois',
    preferences_intro: 'La cloche montre tout ; choisissez ce qui arrive aussi par mail.',
    preferences_saved: 'Enregistré',
    preferences_failed: "Vos préférences de mails n'ont pas pu être enregistrées. Réessayez.",
    preferences: {
      taskAssigned: "Une tâche qu'on me confie",
      tasksDue: 'Chaque matin : mes tâches pour demain et en retard',
      organisationDeadlines: 'Renouvellements et obligations de mes organisations',
      coordinatorDigest: 'Chaque matin : parcours sans conseiller et à l’arrêt',
      weeklyDigest: 'Le lundi : ma semaine',
    },
  },
  calendar: {
    title: 'Mon agenda dans Outlook, Google ou Apple',
    intro:
      "Une adresse privée à laquelle votre agenda s'abonne : vos tâches avec échéance, vos rencontres et les échéances de vos organisations. Qui la détient peut lire ces titres : gardez-la pour vous.",
    active_since:
      "Active depuis le %{date}. Renouvelez-la pour voir une nouvelle adresse (l'actuelle cessera de fonctionner).",
    address: "Adresse de l'agenda",
    copy_now: "Copiez-la maintenant : elle n'est montrée qu'une fois.",
    create: 'Créer mon adresse d’agenda',
    renew: "Renouveler l'adresse",
    revoke: 'Révoquer',
    revoked: "L'adresse de l'agenda ne fonctionne plus",
  },
  jobs: {
    run_now: 'Lancer maintenant',
    ran: 'La tâche planifiée a tourné : %{state}',
    run_failed: "La tâche planifiée n'a pas pu être lancée",
    on_demand: 'À la demande',
    states: {
      created: 'en attente',
      retry: 'à réessayer',
      active: 'en cours',
      completed: 'terminée',
      cancelled: 'annulée',
      failed: 'en échec',
    },
  },
  outbox: {
    body: 'Contenu',
    text: 'Texte brut',
    html: 'HTML',
    states: { pending: 'en attente', sending: "en cours d'envoi", sent: 'envoyé', failed: 'non envoyé' },
  },
};

export const notificationResourcesFr = {
  jobs: {
    name: 'Tâche planifiée |||| Tâches planifiées',
    fields: {
      title: 'Tâche planifiée',
      name: 'Nom',
      cron: 'Horaire',
      nextRunAt: 'Prochain passage',
      lastRun: 'Dernier passage',
      lastFailure: 'Dernier échec',
      waiting: 'En attente',
    },
  },
  outbox: {
    name: "Boîte d'envoi",
    fields: {
      createdAt: 'Écrit le',
      recipient: 'Destinataire',
      subject: 'Objet',
      state: 'État',
      attempts: 'Essais',
      sentAt: 'Envoyé le',
      lastError: 'Dernière erreur',
      messageId: 'Message-ID',
    },
  },
};
