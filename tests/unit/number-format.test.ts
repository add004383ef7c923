import { formatNumber } from '../../api/src/domain/i18n/format';

describe('numbers as the server writes them, in each language', () => {
  it('uses the decimal mark and grouping of the language, and the precision asked, whatever was asked before', () => {
    expect(formatNumber(1234.567, 'fr')).toMatch(/^1[\s\u202f\u00a0]234,57$/);
    expect(formatNumber(1234.567, 'nl')).toBe('1.234,57');
    expect(formatNumber(1234.567, 'en')).toBe('1,234.57');
    expect(formatNumber(1234.567, 'en', 0)).toBe('1,235');
    // The formatters are kept per language and precision: a later call in another language is not coloured by them.
    expect(formatNumber(0.5, 'nl', 1)).toBe('0,5');
    expect(formatNumber(0.5, 'en', 1)).toBe('0.5');
    expect(formatNumber(1234.567, 'fr', 0)).toMatch(/^1[\s\u202f\u00a0]235$/);
  });
});
