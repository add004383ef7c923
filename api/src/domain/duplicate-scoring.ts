import { comparableName, nameSimilarity } from './name-similarity';

export type DuplicateReason =
  | { code: 'same_enterprise_number' }
  | { code: 'similar_name'; similarity: number }
  | { code: 'same_website'; value: string }
  | { code: 'same_email_domain'; value: string }
  | { code: 'same_email'; value: string }
  | { code: 'same_phone'; value: string }
  | { code: 'same_address'; value: string };

interface DuplicateScore {
  score: number;
  reasons: DuplicateReason[];
}

export interface OrganisationTraits {
  name: string;
  enterpriseNumber: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  street: string | null;
  postcode: string | null;
}

export interface ContactTraits {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  organisationId: string;
}

/** Below this a pair is not shown as a likely duplicate. */
export const DUPLICATE_THRESHOLD = 0.4;
const NAME_FLOOR = 0.45;

/** Mailboxes anybody can have: a shared one says nothing about being one organisation. */
const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com',
  'hotmail.com',
  'hotmail.be',
  'outlook.com',
  'outlook.be',
  'live.be',
  'live.com',
  'yahoo.com',
  'yahoo.fr',
  'skynet.be',
  'telenet.be',
  'proximus.be',
  'icloud.com',
  'protonmail.com',
  'gmx.com',
]);

const digitsOnly = (value: string | null | undefined) => (value ?? '').replace(/\D/g, '');
export const websiteHost = (url: string | null | undefined) =>
  (url ?? '')
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '');
export const emailDomain = (email: string | null | undefined) => {
  const domain = (email ?? '').trim().toLowerCase().split('@')[1] ?? '';
  return PUBLIC_MAIL_DOMAINS.has(domain) ? '' : domain;
};
/** A Belgian phone number without its country code or trunk 0 (+32 2 … and 02 … are one number). */
export const phoneKey = (phone: string | null | undefined) => {
  let digits = digitsOnly(phone).replace(/^00/, '');
  if (digits.startsWith('32') && digits.length >= 10) digits = digits.slice(2);
  digits = digits.replace(/^0/, '');
  return digits.length >= 8 ? digits : '';
};
export const addressKey = (street: string | null | undefined, postcode: string | null | undefined) => {
  const folded = comparableName(street);
  return folded && postcode ? `${folded}|${postcode.trim()}` : '';
};

const capped = (score: number) => Math.round(Math.min(1, score) * 100) / 100;

/** How likely two organisations are one, and why: each shared trait adds to the score. */
export function scoreOrganisations(a: OrganisationTraits, b: OrganisationTraits): DuplicateScore {
  const reasons: DuplicateReason[] = [];
  let score = 0;
  const numberA = digitsOnly(a.enterpriseNumber).padStart(10, '0');
  if (digitsOnly(a.enterpriseNumber) && numberA === digitsOnly(b.enterpriseNumber).padStart(10, '0')) {
    reasons.push({ code: 'same_enterprise_number' });
    score += 1;
  }
  const similarity = Math.round(nameSimilarity(a.name, b.name) * 100) / 100;
  if (similarity >= NAME_FLOOR) {
    reasons.push({ code: 'similar_name', similarity });
    score += 0.6 * similarity;
  }
  const host = websiteHost(a.website);
  if (host && host === websiteHost(b.website)) {
    reasons.push({ code: 'same_website', value: host });
    score += 0.35;
  }
  const domain = emailDomain(a.email);
  if (domain && domain === emailDomain(b.email) && host !== domain) {
    reasons.push({ code: 'same_email_domain', value: domain });
    score += 0.25;
  }
  const phone = phoneKey(a.phone);
  if (phone && phone === phoneKey(b.phone)) {
    reasons.push({ code: 'same_phone', value: a.phone!.trim() });
    score += 0.3;
  }
  const address = addressKey(a.street, a.postcode);
  if (address && address === addressKey(b.street, b.postcode)) {
    reasons.push({ code: 'same_address', value: `${a.street!.trim()}, ${a.postcode!.trim()}` });
    score += 0.3;
  }
  return { score: capped(score), reasons };
}

/** The same for two people, within one organisation or across organisations. */
export function scoreContacts(a: ContactTraits, b: ContactTraits): DuplicateScore {
  const reasons: DuplicateReason[] = [];
  let score = 0;
  const email = (a.email ?? '').trim().toLowerCase();
  if (email && email === (b.email ?? '').trim().toLowerCase()) {
    reasons.push({ code: 'same_email', value: email });
    score += 0.8;
  }
  const similarity =
    Math.round(nameSimilarity(`${a.firstName} ${a.lastName}`, `${b.firstName} ${b.lastName}`) * 100) / 100;
  if (similarity >= 0.6) {
    reasons.push({ code: 'similar_name', similarity });
    score += 0.5 * similarity + (a.organisationId === b.organisationId ? 0.1 : 0);
  }
  const phone = phoneKey(a.phone);
  if (phone && phone === phoneKey(b.phone)) {
    reasons.push({ code: 'same_phone', value: a.phone!.trim() });
    score += 0.3;
  }
  return { score: capped(score), reasons };
}
