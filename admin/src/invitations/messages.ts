/** The words of invitations (the set-your-password page, the user form's note, "send the invitation again"), merged into the three catalogues. */
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
  },
};

export const invitationMessages = { fr, nl, en };
