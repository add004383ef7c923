/** Sessies, tweede factor en aanmelden met het account van de organisatie. */
export const identityNl = {
  sessions: {
    my_title: 'Waar ik aangemeld ben',
    user_title: 'Open sessies',
    signed_in: 'Aangemeld',
    browser: 'Browser',
    address: 'Adres',
    last_used: 'Laatst gebruikt',
    this_browser: 'Deze browser',
    end: 'Afmelden',
    end_others: 'Overal elders afmelden',
    end_all: 'Overal afmelden',
    ended: 'Sessie beëindigd',
    ended_others: 'Eén sessie beëindigd |||| %{smart_count} sessies beëindigd',
    none: 'Geen open sessie.',
    unknown_browser: 'Onbekende browser',
    method_oidc: 'hub.brussels-account',
  },
};
