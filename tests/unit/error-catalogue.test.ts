import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isLabelList, LABELS, LANGUAGES, MESSAGES, renderMessage } from '../../api/src/domain';
import { recognitionLifecycle, RECOGNITION_STATUSES } from '../../api/src/domain/recognition-rules';
import { referralLifecycle, REFERRAL_STATUSES } from '../../api/src/domain/referral-rules';

/**
 * Every error code the API can answer with has its text in French, Dutch and English. The codes are read
 * from the source itself: whatever a file under api/src throws with a code, the catalogues must hold.
 */
const API_SRC = join(__dirname, '../../api/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const SOURCES = sourceFiles(API_SRC).map((path) => ({
  path: relative(API_SRC, path),
  text: readFileSync(path, 'utf8'),
}));
const CODE = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;

/** `BusinessRuleViolation('x.y'`, `coded('x.y'`, `fieldError('x.y'`, `code: 'x.y'`, `return 'x.y'` (refusals). */
function thrownCodes(): Array<{ path: string; code: string }> {
  const patterns = [
    /\b(?:BusinessRuleViolation|coded|codedFields|fieldError|ListQueryError|DocumentRefusal|ExtractRefused)\([^)]*?'([a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)'/g,
    /\bcode: '([^']+)'/g,
    /\breturn '([a-z_]+\.[a-z_]+)'/g,
  ];
  return SOURCES.filter((s) => !s.path.startsWith('domain/')).flatMap(({ path, text }) =>
    patterns
      .flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ path, code: m[1] })))
      .filter((found) => CODE.test(found.code)),
  );
}

describe('the error-code catalogues', () => {
  it('finds the codes thrown in api/src (the walk itself works)', () => {
    const codes = new Set(thrownCodes().map((c) => c.code));
    expect(codes.size).toBeGreaterThan(40);
    for (const known of [
      'recognition.starts_preparing',
      'case.not_assigned',
      'organisation.unknown',
      'auth.session_ended',
      'list.range_too_wide',
    ]) {
      expect(codes).toContain(known);
    }
  });

  it('has every thrown code in French, Dutch and English', () => {
    const missing = thrownCodes().filter(({ code }) => !(code in MESSAGES));
    expect(missing).toEqual([]);
  });

  it('has every refused move of every lifecycle', () => {
    for (const [lifecycle, statuses] of [
      [recognitionLifecycle, RECOGNITION_STATUSES],
      [referralLifecycle, REFERRAL_STATUSES],
    ] as const) {
      for (const from of statuses) {
        for (const to of statuses) {
          const violation = lifecycle.violation(from as never, to as never);
          if (violation) expect(Object.keys(MESSAGES)).toContain(violation.code);
        }
      }
    }
  });

  it('has the text of every timeline entry code, the case events included', () => {
    const literals = SOURCES.flatMap(({ text }) => [...text.matchAll(/'(timeline\.[a-z_]+)'/g)].map((m) => m[1]));
    expect(literals.length).toBeGreaterThan(8);
    const caseEvents = ['opened', 'stage_changed', 'assigned', 'status_changed', 'closed'].map(
      (kind) => `timeline.case_${kind}`,
    );
    for (const code of [...literals.filter((c) => !c.endsWith('_')), ...caseEvents])
      expect(Object.keys(MESSAGES)).toContain(code);
  });

  it('throws no business rule, permission or conflict error as bare English', () => {
    const bare = SOURCES.flatMap(({ path, text }) =>
      [
        ...text.matchAll(
          /new (BusinessRuleViolation|ForbiddenException|UnauthorizedException|ConflictException|BadRequestException)\(\s*([`'"])([^`'"]*)/g,
        ),
      ]
        .filter((m) => !(m[1] === 'BusinessRuleViolation' && CODE.test(m[3])))
        .map((m) => `${path}: ${m[0]}`),
    );
    expect(bare).toEqual([]);
  });

  it('writes each message with the same placeholders in the three languages, and known label lists', () => {
    for (const [code, text] of Object.entries(MESSAGES)) {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\|(\w+))?\}/g)].map((m) => m[0]).sort();
      expect({ code, nl: placeholders(text.nl), en: placeholders(text.en) }).toEqual({
        code,
        nl: placeholders(text.fr),
        en: placeholders(text.fr),
      });
      for (const [, , list] of text.fr.matchAll(/\{(\w+)\|(\w+)\}/g)) {
        expect({ code, list, known: ['date', 'number', 'list', 'names'].includes(list) || isLabelList(list) }).toEqual({
          code,
          list,
          known: true,
        });
      }
      for (const language of LANGUAGES) expect(text[language].trim()).not.toBe('');
    }
  });

  it('renders params as words of the language: statuses as labels, lists joined, dates Belgian', () => {
    const params = { from: 'preparing', to: 'approved', allowed: ['submitted', 'withdrawn'] };
    expect(renderMessage('recognition.move_not_allowed', params, 'fr')).toBe(
      'Un dossier « En préparation » ne peut pas passer à « Accordé » ; il peut passer à : Introduit, Retiré.',
    );
    expect(renderMessage('recognition.move_not_allowed', params, 'nl')).toBe(
      'Een dossier "In voorbereiding" kan niet naar "Toegekend"; het kan naar: Ingediend, Ingetrokken.',
    );
    expect(renderMessage('validation.one_of', { allowed: ['fr', 'nl'], list: 'language' }, 'nl')).toBe(
      'Kies uit: Frans, Nederlands.',
    );
    expect(renderMessage('no.such_code', {}, 'fr')).toBeNull();
  });

  it('has a word in each language for every code of every label list', () => {
    for (const [list, codes] of Object.entries(LABELS)) {
      for (const [code, text] of Object.entries(codes)) {
        for (const language of LANGUAGES)
          expect({ list, code, language, word: text[language].trim() !== '' }).toEqual({
            list,
            code,
            language,
            word: true,
          });
      }
    }
  });
});
