/**
 * The words of invitations (the set-your-password page, the user form's note, "send the invitation again") and of
 * "Forgot your password?" (its page, the set-password page opened from a reset mail), merged into the three catalogues.
 */
const fr = {
  traject: {
    invitation: {
      title: 'Choisissez votre mot de passe',
      intro:
        'Bienvenue dans Traject. Choisissez le mot de passe de votre compte ; vous vous connecterez ensuite avec lui.',
      password: 'Nouveau mot de passe',
      confirm: 'Répétez le mot de passe',
      rules:
        'Au moins 12 caractères, difficile à deviner : pas un mot de passe courant, pas une répétition ni une suite, pas votre e-mail ni votre nom. Quelques mots sans rapport entre eux conviennent bien.',
      mismatch: 'Les deux mots de passe diffèrent.',
      submit: 'Enregistrer mon mot de passe',
      no_token: 'Ce lien est incomplet : ouvrez le lien reçu par e-mail tel quel.',
      done: 'Votre mot de passe est enregistré : connectez-vous avec votre adresse e-mail et ce mot de passe.',
      failed: 'Le mot de passe n’a pas pu être enregistré ; réessayez dans un instant.',
      create_note:
        'Sans mot de passe, une invitation est envoyée par e-mail : la personne choisit elle-même son mot de passe par un lien valable 7 jours.',
      send_again: 'Renvoyer l’invitation',
      send_again_hint:
        'Cette personne n’a pas encore choisi de mot de passe. Une nouvelle invitation remplace la précédente.',
      sent: 'Invitation envoyée à %{email}',
    },
    password_reset: {
      link: 'Mot de passe oublié ?',
      title: 'Mot de passe oublié ?',
      intro:
        'Indiquez l’adresse e-mail de votre compte Traject. Si ce compte se connecte avec un mot de passe, vous recevrez un lien pour en choisir un nouveau.',
      email: 'Adresse e-mail',
      submit: 'Recevoir un lien',
      sent_title: 'Demande enregistrée',
      sent: 'Si un compte actif avec l’adresse %{email} se connecte par mot de passe, un e-mail vient de lui être envoyé. Son lien ne sert qu’une fois et peu de temps (l’e-mail dit combien). Pensez à regarder dans vos indésirables.',
      back: 'Retour à la connexion',
      failed: 'La demande n’a pas pu être envoyée ; réessayez dans un instant.',
      title_new: 'Choisissez un nouveau mot de passe',
      intro_new:
        'Choisissez le nouveau mot de passe de votre compte. Vos sessions ouvertes seront fermées ; vous vous connecterez ensuite avec ce mot de passe.',
      submit_new: 'Enregistrer mon nouveau mot de passe',
      done_new: 'Votre nouveau mot de passe est enregistré : connectez-vous avec lui.',
    },
  },
};

const nl: typeof fr = {
  traject: {
    invitation: {
      title: 'Kies uw wachtwoord',
      intro: 'Welkom in Traject. Kies het wachtwoord van uw account; daarna meldt u zich daarmee aan.',
      password: 'Nieuw wachtwoord',
      confirm: 'Herhaal het wachtwoord',
      rules:
        'Minstens 12 tekens, moeilijk te raden: geen veelgebruikt wachtwoord, geen herhaling of reeks, niet uw e-mail of naam. Enkele losse woorden werken goed.',
      mismatch: 'De twee wachtwoorden verschillen.',
      submit: 'Mijn wachtwoord opslaan',
      no_token: 'Deze link is onvolledig: open de link uit de e-mail zoals hij is.',
      done: 'Uw wachtwoord is opgeslagen: meld u aan met uw e-mailadres en dit wachtwoord.',
      failed: 'Het wachtwoord kon niet worden opgeslagen; probeer zo dadelijk opnieuw.',
      create_note:
        'Zonder wachtwoord wordt een uitnodiging per e-mail verstuurd: de persoon kiest zelf een wachtwoord via een link die 7 dagen geldig is.',
      send_again: 'Uitnodiging opnieuw versturen',
      send_again_hint: 'Deze persoon heeft nog geen wachtwoord gekozen. Een nieuwe uitnodiging vervangt de vorige.',
      sent: 'Uitnodiging verstuurd naar %{email}',
    },
    password_reset: {
      link: 'Wachtwoord vergeten?',
      title: 'Wachtwoord vergeten?',
      intro:
        'Geef het e-mailadres van uw Traject-account. Meldt die account zich aan met een wachtwoord, dan krijgt u een link om een nieuw wachtwoord te kiezen.',
      email: 'E-mailadres',
      submit: 'Een link ontvangen',
      sent_title: 'Aanvraag ontvangen',
      sent: 'Als een actieve account met het adres %{email} zich met een wachtwoord aanmeldt, is er net een e-mail naar verstuurd. De link werkt één keer en maar kort (de e-mail zegt hoelang). Kijk ook in uw spamfolder.',
      back: 'Terug naar aanmelden',
      failed: 'De aanvraag kon niet worden verstuurd; probeer zo dadelijk opnieuw.',
      title_new: 'Kies een nieuw wachtwoord',
      intro_new:
        'Kies het nieuwe wachtwoord van uw account. Uw open sessies worden afgesloten; daarna meldt u zich met dit wachtwoord aan.',
      submit_new: 'Mijn nieuwe wachtwoord opslaan',
      done_new: 'Uw nieuwe wachtwoord is opgeslagen: meld u ermee aan.',
    },
  },
};

const en: typeof fr = {
  traject: {
    invitation: {
      title: 'Choose your password',
      intro: 'Welcome to Traject. Choose the password of your account; you then sign in with it.',
      password: 'New password',
      confirm: 'Repeat the password',
      rules:
        'At least 12 characters, hard to guess: not a common password, not a repeat or a sequence, not your e-mail or name. A few unrelated words work well.',
      mismatch: 'The two passwords differ.',
      submit: 'Save my password',
      no_token: 'This link is incomplete: open the link from the e-mail as it is.',
      done: 'Your password is saved: sign in with your e-mail address and this password.',
      failed: 'The password could not be saved; try again in a moment.',
      create_note:
        'Without a password, an invitation is sent by e-mail: the person chooses their own password through a link valid for 7 days.',
      send_again: 'Send the invitation again',
      send_again_hint: 'This person has not chosen a password yet. A new invitation replaces the earlier one.',
      sent: 'Invitation sent to %{email}',
    },
    password_reset: {
      link: 'Forgot your password?',
      title: 'Forgot your password?',
      intro:
        'Type the e-mail address of your Traject account. If that account signs in with a password, you will receive a link to choose a new one.',
      email: 'E-mail address',
      submit: 'Send me a link',
      sent_title: 'Request received',
      sent: 'If an active account with the address %{email} signs in with a password, an e-mail has just been sent to it. Its link works once and for a short while (the e-mail says how long). Check your spam folder too.',
      back: 'Back to sign-in',
      failed: 'The request could not be sent; try again in a moment.',
      title_new: 'Choose a new password',
      intro_new:
        'Choose the new password of your account. Your open sessions will be ended; you then sign in with this password.',
      submit_new: 'Save my new password',
      done_new: 'Your new password is saved: sign in with it.',
    },
  },
};

export const invitationMessages = { fr, nl, en };
