import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

/**
 * Dutch. No maintained react-admin 5 catalogue exists, so the `ra.*` messages are written here,
 * key for key after ra-language-english; any key missing below falls back to English.
 */
const ra = {
  action: {
    add_filter: 'Filter toevoegen',
    add: 'Toevoegen',
    back: 'Terug',
    bulk_actions: '1 item geselecteerd |||| %{smart_count} items geselecteerd',
    cancel: 'Annuleren',
    clear_array_input: 'Lijst leegmaken',
    clear_input_value: 'Waarde wissen',
    clone: 'Kopiëren',
    confirm: 'Bevestigen',
    create: 'Aanmaken',
    create_item: '%{item} aanmaken',
    delete: 'Verwijderen',
    edit: 'Bewerken',
    export: 'Exporteren',
    list: 'Lijst',
    refresh: 'Vernieuwen',
    remove_filter: 'Deze filter verwijderen',
    remove_all_filters: 'Alle filters verwijderen',
    remove: 'Verwijderen',
    reset: 'Herstellen',
    save: 'Opslaan',
    search: 'Zoeken',
    search_columns: 'Kolommen zoeken',
    select_all: 'Alles selecteren',
    select_all_button: 'Alles selecteren',
    select_row: 'Deze rij selecteren',
    show: 'Tonen',
    sort: 'Sorteren',
    undo: 'Ongedaan maken',
    unselect: 'Deselecteren',
    expand: 'Uitklappen',
    close: 'Sluiten',
    open_menu: 'Menu openen',
    close_menu: 'Menu sluiten',
    update: 'Bijwerken',
    move_up: 'Omhoog',
    move_down: 'Omlaag',
    open: 'Openen',
    toggle_theme: 'Licht/donker thema wisselen',
    select_columns: 'Kolommen',
    update_application: 'Applicatie herladen',
  },
  boolean: { true: 'Ja', false: 'Nee', null: ' ' },
  page: {
    create: '%{name} aanmaken',
    dashboard: 'Dashboard',
    edit: '%{name} %{recordRepresentation}',
    error: 'Er is iets misgelopen',
    list: '%{name}',
    loading: 'Laden',
    not_found: 'Niet gevonden',
    show: '%{name} %{recordRepresentation}',
    empty: 'Nog geen %{name}.',
    invite: 'Wilt u er een toevoegen?',
    access_denied: 'Toegang geweigerd',
    authentication_error: 'Authenticatiefout',
  },
  input: {
    file: {
      upload_several: 'Sleep bestanden hierheen om ze op te laden, of klik om er een te kiezen.',
      upload_single: 'Sleep een bestand hierheen om het op te laden, of klik om het te kiezen.',
    },
    image: {
      upload_several: "Sleep afbeeldingen hierheen om ze op te laden, of klik om er een te kiezen.",
      upload_single: 'Sleep een afbeelding hierheen om ze op te laden, of klik om ze te kiezen.',
    },
    references: {
      all_missing: 'De gekoppelde gegevens zijn niet gevonden.',
      many_missing: 'Minstens één van de gekoppelde gegevens lijkt niet meer beschikbaar.',
      single_missing: 'Het gekoppelde gegeven lijkt niet meer beschikbaar.',
    },
    password: { toggle_visible: 'Wachtwoord verbergen', toggle_hidden: 'Wachtwoord tonen' },
  },
  message: {
    about: 'Over',
    access_denied: 'U hebt niet de nodige rechten om deze pagina te openen',
    are_you_sure: 'Weet u het zeker?',
    authentication_error: 'De authenticatieserver gaf een fout en uw gegevens konden niet worden gecontroleerd.',
    auth_error: 'Er is een fout opgetreden bij het controleren van het authenticatietoken.',
    bulk_delete_content:
      'Weet u zeker dat u deze %{name} wilt verwijderen? |||| Weet u zeker dat u deze %{smart_count} items wilt verwijderen?',
    bulk_delete_title: '%{name} verwijderen |||| %{smart_count} %{name} verwijderen',
    bulk_update_content:
      'Weet u zeker dat u %{name} %{recordRepresentation} wilt bijwerken? |||| Weet u zeker dat u deze %{smart_count} items wilt bijwerken?',
    bulk_update_title: '%{name} %{recordRepresentation} bijwerken |||| %{smart_count} %{name} bijwerken',
    clear_array_input: 'Weet u zeker dat u de hele lijst wilt leegmaken?',
    delete_content: 'Weet u zeker dat u deze %{name} wilt verwijderen?',
    delete_title: '%{name} %{recordRepresentation} verwijderen',
    details: 'Details',
    error: 'Er is een fout opgetreden in de browser en uw verzoek kon niet worden voltooid.',
    invalid_form: 'Het formulier is niet geldig. Controleer de fouten',
    loading: 'Even geduld',
    no: 'Nee',
    not_found: 'U hebt een verkeerde URL getypt of een foute link gevolgd.',
    select_all_limit_reached:
      'Er zijn te veel elementen om ze allemaal te selecteren. Alleen de eerste %{max} zijn geselecteerd.',
    unsaved_changes: 'Sommige wijzigingen zijn niet opgeslagen. Weet u zeker dat u ze wilt negeren?',
    yes: 'Ja',
    placeholder_data_warning: 'Netwerkprobleem: de gegevens konden niet worden vernieuwd.',
  },
  navigation: {
    clear_filters: 'Filters wissen',
    no_filtered_results: 'Geen %{name} gevonden met de huidige filters.',
    no_results: 'Geen %{name} gevonden',
    no_more_results: 'Paginanummer %{page} bestaat niet. Probeer de vorige pagina.',
    page_out_of_boundaries: 'Paginanummer %{page} bestaat niet',
    page_out_from_end: 'Er is geen pagina na de laatste',
    page_out_from_begin: 'Er is geen pagina vóór pagina 1',
    page_range_info: '%{offsetBegin}-%{offsetEnd} van %{total}',
    partial_page_range_info: '%{offsetBegin}-%{offsetEnd} van meer dan %{offsetEnd}',
    current_page: 'Pagina %{page}',
    page: 'Naar pagina %{page}',
    first: 'Naar de eerste pagina',
    last: 'Naar de laatste pagina',
    next: 'Naar de volgende pagina',
    previous: 'Naar de vorige pagina',
    page_rows_per_page: 'Rijen per pagina:',
    skip_nav: 'Naar de inhoud',
  },
  sort: { sort_by: 'Sorteren op %{field_lower_first} %{order}', ASC: 'oplopend', DESC: 'aflopend' },
  auth: {
    auth_check_error: 'Meld u aan om verder te gaan',
    user_menu: 'Profiel',
    username: 'E-mail',
    password: 'Wachtwoord',
    email: 'E-mail',
    sign_in: 'Aanmelden',
    sign_in_error: 'Aanmelden mislukt, probeer opnieuw',
    logout: 'Afmelden',
  },
  notification: {
    updated: 'Element bijgewerkt |||| %{smart_count} elementen bijgewerkt',
    created: 'Element aangemaakt',
    deleted: 'Element verwijderd |||| %{smart_count} elementen verwijderd',
    bad_item: 'Ongeldig element',
    item_doesnt_exist: 'Element bestaat niet',
    http_error: 'Fout in de communicatie met de server',
    data_provider_error: 'Fout in de dataProvider. Zie de console voor details.',
    i18n_error: 'De vertalingen voor deze taal konden niet worden geladen',
    canceled: 'Actie geannuleerd',
    logged_out: 'Uw sessie is beëindigd, meld u opnieuw aan.',
    not_authorized: 'U hebt geen toegang tot deze gegevens.',
    application_update_available: 'Er is een nieuwe versie beschikbaar.',
    offline: 'Geen verbinding. De gegevens konden niet worden opgehaald.',
  },
  validation: {
    required: 'Verplicht',
    minLength: 'Moet minstens %{min} tekens lang zijn',
    maxLength: 'Mag hoogstens %{max} tekens lang zijn',
    minValue: 'Moet minstens %{min} zijn',
    maxValue: 'Mag hoogstens %{max} zijn',
    number: 'Moet een getal zijn',
    email: 'Moet een geldig e-mailadres zijn',
    oneOf: 'Moet een van deze zijn: %{options}',
    regex: 'Moet overeenkomen met een bepaald formaat (regexp): %{pattern}',
    unique: 'Moet uniek zijn',
  },
  saved_queries: {
    label: 'Bewaarde zoekopdrachten',
    query_name: 'Naam van de zoekopdracht',
    new_label: 'Huidige zoekopdracht bewaren...',
    new_dialog_title: 'Huidige zoekopdracht bewaren als',
    remove_label: 'Bewaarde zoekopdracht verwijderen',
    remove_label_with_name: 'Zoekopdracht "%{name}" verwijderen',
    remove_dialog_title: 'Bewaarde zoekopdracht verwijderen?',
    remove_message: 'Weet u zeker dat u dit item uit uw bewaarde zoekopdrachten wilt verwijderen?',
    help: 'Filter de lijst en bewaar deze zoekopdracht voor later',
  },
  guesser: {
    empty: { title: 'Geen gegevens om te tonen', message: 'Controleer uw dataProvider' },
  },
  configurable: {
    customize: 'Aanpassen',
    configureMode: 'Deze pagina instellen',
    inspector: {
      title: 'Inspector',
      content: 'Beweeg over de elementen van de applicatie om ze in te stellen',
      reset: 'Instellingen herstellen',
      hideAll: 'Alles verbergen',
      showAll: 'Alles tonen',
    },
    Datagrid: { title: 'Tabel', unlabeled: 'Kolom zonder label #%{column}' },
    SimpleForm: { title: 'Formulier', unlabeled: 'Invoerveld zonder label #%{input}' },
    SimpleList: {
      title: 'Lijst',
      primaryText: 'Hoofdtekst',
      secondaryText: 'Tweede tekst',
      tertiaryText: 'Derde tekst',
    },
  },
};

type Catalogue = Record<string, unknown>;

/** English underneath, Dutch on top: a key not translated yet still reads as English, not as its code. */
function over(base: Catalogue, top: Catalogue): Catalogue {
  const merged: Catalogue = { ...base };
  for (const [key, value] of Object.entries(top)) {
    const below = base[key];
    merged[key] =
      value && typeof value === 'object' && below && typeof below === 'object'
        ? over(below as Catalogue, value as Catalogue)
        : value;
  }
  return merged;
}

const nl = over(englishMessages, {
  ra,
  resources: {
    users: {
      name: 'Gebruiker |||| Gebruikers',
      fields: {
        fullName: 'Volledige naam',
        email: 'E-mail',
        role: 'Rol',
        language: 'Taal',
        active: 'Actief',
        lastLoginAt: 'Laatst aangemeld',
        createdAt: 'Aangemaakt op',
        password: 'Wachtwoord',
        newPassword: 'Nieuw wachtwoord',
        q: 'Zoeken',
      },
    },
  },
  traject: {
    app: { title: 'Traject', organisation: 'hub.brussels', language: 'Taal' },
    menu: { profile: 'Profiel' },
    roles: { advisor: 'Adviseur', coordinator: 'Coördinator', manager: 'Manager', admin: 'Beheerder' },
    languages: { fr: 'Frans', nl: 'Nederlands', en: 'Engels' },
    auth: {
      invalid_credentials: 'Verkeerd e-mailadres of wachtwoord.',
      throttled: 'Te veel pogingen. Probeer het over enkele minuten opnieuw.',
    },
    dashboard: {
      welcome: 'Hallo %{fullName}',
      role: 'U bent aangemeld als %{role}.',
      intro: 'Welkom in Traject, de opvolging van de sociale ondernemingen die hub.brussels begeleidt.',
    },
    profile: {
      title: 'Mijn profiel',
      identity: 'Mijn gegevens',
      password_title: 'Mijn wachtwoord wijzigen',
      current_password: 'Huidig wachtwoord',
      new_password: 'Nieuw wachtwoord',
      confirm_password: 'Bevestig het nieuwe wachtwoord',
      password_hint: 'Minstens 12 tekens.',
      mismatch: 'De twee wachtwoorden komen niet overeen.',
      change: 'Wachtwoord wijzigen',
      changed: 'Wachtwoord gewijzigd. Uw andere sessies zijn afgesloten.',
    },
    users: {
      deactivate: 'Deactiveren',
      deactivate_title: '%{name} deactiveren?',
      deactivate_content: 'Deze persoon kan zich niet meer aanmelden. Open sessies worden meteen afgesloten.',
      deactivated: 'Gebruiker gedeactiveerd',
      reset_password_hint: 'Leeg laten om het huidige wachtwoord te behouden. Minstens 12 tekens.',
      password_hint: 'Minstens 12 tekens.',
      active_yes: 'Actief',
      active_no: 'Niet actief',
      never: 'Nooit',
    },
    conflict: {
      message: 'Iemand anders heeft deze fiche gewijzigd terwijl u ze bewerkte. Herlaad ze om die wijzigingen te zien en breng de uwe daarna opnieuw aan.',
      reload: 'Herladen',
    },
  },
}) as TranslationMessages;

export default nl;
