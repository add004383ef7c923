import { INTAKE_LANGUAGES, type IntakeLanguage } from '../domain/intake';
import { CHECKED_SCREENS, KEYBOARD_JOURNEYS, KNOWN_LIMITS, STATEMENT_REVIEWED_ON } from './checks';
import { STATEMENT_TEXTS } from './statement-texts';

/** Where people write about an accessibility barrier (the statement's feedback contact). */
const ACCESSIBILITY_CONTACT = 'info@hub.brussels';

const escape = (value: unknown): string =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const DATE_FORMATS: Record<IntakeLanguage, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

/** The accessibility statement as one server-rendered page, written from the lists of what the tests check. */
export function renderStatement(language: IntakeLanguage): string {
  const t = STATEMENT_TEXTS[language];
  const reviewedOn = new Date(`${STATEMENT_REVIEWED_ON}T12:00:00Z`).toLocaleDateString(DATE_FORMATS[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  });
  const others = INTAKE_LANGUAGES.filter((l) => l !== language)
    .map(
      (l) => `<a href="/${l}/accessibility" lang="${l}" hreflang="${l}">${escape(STATEMENT_TEXTS[l].languageName)}</a>`,
    )
    .join(' · ');
  const mail = `<a href="mailto:${ACCESSIBILITY_CONTACT}">${ACCESSIBILITY_CONTACT}</a>`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t.htmlTitle)}</title>
<link rel="stylesheet" href="/intake/intake.css">
</head>
<body>
<a class="skip" href="#main">${escape(t.skipLink)}</a>
<header><p class="brand">hub.brussels</p><nav aria-label="${escape(t.otherLanguages)}">${others}</nav></header>
<main id="main" tabindex="-1">
<h1>${escape(t.heading)}</h1>
<p>${escape(t.intro)}</p>
<h2>${escape(t.statusTitle)}</h2>
<p>${escape(t.status)}</p>
<h2>${escape(t.limitsTitle)}</h2>
<p>${escape(t.limitsIntro)}</p>
<ul>${KNOWN_LIMITS.map((limit) => `<li>${escape(t.limits[limit])}</li>`).join('')}</ul>
<h2>${escape(t.preparedTitle)}</h2>
<p>${escape(t.prepared(reviewedOn))}</p>
<p>${escape(t.method)}</p>
<p>${escape(t.screensIntro)}</p>
<p>${escape(CHECKED_SCREENS[language])}.</p>
<p>${escape(t.journeysIntro)}</p>
<ul>${KEYBOARD_JOURNEYS.map((journey) => `<li>${escape(t.journeys[journey])}</li>`).join('')}</ul>
<p>${escape(t.otherChecks)}</p>
<h2>${escape(t.feedbackTitle)}</h2>
<p>${escape(t.feedback).replace('%{contact}', mail)}</p>
<h2>${escape(t.enforcementTitle)}</h2>
<p>${escape(t.enforcement)}</p>
</main>
<footer><a href="/${language}/intake">${escape(t.intakeLink)}</a></footer>
</body>
</html>`;
}
