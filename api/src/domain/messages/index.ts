import type { Language } from '../i18n/language';
import { fillTemplate, Params } from '../i18n/template';
import type { MessageCatalogue } from './catalogue';
import { intakeKboMessages } from './intake-kbo';
import { timelineMessages } from './timeline';
import { journeyMessages } from './journey';
import { registerMessages } from './register';
import { requestMessages } from './request';
import { supportMessages } from './support';

/**
 * Every error code Traject answers with, and its text in French, Dutch and English.
 * A new code: add it to the catalogue of its concept (or a new `<concept>.ts` here, spread below);
 * placeholders are `{name}`, `{name|<label list>}`, `{name|date}`, `{name|number}` (see template.ts).
 * tests/unit/error-catalogue.test.ts fails when a code thrown in api/src is missing here.
 */
export const MESSAGES = {
  ...requestMessages,
  ...registerMessages,
  ...journeyMessages,
  ...supportMessages,
  ...intakeKboMessages,
  ...timelineMessages,
} satisfies MessageCatalogue;

export type MessageCode = keyof typeof MESSAGES;

export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, code);
}

/** The message for `code` in `language`, or null for a code no catalogue has. */
export function renderMessage(code: string, params: Params | undefined, language: Language): string | null {
  return isMessageCode(code) ? fillTemplate(MESSAGES[code][language], params, language) : null;
}

/** A timeline entry's text: its code's message, and the person's comment after it when there is one. */
export function timelineSummary(code: string, params: Params | undefined, language: Language): string | null {
  const text = renderMessage(code, params, language);
  if (text === null) return null;
  const comment = typeof params?.comment === 'string' && params.comment.trim() ? params.comment.trim() : null;
  return comment ? `${text} (${comment})` : text;
}

export type { MessageCatalogue } from './catalogue';
export type { Params } from '../i18n/template';
