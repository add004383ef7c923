import type { Language } from './i18n/language';
import type { Params } from './i18n/template';
import { exportHeader } from './messages/exports';
import { renderMessage, type MessageCode } from './messages';

/**
 * Why a row is refused, what it changes or what was not taken from it: a catalogue code and its params,
 * written in the requester's language in the report (`reasons`) and kept as codes (`reasonCodes`) so the
 * console writes them again when its language changes.
 */
export interface ImportReason {
  code: MessageCode;
  params: Params;
}

export const reason = (code: MessageCode, params: Params = {}): ImportReason => ({ code, params });

/**
 * A reason in words; `params.detail` is itself a code (the enterprise number's problem, a field rule) with
 * `params.detailParams`, and `params.field` a column's machine name, both written in the language first.
 */
export function reasonText({ code, params }: ImportReason, language: Language): string {
  const detail =
    typeof params.detail === 'string'
      ? (renderMessage(params.detail, params.detailParams as Params | undefined, language) ?? params.detail)
      : undefined;
  const field = typeof params.field === 'string' ? exportHeader(params.field, language) : undefined;
  return renderMessage(code, { ...params, detail, field }, language) ?? code;
}
