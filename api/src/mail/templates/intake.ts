import type { MailTemplate } from '../mail-template';

/**
 * To a visitor who sent a question through the public form, in their language: it arrived, what happens next.
 * Params: question, formLanguage. The link leads back to the public form, not into the console; a visitor
 * has no profile, so no footer.
 */
export const intakeReceived: MailTemplate = {
  link: '/{{formLanguage}}/intake',
  greeting: 'mail.intake_received.greeting',
  subject: 'mail.intake_received.subject',
  intro: ['mail.intake_received.intro', 'mail.intake_received.question', 'mail.intake_received.signature'],
  action: 'mail.intake_received.action',
  footer: false,
};
