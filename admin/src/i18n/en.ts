import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

const en: TranslationMessages = {
  ...englishMessages,
  ra: {
    ...englishMessages.ra,
    auth: { ...englishMessages.ra.auth, username: 'Email', user_menu: 'Profile' },
  },
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        fullName: 'Full name',
        email: 'Email',
        role: 'Role',
        language: 'Language',
        active: 'Active',
        lastLoginAt: 'Last sign-in',
        createdAt: 'Created',
        password: 'Password',
        newPassword: 'New password',
        q: 'Search',
      },
    },
  },
  traject: {
    app: { title: 'Traject', organisation: 'hub.brussels', language: 'Language' },
    menu: { profile: 'Profile' },
    roles: { advisor: 'Advisor', coordinator: 'Coordinator', manager: 'Manager', admin: 'Administrator' },
    languages: { fr: 'French', nl: 'Dutch', en: 'English' },
    auth: {
      invalid_credentials: 'Wrong email or password.',
      throttled: 'Too many attempts. Try again in a few minutes.',
    },
    dashboard: {
      welcome: 'Hello %{fullName}',
      role: 'You are signed in as %{role}.',
      intro: 'Welcome to Traject, the follow-up of the social enterprises supported by hub.brussels.',
    },
    profile: {
      title: 'My profile',
      identity: 'About me',
      password_title: 'Change my password',
      current_password: 'Current password',
      new_password: 'New password',
      confirm_password: 'Confirm the new password',
      password_hint: 'At least 12 characters.',
      mismatch: 'The two passwords do not match.',
      change: 'Change password',
      changed: 'Password changed. Your other sessions are closed.',
    },
    users: {
      deactivate: 'Deactivate',
      deactivate_title: 'Deactivate %{name}?',
      deactivate_content: 'This person will no longer be able to sign in. Their open sessions end at once.',
      deactivated: 'User deactivated',
      reset_password_hint: 'Leave empty to keep the current password. At least 12 characters.',
      password_hint: 'At least 12 characters.',
      active_yes: 'Active',
      active_no: 'Inactive',
      never: 'Never',
    },
    conflict: {
      message: 'Someone else changed this record while you were editing it. Reload it to see their changes, then make yours again.',
      reload: 'Reload',
    },
  },
};

export default en;
