import { formatDay, formatNumber } from './format';
import { isLabelList, label } from './labels';
import type { Language } from './language';

export type Params = Record<string, unknown>;

const PLACEHOLDER = /\{(\w+)(?:\|(\w+))?\}/g;

/**
 * Fills `{name}` placeholders from `params`. `{name|list}` writes a code as its word from that label
 * list (`{from|recognitionStatus}` -> « En préparation »), `{name|date}` a day as 31/05/2026,
 * `{name|number}` with the language's decimal mark, `{name|list}` as words of the label list named by
 * `params.list`, `{name|names}` a name kept in French and Dutch (`{ fr, nl }`: a partner admins added) in the
 * language (the French one in English); an array becomes a list ("a, b, c").
 */
export function fillTemplate(template: string, params: Params | undefined, language: Language): string {
  return template.replace(PLACEHOLDER, (_, name: string, kind?: string) => {
    const value = params?.[name];
    const values = Array.isArray(value) ? value : [value];
    const list = kind === 'list' ? params?.list : kind;
    return values.map((one) => formatValue(one, typeof list === 'string' ? list : undefined, language)).join(', ');
  });
}

function formatValue(value: unknown, kind: string | undefined, language: Language): string {
  if (value == null) return '';
  if (kind === 'names' && typeof value === 'object') {
    const names = value as Partial<Record<Language, string>>;
    return names[language] ?? names.fr ?? names.nl ?? '';
  }
  if (kind === 'date') return formatDay(String(value));
  if (kind === 'number' && typeof value === 'number') return formatNumber(value, language);
  if (kind && isLabelList(kind)) return label(kind, String(value), language);
  if (typeof value === 'number') return formatNumber(value, language);
  return String(value);
}
