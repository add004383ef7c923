import type { Text } from '../i18n/language';

/** One concept's messages: `<concept>.<reason>` -> the text in French, Dutch and English. */
export type MessageCatalogue = Record<string, Text>;

export const t = (fr: string, nl: string, en: string): Text => ({ fr, nl, en });
