/** The words of field use (phone, drafts, quick box, shortcuts, toasts), merged into the three catalogues. */
const fr = {
  resources: {
    organisations: { notifications: { created: 'Organisation créée', updated: 'Organisation enregistrée' } },
    contacts: { notifications: { created: 'Contact créé', updated: 'Contact enregistré' } },
    cases: { notifications: { created: 'Accompagnement ouvert', updated: 'Accompagnement enregistré' } },
    meetings: { notifications: { created: 'Rencontre enregistrée', updated: 'Rencontre modifiée' } },
    tasks: { notifications: { created: 'Tâche créée', updated: 'Tâche enregistrée' } },
    users: { notifications: { created: 'Utilisateur·rice créé·e', updated: 'Utilisateur·rice enregistré·e' } },
    partners: { notifications: { created: 'Partenaire ajouté', updated: 'Partenaire enregistré' } },
    programmes: { notifications: { created: 'Programme ajouté', updated: 'Programme enregistré' } },
  },
  traject: {
    referrals: {
      move_to: { cancelled: 'Annuler l’orientation' },
      edit: 'Modifier l’orientation',
      edit_of: 'Éditer l’orientation vers %{partner} du %{day}',
      updated: 'Orientation modifiée',
      edit_conflict:
        'Quelqu’un d’autre vient de modifier cette orientation ; elle a été rechargée. Enregistrez à nouveau pour garder vos valeurs.',
    },
    board: { stage_picker: 'Étape affichée' },
    shortcuts: {
      title: 'Raccourcis clavier',
      search: 'Chercher dans Traject',
      home: 'Aller à l’accueil',
      organisations: 'Aller aux organisations',
      tasks: 'Aller aux tâches',
      cases: 'Aller aux accompagnements',
      board: 'Aller au tableau des parcours',
      meetings: 'Aller aux rencontres',
      new_meeting: 'Noter une rencontre (de l’organisation affichée)',
      new_task: 'Ajouter une tâche (à l’organisation affichée)',
      help: 'Afficher cette aide',
    },
    field: {
      offline:
        'Pas de connexion : rien n’est perdu, le brouillon reste dans ce navigateur. Réessayez quand la connexion revient.',
      draft_restored: 'Brouillon non enregistré repris (dernière saisie le %{at}).',
      draft_discard: 'Effacer le brouillon',
      quick_title: 'Noter rapidement',
      quick_text: 'Objet de la rencontre ou de la tâche',
      open: 'Ouvrir',
      task_created: 'Tâche créée',
      contact_created: 'Contact créé',
      not_assessed: 'Pas encore évalué',
      assessment_started: 'Évaluation commencée (aucune réponse précédente à reprendre)',
      gaps_unknown:
        '%{smart_count} indicateur sur %{counted} est encore « inconnu ». |||| %{smart_count} indicateurs sur %{counted} sont encore « inconnus ».',
      gaps_evidence:
        '%{smart_count} réponse n’a pas de justification. |||| %{smart_count} réponses n’ont pas de justification.',
      gaps_finalise_anyway: 'Finaliser quand même ? Une évaluation finale ne se modifie plus.',
      checklist_incomplete:
        'La liste des pièces n’est complète qu’à %{percent} % (%{done} sur %{total}). Introduire le dossier quand même ?',
      stage_suggested: 'Le travail fait montre l’étape « %{stage} » ; l’accompagnement est encore à « %{current} ».',
      stage_move: 'Passer à « %{stage} »',
      user_active: 'Actif·ve',
      user_inactive: 'Inactif·ve',
      acceptance_hint:
        '%{accepted} acceptées sur %{answered} ayant reçu une réponse ; %{waiting} sans réponse ne comptent pas.',
      recently_viewed: 'Consultés récemment',
      saved_filters: 'Mes filtres enregistrés',
      save_filters: 'Enregistrer ces filtres',
      undone: 'Modification annulée',
      undo_of: 'Annuler : %{message}',
      filter_name: 'Nom de ce filtre',
      contact_updated: 'Contact enregistré',
      unassigned: 'Accompagnement sans conseiller·ère',
      inline_edit: 'Modifier « %{field} »',
      inline_discard: 'Ne pas enregistrer',
      inline_hint: 'Entrée pour enregistrer, Échap pour abandonner',
      inline_hint_multiline: 'Entrée pour enregistrer, Maj+Entrée pour aller à la ligne, Échap pour abandonner',
      inline_hint_multiple:
        'Ctrl+clic ou Maj+flèches pour en choisir plusieurs, Entrée pour enregistrer, Échap pour abandonner',
      inline_saved: 'Modification enregistrée : %{field}',
      inline_conflict:
        'Quelqu’un d’autre vient de modifier cette organisation ; elle a été rechargée. Enregistrez à nouveau pour garder votre valeur.',
    },
  },
};

type Messages = typeof fr;

const nl: Messages = {
  resources: {
    organisations: { notifications: { created: 'Organisatie aangemaakt', updated: 'Organisatie opgeslagen' } },
    contacts: { notifications: { created: 'Contactpersoon aangemaakt', updated: 'Contactpersoon opgeslagen' } },
    cases: { notifications: { created: 'Traject geopend', updated: 'Traject opgeslagen' } },
    meetings: { notifications: { created: 'Ontmoeting opgeslagen', updated: 'Ontmoeting gewijzigd' } },
    tasks: { notifications: { created: 'Taak aangemaakt', updated: 'Taak opgeslagen' } },
    users: { notifications: { created: 'Gebruiker aangemaakt', updated: 'Gebruiker opgeslagen' } },
    partners: { notifications: { created: 'Partner toegevoegd', updated: 'Partner opgeslagen' } },
    programmes: { notifications: { created: 'Programma toegevoegd', updated: 'Programma opgeslagen' } },
  },
  traject: {
    referrals: {
      move_to: { cancelled: 'Doorverwijzing annuleren' },
      edit: 'Doorverwijzing wijzigen',
      edit_of: 'Bewerken: doorverwijzing naar %{partner} van %{day}',
      updated: 'Doorverwijzing gewijzigd',
      edit_conflict:
        'Iemand anders heeft deze doorverwijzing net gewijzigd; ze is opnieuw geladen. Sla opnieuw op om uw waarden te behouden.',
    },
    board: { stage_picker: 'Getoonde fase' },
    shortcuts: {
      title: 'Sneltoetsen',
      search: 'Zoeken in Traject',
      home: 'Naar de startpagina',
      organisations: 'Naar de organisaties',
      tasks: 'Naar de taken',
      cases: 'Naar de trajecten',
      board: 'Naar het trajectbord',
      meetings: 'Naar de ontmoetingen',
      new_meeting: 'Een ontmoeting noteren (van de getoonde organisatie)',
      new_task: 'Een taak toevoegen (aan de getoonde organisatie)',
      help: 'Deze hulp tonen',
    },
    field: {
      offline:
        'Geen verbinding: er gaat niets verloren, het concept blijft in deze browser. Probeer opnieuw zodra de verbinding terug is.',
      draft_restored: 'Niet-opgeslagen concept hersteld (laatst ingevuld op %{at}).',
      draft_discard: 'Concept wissen',
      quick_title: 'Snel noteren',
      quick_text: 'Onderwerp van de ontmoeting of de taak',
      open: 'Openen',
      task_created: 'Taak aangemaakt',
      contact_created: 'Contactpersoon aangemaakt',
      not_assessed: 'Nog niet geëvalueerd',
      assessment_started: 'Evaluatie gestart (geen vorige antwoorden om over te nemen)',
      gaps_unknown:
        '%{smart_count} indicator van %{counted} is nog „onbekend”. |||| %{smart_count} indicatoren van %{counted} zijn nog „onbekend”.',
      gaps_evidence:
        '%{smart_count} antwoord heeft geen verantwoording. |||| %{smart_count} antwoorden hebben geen verantwoording.',
      gaps_finalise_anyway: 'Toch afronden? Een afgeronde evaluatie kan niet meer worden gewijzigd.',
      checklist_incomplete:
        'De stukkenlijst is maar voor %{percent} % volledig (%{done} van %{total}). Het dossier toch indienen?',
      stage_suggested: 'Het gedane werk wijst op de fase „%{stage}”; het traject staat nog op „%{current}”.',
      stage_move: 'Naar „%{stage}”',
      user_active: 'Actief',
      user_inactive: 'Inactief',
      acceptance_hint:
        '%{accepted} aanvaard van %{answered} met een antwoord; %{waiting} zonder antwoord tellen niet mee.',
      recently_viewed: 'Onlangs bekeken',
      saved_filters: 'Mijn bewaarde filters',
      save_filters: 'Deze filters bewaren',
      undone: 'Wijziging ongedaan gemaakt',
      undo_of: 'Ongedaan maken: %{message}',
      filter_name: 'Naam van deze filter',
      contact_updated: 'Contactpersoon opgeslagen',
      unassigned: 'Traject zonder adviseur',
      inline_edit: '“%{field}” wijzigen',
      inline_discard: 'Niet opslaan',
      inline_hint: 'Enter om op te slaan, Escape om te laten vallen',
      inline_hint_multiline: 'Enter om op te slaan, Shift+Enter voor een nieuwe regel, Escape om te laten vallen',
      inline_hint_multiple:
        'Ctrl+klik of Shift+pijltjes om er meerdere te kiezen, Enter om op te slaan, Escape om te laten vallen',
      inline_saved: 'Wijziging opgeslagen: %{field}',
      inline_conflict:
        'Iemand anders heeft deze organisatie net gewijzigd; ze is opnieuw geladen. Sla opnieuw op om uw waarde te behouden.',
    },
  },
};

const en: Messages = {
  resources: {
    organisations: { notifications: { created: 'Organisation created', updated: 'Organisation saved' } },
    contacts: { notifications: { created: 'Contact created', updated: 'Contact saved' } },
    cases: { notifications: { created: 'Case opened', updated: 'Case saved' } },
    meetings: { notifications: { created: 'Meeting logged', updated: 'Meeting changed' } },
    tasks: { notifications: { created: 'Task created', updated: 'Task saved' } },
    users: { notifications: { created: 'User created', updated: 'User saved' } },
    partners: { notifications: { created: 'Partner added', updated: 'Partner saved' } },
    programmes: { notifications: { created: 'Programme added', updated: 'Programme saved' } },
  },
  traject: {
    referrals: {
      move_to: { cancelled: 'Cancel the referral' },
      edit: 'Edit the referral',
      edit_of: 'Edit the referral to %{partner} of %{day}',
      updated: 'Referral changed',
      edit_conflict:
        'Someone else has just changed this referral; it has been reloaded. Save again to keep your values.',
    },
    board: { stage_picker: 'Stage shown' },
    shortcuts: {
      title: 'Keyboard shortcuts',
      search: 'Search Traject',
      home: 'Go to home',
      organisations: 'Go to organisations',
      tasks: 'Go to tasks',
      cases: 'Go to cases',
      board: 'Go to the journey board',
      meetings: 'Go to meetings',
      new_meeting: 'Log a meeting (of the organisation on screen)',
      new_task: 'Add a task (to the organisation on screen)',
      help: 'Show this help',
    },
    field: {
      offline:
        'No connection: nothing is lost, the draft stays in this browser. Try again when the connection is back.',
      draft_restored: 'Unsaved draft restored (last typed on %{at}).',
      draft_discard: 'Discard the draft',
      quick_title: 'Quick note',
      quick_text: 'Subject of the meeting or the task',
      open: 'Open',
      task_created: 'Task created',
      contact_created: 'Contact created',
      not_assessed: 'Not assessed yet',
      assessment_started: 'Assessment started (no earlier answers to carry over)',
      gaps_unknown:
        '%{smart_count} indicator of %{counted} is still "unknown". |||| %{smart_count} indicators of %{counted} are still "unknown".',
      gaps_evidence: '%{smart_count} answer has no justification. |||| %{smart_count} answers have no justification.',
      gaps_finalise_anyway: 'Finalise anyway? A final assessment can no longer be changed.',
      checklist_incomplete:
        'The document checklist is only %{percent} % complete (%{done} of %{total}). Submit the file anyway?',
      stage_suggested: 'The work done shows the stage "%{stage}"; the case is still at "%{current}".',
      stage_move: 'Move to "%{stage}"',
      user_active: 'Active',
      user_inactive: 'Inactive',
      acceptance_hint: '%{accepted} accepted of %{answered} answered; %{waiting} without an answer do not count.',
      recently_viewed: 'Recently viewed',
      saved_filters: 'My saved filters',
      save_filters: 'Save these filters',
      undone: 'Change undone',
      undo_of: 'Undo: %{message}',
      filter_name: 'Name of this filter',
      contact_updated: 'Contact saved',
      unassigned: 'Case left without an advisor',
      inline_edit: 'Edit “%{field}”',
      inline_discard: 'Discard',
      inline_hint: 'Enter to save, Escape to discard',
      inline_hint_multiline: 'Enter to save, Shift+Enter for a new line, Escape to discard',
      inline_hint_multiple: 'Ctrl+click or Shift+arrows to choose several, Enter to save, Escape to discard',
      inline_saved: 'Change saved: %{field}',
      inline_conflict:
        'Someone else has just changed this organisation; it has been reloaded. Save again to keep your value.',
    },
  },
};

export const fieldMessages = { fr, nl, en };
