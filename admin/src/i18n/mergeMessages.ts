import type { TranslationMessages } from 'react-admin';

type Messages = { [key: string]: string | Messages | undefined };

/** A catalogue with a concept's own messages added (a concept keeps its words beside its screens). */
export function mergeMessages<T extends TranslationMessages>(base: T, extra: Messages): T {
  const merged: Messages = { ...(base as unknown as Messages) };
  for (const [key, value] of Object.entries(extra)) {
    const current = merged[key];
    merged[key] =
      value && typeof value === 'object' && current && typeof current === 'object'
        ? (mergeMessages(current as TranslationMessages, value) as unknown as Messages)
        : value;
  }
  return merged as unknown as T;
}
