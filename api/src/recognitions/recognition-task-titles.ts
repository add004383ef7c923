import { isLanguage, renderMessage } from '../domain';
import type { Obligation } from '../domain/recognition-obligations';
import type { RecognitionKind } from '../domain/recognition-rules';

const lang = (language: string | null | undefined) => (isLanguage(language) ? language : 'fr');

/** Titles of the tasks the daily work writes, in the assignee's language (French when unknown); words in `domain/messages/tasks.ts`. */
export const taskTitles = {
  renewal: (language: string | null, kind: RecognitionKind, validUntil: string) =>
    renderMessage('task.renewal_window', { kind, validUntil }, lang(language))!,
  call: (language: string | null, kind: RecognitionKind, callDeadline: string) =>
    renderMessage('task.minister_call', { kind, callDeadline }, lang(language))!,
  obligation: (language: string | null, obligation: Obligation, year: number, dueOn: string) =>
    renderMessage(
      obligation === 'activity_report' ? 'task.activity_report' : 'task.balance_claim',
      { year: String(year - 1), dueOn },
      lang(language),
    )!,
};
