import { checkEnterpriseNumber, formatEnterpriseNumber } from '../../../api/src/domain/enterprise-number';

export { formatEnterpriseNumber };

/** The number as the register writes it (`0403.019.261`) when it is a valid enterprise number, else null. */
export function formattedEnterpriseNumber(input: string): string | null {
  const check = checkEnterpriseNumber(input);
  return check.valid ? formatEnterpriseNumber(check.digits) : null;
}

/** react-admin validator, the domain core's rule: empty is fine (projects have none), else the reason's message key. */
export function validateEnterpriseNumber(value: unknown) {
  if (value === null || value === undefined || String(value).trim() === '') return undefined;
  const check = checkEnterpriseNumber(String(value));
  return check.valid ? undefined : `traject.${check.code}`;
}
