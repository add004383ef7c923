/** Sessions, second facteur et connexion par le compte de l'organisation. */
export const identityFr = {
  sessions: {
    my_title: 'Où je suis connecté·e',
    user_title: 'Sessions ouvertes',
    signed_in: 'Connexion',
    browser: 'Navigateur',
    address: 'Adresse',
    last_used: 'Dernière activité',
    this_browser: 'Ce navigateur',
    end: 'Déconnecter',
    end_others: 'Me déconnecter partout ailleurs',
    end_all: 'Déconnecter partout',
    ended: 'Session fermée',
    ended_others: 'Une session fermée |||| %{smart_count} sessions fermées',
    none: 'Aucune session ouverte.',
    unknown_browser: 'Navigateur inconnu',
    method_oidc: 'Compte hub.brussels',
  },
};
