/**
 * The Belgian enterprise number (KBO/BCE) as the API checks it, so the form can say what is
 * wrong while it is typed: 10 digits once dots, spaces and a leading "BE" are removed (9 digits
 * get a leading 0), first digit 0 or 1, last two = 97 - (first eight mod 97).
 */
export type EnterpriseNumberProblem = 'digits_only' | 'length' | 'first_digit' | 'mod97';
export type EnterpriseNumberCheck = { valid: true; digits: string; formatted: string } | { valid: false; problem: EnterpriseNumberProblem };

export function checkEnterpriseNumber(input: string): EnterpriseNumberCheck {
  const compact = input.replace(/^\s*BE/i, '').replace(/[\s.\-/]/g, '');
  if (!/^\d+$/.test(compact)) return { valid: false, problem: 'digits_only' };
  const digits = compact.length === 9 ? `0${compact}` : compact;
  if (digits.length !== 10) return { valid: false, problem: 'length' };
  if (digits[0] !== '0' && digits[0] !== '1') return { valid: false, problem: 'first_digit' };
  if (Number(digits.slice(8)) !== 97 - (Number(digits.slice(0, 8)) % 97)) return { valid: false, problem: 'mod97' };
  return { valid: true, digits, formatted: formatEnterpriseNumber(digits) };
}

/** `0403019261` -> `0403.019.261`. */
export function formatEnterpriseNumber(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** react-admin validator: empty is fine (projects have none), else the translated reason. */
export function validateEnterpriseNumber(value: unknown) {
  if (value === null || value === undefined || String(value).trim() === '') return undefined;
  const check = checkEnterpriseNumber(String(value));
  return check.valid ? undefined : `traject.enterprise_number.${check.problem}`;
}
