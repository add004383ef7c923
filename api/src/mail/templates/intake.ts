import type { MailTemplate } from '../mail-template';

/**
 * To a visitor who sent a question through the public form, in their language: it arrived, what happens next.
 * Params: question, formLanguage. The link leads back to the public form, not into the console.
 */
export const intakeReceived: MailTemplate = {
  link: '/{{formLanguage}}/intake',
  text: {
    fr: {
      subject: 'Votre question à hub.brussels est bien arrivée',
      intro: [
        'Bonjour {{recipientName}},',
        'Merci pour votre question sur l’entrepreneuriat social à Bruxelles. Un conseiller ou une conseillère de hub.brussels la lit et vous répond, en général dans les cinq jours ouvrables.',
        'Votre question : « {{question}} »',
        'L’équipe Économie durable de hub.brussels',
      ],
      action: 'Poser une autre question',
    },
    nl: {
      subject: 'Uw vraag aan hub.brussels is goed aangekomen',
      intro: [
        'Beste {{recipientName}},',
        'Bedankt voor uw vraag over sociaal ondernemerschap in Brussel. Een adviseur van hub.brussels leest ze en antwoordt u, meestal binnen vijf werkdagen.',
        'Uw vraag: ‘{{question}}’',
        'Het team Duurzame Economie van hub.brussels',
      ],
      action: 'Nog een vraag stellen',
    },
    en: {
      subject: 'Your question to hub.brussels has arrived',
      intro: [
        'Hello {{recipientName}},',
        'Thank you for your question about social entrepreneurship in Brussels. An advisor of hub.brussels reads it and answers you, usually within five working days.',
        'Your question: “{{question}}”',
        'The Sustainable Economy team of hub.brussels',
      ],
      action: 'Ask another question',
    },
  },
};
