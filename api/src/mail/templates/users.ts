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
