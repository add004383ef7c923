/** Sessions, second factor and organisation sign-in (`traject.sessions`, `traject.totp`, `traject.oidc`). */
export const identityEn = {
  sessions: {
    my_title: 'Where I am signed in',
    user_title: 'Open sessions',
    signed_in: 'Signed in',
    browser: 'Browser',
    address: 'Address',
    last_used: 'Last used',
    this_browser: 'This browser',
    end: 'Sign out',
    end_others: 'Sign out everywhere else',
    end_all: 'Sign out everywhere',
    ended: 'Session ended',
    ended_others: 'One session ended |||| %{smart_count} sessions ended',
    none: 'No open session.',
    unknown_browser: 'Unknown browser',
    method_oidc: 'hub.brussels account',
  },
};
