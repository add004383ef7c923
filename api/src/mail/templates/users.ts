import type { MailTemplate } from '../mail-template';

/**
 * To a new colleague an admin created without a password: their set-your-password link, in their language.
 * Params: token, email, inviterName, expiresAt. No profile footer: they have not signed in yet.
 */
export const userInvitation: MailTemplate = {
  link: '/set-password?token={{token}}&lang={{language}}',
  subject: 'mail.invitation.subject',
  intro: ['mail.invitation.intro', 'mail.invitation.expiry'],
  action: 'mail.invitation.action',
  footer: false,
};

/**
 * To a colleague who asked for it on the sign-in page ("Forgot your password?"): a link to choose a new password,
 * in their language. Params: token, email, minutes (how long the link works). No profile footer.
 */
export const passwordReset: MailTemplate = {
  link: '/set-password?token={{token}}&lang={{language}}&purpose=reset',
  subject: 'mail.password_reset.subject',
  intro: ['mail.password_reset.intro', 'mail.password_reset.expiry', 'mail.password_reset.ignore'],
  action: 'mail.password_reset.action',
  footer: false,
};
