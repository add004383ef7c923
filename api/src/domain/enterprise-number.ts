/**
 * The Belgian enterprise number (KBO/BCE, "numéro d'entreprise", "ondernemingsnummer"):
 * 10 digits shown 0XXX.XXX.XXX, first digit 0 or 1, and the last two digits equal to
 * 97 - (the first eight mod 97), which is 97 when the remainder is 0.
 */
type EnterpriseNumberProblem =
  | 'enterprise_number.digits_only'
  | 'enterprise_number.length'
  | 'enterprise_number.first_digit'
  | 'enterprise_number.start'
  | 'enterprise_number.mod97';
type EnterpriseNumberCheck =
  { valid: true; digits: string } | { valid: false; reason: string; code: EnterpriseNumberProblem };

export function checkEnterpriseNumber(input: string): EnterpriseNumberCheck {
  const compact = input.replace(/^\s*BE/i, '').replace(/[\s.\-/]/g, '');
  if (!/^\d+$/.test(compact))
    return {
      valid: false,
      code: 'enterprise_number.digits_only',
      reason: 'must contain only digits (dots and spaces allowed), e.g. 0403.019.261',
    };
  // A number issued before 2005 may be written with its 9 original digits.
  const digits = compact.length === 9 ? `0${compact}` : compact;
  if (digits.length !== 10)
    return { valid: false, code: 'enterprise_number.length', reason: 'must have 10 digits (or 9 for an old number)' };
  if (digits[0] >= '2' && digits[0] <= '8') {
    return {
      valid: false,
      code: 'enterprise_number.first_digit',
      reason:
        'must start with 0 or 1 (a number starting with 2 to 8 is an establishment unit number, a different number)',
    };
  }
  if (digits[0] !== '0' && digits[0] !== '1')
    return { valid: false, code: 'enterprise_number.start', reason: 'must start with 0 or 1' };
  if (Number(digits.slice(8)) !== checkDigits(digits.slice(0, 8))) {
    return {
      valid: false,
      code: 'enterprise_number.mod97',
      reason: 'fails the mod-97 check: a digit is probably mistyped',
    };
  }
  return { valid: true, digits };
}

export function checkDigits(firstEight: string): number {
  return 97 - (Number(firstEight) % 97);
}

/** `0403019261` -> `0403.019.261`. */
export function formatEnterpriseNumber(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** The VAT number is "BE" followed by the same ten digits. */
export function vatNumber(digits: string): string {
  return `BE${digits}`;
}
