import { BadRequestException } from '@nestjs/common';
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { fold } from '../domain/personal-identifiers';

/**
 * Passwords refused besides their length (NIST SP 800-63B, ASVS 2.1.7): those of the common-and-breached
 * list shipped by @zxcvbn-ts/language-common (about 49,000, kept with the zxcvbn-ts estimator), those
 * containing the person's e-mail or name, and any the zxcvbn-ts estimator rates easy to guess (repeats,
 * sequences, keyboard walks, dictionary words: score below 3 of 4).
 */
let common: Set<string> | undefined;
/** The estimator's dictionaries are ranked on first use, not at start: about 10 MB an API need not hold until a password is set. */
function commonPasswords(): Set<string> {
  if (!common) {
    zxcvbnOptions.setOptions({ dictionary, graphs: adjacencyGraphs });
    common = new Set((dictionary.passwords as string[]).map((p) => p.toLowerCase()));
  }
  return common;
}

interface PasswordOwner {
  email?: string | null;
  fullName?: string | null;
}

/** Why the password is refused (English, with a stable code), or null when it is acceptable. */
export function passwordWeakness(
  password: string,
  owner: PasswordOwner = {},
): { code: string; message: string } | null {
  const lowered = fold(password);
  if (commonPasswords().has(password.toLowerCase()))
    return { code: 'password.common', message: 'password is in the list of common or breached passwords' };
  const email = fold(owner.email ?? '');
  const personal = [email, email.split('@')[0], ...fold(owner.fullName ?? '').split(/[\s.'’-]+/)].filter(
    (part) => part.length >= 4,
  );
  if (personal.some((part) => lowered.includes(part)))
    return { code: 'password.personal', message: 'password must not contain your e-mail or name' };
  if (zxcvbn(password, personal).score < 3)
    return {
      code: 'password.guessable',
      message: 'password is too easy to guess (a repeat, a sequence, a common word)',
    };
  return null;
}

/** 400 naming the field, with the reason's stable code, when the password is weak. */
export function assertStrongPassword(field: string, password: string, owner: PasswordOwner): void {
  const weakness = passwordWeakness(password, owner);
  if (weakness) {
    throw new BadRequestException({
      message: `Invalid ${field}: ${weakness.message}`,
      code: weakness.code,
      errors: { [field]: weakness.message },
      errorCodes: { [field]: { code: weakness.code, params: {} } },
    });
  }
}
