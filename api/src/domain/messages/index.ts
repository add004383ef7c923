import type { Language } from '../i18n/language';
import { fillTemplate, Params } from '../i18n/template';
import type { MessageCatalogue } from './catalogue';
import { intakeKboMessages } from './intake-kbo';
import { timelineMessages } from './timeline';
import { journeyMessages } from './journey';
import { registerMessages } from './register';
import { requestMessages } from './request';
import { supportMessages } from './support';
import { safeguardMessages } from './safeguards';
import { documentMessages } from './documents';
import { kboExtractMessages } from './kbo-extract';
import { taskMessages } from './tasks';
import { mailMessages } from './mails';
import { calendarMessages } from './calendar';
import { exportMessages } from './exports';
import { recognitionWarningMessages } from './recognition-warnings';
import { jobMessages } from './jobs';

/**
 * Every error code Traject answers with, and its text in French, Dutch and English (the OpenAPI
 * document lists these). A new code: add it to the catalogue of its concept (or a new `<concept>.ts`
 * here, spread below); placeholders are `{name}`, `{name|<label list>}`, `{name|date}`, `{name|number}`
 * (see template.ts). tests/unit/error-catalogue.test.ts fails when a code thrown in api/src is missing here.
 */
export const ERROR_MESSAGES = {
  ...requestMessages,
  ...registerMessages,
  ...journeyMessages,
  ...supportMessages,
  ...intakeKboMessages,
  ...safeguardMessages,
  ...documentMessages,
  ...kboExtractMessages,
} satisfies MessageCatalogue;

/**
 * Every other word the server writes, in the same structure: timeline entries, the titles of the tasks it
 * creates, mails (Handlebars, see mails.ts), the calendar feed, and the files it writes (exports, import
 * report, dossier index). tests/unit/message-catalogues.test.ts checks each has French, Dutch and English.
 */
export const TEXT_MESSAGES = {
  ...timelineMessages,
  ...taskMessages,
  ...recognitionWarningMessages,
  ...mailMessages,
  ...calendarMessages,
  ...jobMessages,
  ...exportMessages,
} satisfies MessageCatalogue;

/** The one catalogue: every code the server writes words for. */
export const MESSAGES = { ...ERROR_MESSAGES, ...TEXT_MESSAGES } satisfies MessageCatalogue;

export type MessageCode = keyof typeof MESSAGES;

export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, code);
}

/** The message for `code` in `language`, or null for a code no catalogue has. */
export function renderMessage(code: string, params: Params | undefined, language: Language): string | null {
  return isMessageCode(code) ? fillTemplate(MESSAGES[code][language], params, language) : null;
}

/** `{ reason: text }` of every code under `prefix` (`recognition.warning` -> `{ no_address: … }`): what a console catalogue reads. */
export function messagesIn(prefix: string, language: Language): Record<string, string> {
  const start = `${prefix}.`;
  return Object.fromEntries(
    Object.entries(MESSAGES as MessageCatalogue)
      .filter(([code]) => code.startsWith(start))
      .map(([code, text]) => [code.slice(start.length), text[language]]),
  );
}

/** A timeline entry's text: its code's message, and the person's comment after it when there is one. */
export function timelineSummary(code: string, params: Params | undefined, language: Language): string | null {
  const text = renderMessage(code, params, language);
  if (text === null) return null;
  const comment = typeof params?.comment === 'string' && params.comment.trim() ? params.comment.trim() : null;
  return comment ? `${text} (${comment})` : text;
}

export type { MessageCatalogue } from './catalogue';
export { exportHeader, exportName, importReportWord, dossierColumns, DOSSIER_COLUMNS } from './exports';
export type { Params } from '../i18n/template';
