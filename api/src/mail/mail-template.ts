import Handlebars from 'handlebars';
import { isLabelList, label, MESSAGES, type MessageCode } from '../domain';
import type { Language } from '../domain/languages';

type MailCode = Extract<MessageCode, `mail.${string}`>;
const words = (code: MailCode, language: Language): string => MESSAGES[code][language];

/**
 * One mail: where it links to and the catalogue codes of its words (`api/src/domain/messages/mails.ts`,
 * Handlebars templates over the mail's params, in French, Dutch and English).
 */
export interface MailTemplate {
  /** The console page the mail links to, a template too (`/tasks/{{taskId}}/show`). */
  link: string;
  subject: MailCode;
  /** Paragraphs before the lists. */
  intro: MailCode[];
  /** Lists shown when `params[key]` has items: a heading and the line of one item (its fields are the item's). */
  lists?: { key: string; heading: MailCode; item: MailCode }[];
  /** The words of the link. */
  action: MailCode;
  /** A mail to someone without an account (a visitor): their own greeting, no profile footer. */
  greeting?: MailCode;
  footer?: false;
}

interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  link: string;
}

const LOCALES: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

/** Two Handlebars environments: one escapes every value for HTML, the other writes plain text. */
function environment(): typeof Handlebars {
  const env = Handlebars.create();
  env.registerHelper('date', function (value: unknown, options: Handlebars.HelperOptions) {
    if (!value) return '';
    const language = options.data.root.language as Language;
    const date =
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? new Date(`${value}T12:00:00Z`)
        : new Date(String(value));
    return new Intl.DateTimeFormat(LOCALES[language], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Brussels',
    }).format(date);
  });
  env.registerHelper('label', function (list: unknown, code: unknown, options: Handlebars.HelperOptions) {
    const language = options.data.root.language as Language;
    return typeof list === 'string' && isLabelList(list)
      ? label(list, String(code ?? ''), language)
      : String(code ?? '');
  });
  return env;
}

const html = environment();
const plain = environment();
const compiled = new Map<string, Handlebars.TemplateDelegate>();

function fill(env: typeof Handlebars, source: string, context: object, root: object): string {
  const key = `${env === html ? 'h' : 't'}:${source}`;
  let template = compiled.get(key);
  if (!template) compiled.set(key, (template = env.compile(source, { noEscape: env === plain })));
  return template(context, { data: { root } });
}

/** Renders a mail in the recipient's language: subject, plain text and simple HTML, all user data escaped in the HTML. */
export function renderTemplate(
  template: MailTemplate,
  language: Language,
  params: Record<string, unknown>,
  consoleUrl: string,
): RenderedMail {
  const greeting = words(template.greeting ?? 'mail.greeting', language);
  const footer = template.footer === false ? null : words('mail.footer', language);
  const intro = template.intro.map((code) => words(code, language));
  const action = words(template.action, language);
  const root = { ...params, language };
  const link = `${consoleUrl}/#${fill(plain, template.link, root, root)}`;
  const profile = `${consoleUrl}/#/profile`;
  const lists = (template.lists ?? [])
    .filter((list) => Array.isArray(params[list.key]) && (params[list.key] as unknown[]).length)
    .map((list) => ({ key: list.key, heading: words(list.heading, language), item: words(list.item, language) }));
  const items = (env: typeof Handlebars, list: { key: string; item: string }) =>
    (params[list.key] as object[]).map((item) => fill(env, list.item, item, root));

  const text = [
    fill(plain, greeting, root, root),
    ...intro.map((p) => fill(plain, p, root, root)),
    ...lists.map((list) =>
      [fill(plain, list.heading, root, root), ...items(plain, list).map((line) => `- ${line}`)].join('\n'),
    ),
    `${fill(plain, action, root, root)}: ${link}`,
    ...(footer ? [`-- \n${fill(plain, footer, root, root)} ${profile}`] : []),
  ].join('\n\n');

  const escapedLink = Handlebars.escapeExpression(link);
  const body = [
    `<p>${fill(html, greeting, root, root)}</p>`,
    ...intro.map((p) => `<p>${fill(html, p, root, root)}</p>`),
    ...lists.map(
      (list) =>
        `<h3 style="font-size:15px;margin:16px 0 4px">${fill(html, list.heading, root, root)}</h3><ul>${items(
          html,
          list,
        )
          .map((line) => `<li>${line}</li>`)
          .join('')}</ul>`,
    ),
    `<p><a href="${escapedLink}" style="display:inline-block;padding:8px 14px;background:#1b5e20;color:#fff;text-decoration:none;border-radius:4px">${fill(html, action, root, root)}</a></p>`,
    ...(footer
      ? [
          `<p style="color:#666;font-size:12px">${fill(html, footer, root, root)} <a href="${Handlebars.escapeExpression(profile)}">${Handlebars.escapeExpression(profile)}</a></p>`,
        ]
      : []),
  ].join('\n');
  const page = `<!doctype html>\n<html lang="${language}"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n${body}\n</body></html>`;
  return {
    subject: fill(plain, words(template.subject, language), root, root)
      .replace(/[\r\n]+/g, ' ')
      .trim(),
    text,
    html: page,
    link,
  };
}
