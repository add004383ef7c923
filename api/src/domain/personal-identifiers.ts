/**
 * How a person is recognised in free text, for GDPR erasure (art. 17) and access (art. 15).
 * Pure rules: regular expressions (the dialect shared by JavaScript and PostgreSQL's AREs) that match
 * accent- and case-blind, on whole words only.
 */
export interface Person {
  firstName: string;
  lastName: string;
  /** Every e-mail and phone the person ever had (the contact's own audit trail keeps the former ones). */
  emails: string[];
  phones: string[];
}

export interface IdentifierPatterns {
  /** Name in both orders, every e-mail and phone: specific enough to erase wherever they appear. */
  strong: string | null;
  /** Surname alone and initial forms (`W. Vandersteeghe`): erased in the person's own records, shown for review elsewhere. */
  surname: string | null;
  /** Everything above plus the first name alone: erased only in the records that concern the person. */
  all: string | null;
}

const LETTERS = 'àáâãäåāăąçćčďđèéêëēėęěìíîïīįñńňòóôõöøōőùúûüūůűýÿžźżšśşřŕľĺłťţ';
const WORD = '0-9A-Za-zÀ-ÖØ-öø-ɏ';
const BEFORE = `(?<![${WORD}])`;
const AFTER = `(?![${WORD}])`;

/** Every spelling of a base letter: both cases, with and without accents. */
const VARIANTS: Map<string, Set<string>> = (() => {
  const variants = new Map<string, Set<string>>();
  for (const letter of 'abcdefghijklmnopqrstuvwxyz' + LETTERS) {
    for (const form of [letter, letter.toUpperCase()]) {
      if (form.length !== 1) continue;
      const base = fold(form);
      if (base.length !== 1) continue;
      if (!variants.has(base)) variants.set(base, new Set([base, base.toUpperCase()]));
      variants.get(base)!.add(form);
    }
  }
  return variants;
})();

/** Lower case without accents: what the database's search_text() does. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const escapeRegex = (char: string) => (/[.*+?^${}()|[\]\\/-]/.test(char) ? `\\${char}` : char);

/** A term matched accent- and case-blind; spaces, hyphens and apostrophes inside it are interchangeable. */
function accentBlind(term: string): string {
  let pattern = '';
  for (const char of term.trim()) {
    if (/[\s\-'’]/.test(char)) {
      if (!pattern.endsWith("[\\s'’-]+")) pattern += "[\\s'’-]+";
      continue;
    }
    const base = fold(char);
    const variants = base.length === 1 ? VARIANTS.get(base) : undefined;
    pattern += variants ? `[${[...variants].join('')}]` : escapeRegex(char);
  }
  return pattern;
}

/** A Belgian phone number however it is written: +32 2 555 12 34, 0032 2/555.12.34, 02 555 12 34. */
function phonePattern(phone: string): string | null {
  let digits = phone.replace(/\D/g, '');
  if (/^\s*(\+|00)/.test(phone)) digits = digits.replace(/^(00)?32/, '');
  else digits = digits.replace(/^0/, '');
  if (digits.length < 6) return null;
  const prefix = `(?:(?:\\+|00)32[\\s./-]*(?:\\(0\\)[\\s./-]*)?|0)?`;
  return `(?<![0-9])${prefix}${[...digits].join('[\\s./()-]*')}(?![0-9])`;
}

const word = (pattern: string) => `${BEFORE}(?:${pattern})${AFTER}`;
const anyOf = (patterns: string[]) => (patterns.length ? patterns.join('|') : null);

export function identifierPatterns(person: Person): IdentifierPatterns {
  const first = person.firstName.trim();
  const last = person.lastName.trim();
  const F = accentBlind(first);
  const L = accentBlind(last);
  const sep = '[\\s,]+';
  const names = first && last ? [word(`${F}${sep}${L}`), word(`${L}${sep}${F}`)] : [];
  const emails = [...new Set(person.emails.map((e) => e.trim().toLowerCase()).filter((e) => e.length >= 3))].map((e) =>
    word(accentBlind(e)),
  );
  const phones = [...new Set(person.phones)].map(phonePattern).filter((p): p is string => !!p);
  const strong = [...names, ...emails, ...phones];
  const initial = first ? `${accentBlind(first[0])}\\.?` : null;
  const surnameForms =
    last.length >= 2 ? [...(initial ? [word(`${initial}${sep}${L}`), word(`${L}${sep}${initial}`)] : []), word(L)] : [];
  const firstAlone = first.length >= 3 ? [word(F)] : [];
  return {
    strong: anyOf(strong),
    surname: anyOf(surnameForms),
    all: anyOf([...strong, ...surnameForms, ...firstAlone]),
  };
}

/** The piece of text around the first match, for an admin to judge it (at most ~`around` characters each side). */
export function matchContext(text: string, pattern: string, around = 60): string | null {
  const match = new RegExp(pattern).exec(text.slice(0, 200_000));
  if (!match) return null;
  const start = Math.max(0, match.index - around);
  const end = Math.min(text.length, match.index + match[0].length + around);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** Tables whose text is not about the people Traject advises: staff accounts, secrets, reference lists, the trail itself. */
export const ERASURE_SKIPPED_TABLES = [
  'users',
  'sessions',
  'audit_log',
  'login_failures',
  'municipalities',
  'postcodes',
  'scheduled_runs',
  'migrations',
  'typeorm_metadata',
];

/** Columns that name the record itself (someone else, an organisation, an address): never rewritten without the admin's review. */
export const ERASURE_REVIEWED_COLUMNS: Record<string, string[]> = {
  contacts: ['first_name', 'last_name', 'email', 'phone', 'job_title'],
  organisations: ['name', 'street', 'email', 'phone', 'website'],
};
