import {
  INTAKE_LANGUAGES,
  INTAKE_TOPICS,
  PROJECT_STAGES,
  QUESTION_MAX_LENGTH,
  type IntakeFieldError,
  type IntakeLanguage,
} from '../domain/intake';
import { INTAKE_TEXTS, type IntakeTexts } from './intake-texts';

/** The public form as one server-rendered page: no framework, no inline script, usable without JavaScript. */
interface IntakePageState {
  language: IntakeLanguage;
  formToken: string;
  privacyUrl: string;
  values?: Record<string, unknown>;
  errors?: Record<string, IntakeFieldError>;
  /** A message for the whole form (expired, too many requests). */
  notice?: 'form_expired' | 'too_many';
}

const escape = (value: unknown): string =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export function renderIntakeForm(state: IntakePageState): string {
  const t = INTAKE_TEXTS[state.language];
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const value = (field: string) => (typeof values[field] === 'string' ? (values[field] as string) : '');
  const chosen = (field: string) =>
    new Set(
      (Array.isArray(values[field]) ? values[field] : [values[field]]).filter(
        (v): v is string => typeof v === 'string',
      ),
    );
  const described = (field: string, hint?: boolean) => {
    const ids = [hint ? `${field}-hint` : '', errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ');
    return `${ids ? ` aria-describedby="${ids}"` : ''}${errors[field] ? ' aria-invalid="true"' : ''}`;
  };
  const errorText = (field: string) =>
    errors[field] ? `<p class="error" id="${field}-error">${escape(t.errors[errors[field]])}</p>` : '';
  const label = (field: string, text: string, required: boolean) =>
    `<label for="${field}">${escape(text)}${required ? ' <span class="required" aria-hidden="true">*</span>' : ''}</label>`;
  const input = (
    field: keyof IntakeTexts['fields'],
    type: string,
    required: boolean,
    autocomplete: string,
    extra = '',
  ) =>
    `<div class="field">${label(field, t.fields[field], required)}${errorText(field)}
      <input id="${field}" name="${field}" type="${type}" value="${escape(value(field))}" autocomplete="${autocomplete}"${required ? ' required aria-required="true"' : ''}${described(field)}${extra}></div>`;

  const summary = Object.keys(errors).length
    ? `<div class="summary" role="alert" tabindex="-1" id="error-summary"><p>${escape(t.errorSummary)}</p><ul>${Object.entries(
        errors,
      )
        .map(
          ([field, code]) =>
            `<li><a href="#${field}">${escape(fieldName(t, field))}: ${escape(t.errors[code])}</a></li>`,
        )
        .join('')}</ul></div>`
    : '';
  const notice = state.notice ? `<div class="summary" role="alert"><p>${escape(t.errors[state.notice])}</p></div>` : '';
  const topics = chosen('topics');
  const stage = value('projectStage');
  const legalForm = value('legalForm');
  const contactLanguage = value('language') || state.language;

  const body = `
  <form method="post" action="/${state.language}/intake" novalidate id="intake-form">
    ${summary}${notice}
    <p class="note">${escape(t.requiredNote)}</p>
    <input type="hidden" name="formToken" value="${escape(state.formToken)}">
    <div class="trap" aria-hidden="true"><label for="website">${escape(t.fields.honeypot)}</label><input id="website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
    <fieldset><legend>${escape(t.sections.you)}</legend>
      ${input('firstName', 'text', true, 'given-name', ' maxlength="100"')}
      ${input('lastName', 'text', true, 'family-name', ' maxlength="100"')}
      ${input('email', 'email', true, 'email', ' maxlength="254"')}
      ${input('phone', 'tel', false, 'tel', ' maxlength="25"')}
      <div class="field">${label('language', t.fields.language, false)}
        <select id="language" name="language" autocomplete="language">${INTAKE_LANGUAGES.map((l) => `<option value="${l}" lang="${l}"${l === contactLanguage ? ' selected' : ''}>${escape(t.languages[l])}</option>`).join('')}</select></div>
    </fieldset>
    <fieldset><legend>${escape(t.sections.organisation)}</legend>
      ${input('organisationName', 'text', true, 'organization', ' maxlength="200"')}
      <div class="field">${label('enterpriseNumber', t.fields.enterpriseNumber, false)}
        <p class="hint" id="enterpriseNumber-hint">${escape(t.fields.enterpriseNumberHint)}</p>${errorText('enterpriseNumber')}
        <input id="enterpriseNumber" name="enterpriseNumber" type="text" inputmode="numeric" value="${escape(value('enterpriseNumber'))}" maxlength="20" autocomplete="off"${described('enterpriseNumber', true)}
          data-invalid="${escape(t.errors.enterprise_number_invalid)}" data-valid="${escape(t.numberValid)}">
        <p class="live" id="enterpriseNumber-live" aria-live="polite"></p></div>
      ${input('postcode', 'text', false, 'postal-code', ' inputmode="numeric" maxlength="4"')}
      <div class="field">${label('legalForm', t.fields.legalForm, false)}${errorText('legalForm')}
        <select id="legalForm" name="legalForm"${described('legalForm')}><option value="">${escape(t.fields.legalFormNone)}</option>${Object.entries(
          t.legalForms,
        )
          .map(
            ([code, text]) =>
              `<option value="${code}"${code === legalForm ? ' selected' : ''}>${escape(text)}</option>`,
          )
          .join('')}</select></div>
      <fieldset class="choices"><legend>${escape(t.fields.projectStage)}</legend>${errorText('projectStage')}
        ${PROJECT_STAGES.map((s) => `<div><input type="radio" id="projectStage-${s}" name="projectStage" value="${s}"${s === stage ? ' checked' : ''}><label for="projectStage-${s}">${escape(t.projectStages[s])}</label></div>`).join('')}
      </fieldset>
    </fieldset>
    <fieldset><legend>${escape(t.sections.question)}</legend>
      <fieldset class="choices"><legend>${escape(t.fields.topics)}</legend>${errorText('topics')}
        ${INTAKE_TOPICS.map((s) => `<div><input type="checkbox" id="topics-${s}" name="topics" value="${s}"${topics.has(s) ? ' checked' : ''}><label for="topics-${s}">${escape(t.topics[s])}</label></div>`).join('')}
      </fieldset>
      <div class="field">${label('question', t.fields.question, true)}<p class="hint" id="question-hint">${escape(t.fields.questionHint)}</p>${errorText('question')}
        <textarea id="question" name="question" rows="8" maxlength="${QUESTION_MAX_LENGTH}" required aria-required="true"${described('question', true)}>${escape(value('question'))}</textarea></div>
      <div class="field consent">${errorText('consent')}
        <input type="checkbox" id="consent" name="consent" value="yes" required aria-required="true"${values.consent ? ' checked' : ''}${described('consent')}>
        <label for="consent">${escape(t.fields.consent)} <span class="required" aria-hidden="true">*</span></label>
        <p><a href="${escape(state.privacyUrl)}" rel="noopener">${escape(t.privacyLink)}</a></p></div>
    </fieldset>
    <button type="submit">${escape(t.submit)}</button>
  </form>`;
  return page(
    state.language,
    t,
    t.heading,
    `<p class="intro">${escape(t.intro)}</p>${body}`,
    state.privacyUrl,
    true,
    Object.keys(errors).length > 0,
  );
}

export function renderThanks(language: IntakeLanguage, privacyUrl: string): string {
  const t = INTAKE_TEXTS[language];
  return page(
    language,
    t,
    t.thanksTitle,
    `<p>${escape(t.thanksBody)}</p><p>${escape(t.thanksNext)}</p>`,
    privacyUrl,
    false,
    false,
  );
}

function fieldName(t: IntakeTexts, field: string): string {
  return field === 'consent' ? t.privacyLink : ((t.fields as Record<string, string>)[field] ?? field);
}

function page(
  language: IntakeLanguage,
  t: IntakeTexts,
  heading: string,
  content: string,
  privacyUrl: string,
  withScript: boolean,
  hasErrors: boolean,
): string {
  const others = INTAKE_LANGUAGES.filter((l) => l !== language)
    .map((l) => `<a href="/${l}/intake" lang="${l}" hreflang="${l}">${escape(INTAKE_TEXTS[l].languages[l])}</a>`)
    .join(' · ');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hasErrors ? '⚠ ' : ''}${escape(t.htmlTitle)}</title>
<link rel="stylesheet" href="/intake/intake.css">
${withScript ? '<script src="/intake/intake.js" defer></script>' : ''}
</head>
<body>
<a class="skip" href="#main">${escape(t.skipLink)}</a>
<header><p class="brand">hub.brussels</p><nav aria-label="${escape(t.otherLanguages)}">${others}</nav></header>
<main id="main" tabindex="-1">
<h1>${escape(heading)}</h1>
${content}
</main>
<footer><a href="${escape(privacyUrl)}" rel="noopener">${escape(t.privacyLink)}</a> · <a href="/${language}/accessibility">${escape(t.accessibility)}</a></footer>
</body>
</html>`;
}
