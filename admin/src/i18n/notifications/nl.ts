/** De bel, de mailvoorkeuren, de agenda, de geplande taken en de outbox. */
export const notificationsNl = {
  notifications: {
    bell: 'Meldingen (%{smart_count} ongelezen)',
    title: 'Meldingen',
    read_all: 'Alles als gelezen markeren',
    none: 'Niets nieuws.',
    preferences_title: 'De mails die ik ontvang',
    preferences_intro: 'De bel toont alles; kies wat ook per mail komt.',
    preferences_saved: 'Opgeslagen',
    preferences_failed: 'Uw mailvoorkeuren konden niet worden opgeslagen. Probeer opnieuw.',
    preferences: {
      taskAssigned: 'Een taak die iemand mij geeft',
      tasksDue: 'Elke ochtend: mijn taken voor morgen en te laat',
      organisationDeadlines: 'Hernieuwingen en verplichtingen van mijn organisaties',
      coordinatorDigest: 'Elke ochtend: trajecten zonder adviseur en stilgevallen',
      weeklyDigest: 'Op maandag: mijn week',
    },
  },
  calendar: {
    title: 'Mijn agenda in Outlook, Google of Apple',
    intro:
      'Een privéadres waarop uw agenda zich abonneert: uw taken met een vervaldatum, uw gesprekken en de termijnen van uw organisaties. Wie het heeft, kan die titels lezen: houd het voor uzelf.',
    active_since: 'Actief sinds %{date}. Vernieuw het om een nieuw adres te zien (het huidige werkt dan niet meer).',
    address: 'Agenda-adres',
    copy_now: 'Kopieer het nu: het wordt maar één keer getoond.',
    create: 'Mijn agenda-adres aanmaken',
    renew: 'Het adres vernieuwen',
    revoke: 'Intrekken',
    revoked: 'Het agenda-adres werkt niet meer',
  },
  jobs: {
    run_now: 'Nu uitvoeren',
    ran: 'De geplande taak is uitgevoerd: %{state}',
    run_failed: 'De geplande taak kon niet worden uitgevoerd',
    on_demand: 'Op verzoek',
    states: {
      created: 'wachtend',
      retry: 'opnieuw te proberen',
      active: 'bezig',
      completed: 'klaar',
      cancelled: 'geannuleerd',
      failed: 'mislukt',
    },
  },
  outbox: {
    body: 'Inhoud',
    text: 'Platte tekst',
    html: 'HTML',
    states: { pending: 'wachtend', sending: 'wordt verzonden', sent: 'verzonden', failed: 'niet verzonden' },
  },
};

export const notificationResourcesNl = {
  jobs: {
    name: 'Geplande taak |||| Geplande taken',
    fields: {
      title: 'Geplande taak',
      name: 'Naam',
      cron: 'Planning',
      nextRunAt: 'Volgende uitvoering',
      lastRun: 'Laatste uitvoering',
      lastFailure: 'Laatste fout',
      waiting: 'Wachtend',
    },
  },
  outbox: {
    name: 'Outbox',
    fields: {
      createdAt: 'Geschreven',
      recipient: 'Ontvanger',
      subject: 'Onderwerp',
      state: 'Status',
      attempts: 'Pogingen',
      sentAt: 'Verzonden',
      lastError: 'Laatste fout',
      messageId: 'Message-ID',
    },
  },
};
