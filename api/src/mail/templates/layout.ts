import type { Language } from '../../domain/languages';

/** The greeting and the footer of every mail. */
export const LAYOUT: Record<Language, { greeting: string; footer: string }> = {
  fr: { greeting: 'Bonjour {{recipientName}},', footer: 'Message envoyé par Traject. Vous choisissez les messages que vous recevez dans votre profil :' },
  nl: { greeting: 'Dag {{recipientName}},', footer: 'Bericht van Traject. U kiest welke berichten u ontvangt in uw profiel:' },
  en: { greeting: 'Hello {{recipientName}},', footer: 'Sent by Traject. You choose which messages you receive in your profile:' },
};
