import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';

const fr: TranslationMessages = {
  ...frenchMessages,
  ra: {
    ...frenchMessages.ra,
    auth: { ...frenchMessages.ra.auth, username: 'E-mail', user_menu: 'Profil' },
  },
  resources: {
    users: {
      name: 'Utilisateur |||| Utilisateurs',
      fields: {
        fullName: 'Nom complet',
        email: 'E-mail',
        role: 'Rôle',
        language: 'Langue',
        active: 'Actif',
        lastLoginAt: 'Dernière connexion',
        createdAt: 'Créé le',
        password: 'Mot de passe',
        newPassword: 'Nouveau mot de passe',
        q: 'Rechercher',
      },
    },
  },
  traject: {
    app: { title: 'Traject', organisation: 'hub.brussels', language: 'Langue' },
    menu: { profile: 'Profil' },
    roles: { advisor: 'Conseiller·ère', coordinator: 'Coordinateur·rice', manager: 'Manager', admin: 'Administrateur·rice' },
    languages: { fr: 'Français', nl: 'Néerlandais', en: 'Anglais' },
    auth: {
      invalid_credentials: 'E-mail ou mot de passe incorrect.',
      throttled: 'Trop de tentatives. Réessayez dans quelques minutes.',
    },
    dashboard: {
      welcome: 'Bonjour %{fullName}',
      role: 'Vous êtes connecté·e en tant que %{role}.',
      intro: 'Bienvenue dans Traject, le suivi des entreprises sociales accompagnées par hub.brussels.',
    },
    profile: {
      title: 'Mon profil',
      identity: 'Mes informations',
      password_title: 'Changer mon mot de passe',
      current_password: 'Mot de passe actuel',
      new_password: 'Nouveau mot de passe',
      confirm_password: 'Confirmer le nouveau mot de passe',
      password_hint: 'Au moins 12 caractères.',
      mismatch: 'Les deux mots de passe ne correspondent pas.',
      change: 'Changer le mot de passe',
      changed: 'Mot de passe changé. Vos autres sessions sont fermées.',
    },
    users: {
      deactivate: 'Désactiver',
      deactivate_title: 'Désactiver %{name} ?',
      deactivate_content: 'Cette personne ne pourra plus se connecter. Ses sessions ouvertes sont fermées immédiatement.',
      deactivated: 'Utilisateur désactivé',
      reset_password_hint: 'Laisser vide pour garder le mot de passe actuel. Au moins 12 caractères.',
      password_hint: 'Au moins 12 caractères.',
      active_yes: 'Actifs',
      active_no: 'Inactifs',
      never: 'Jamais',
    },
    conflict: {
      message: "Quelqu'un d'autre a modifié cette fiche pendant que vous l'éditiez. Rechargez-la pour voir ses changements, puis refaites les vôtres.",
      reload: 'Recharger',
    },
  },
};

export default fr;
