// What other concepts may use of auth: the password rules (users set passwords). Sessions: sessions.queries.ts.
export { hashPassword } from './password';
export { assertStrongPassword, passwordWeakness } from './password-policy';
