// What other concepts may use of referrals (reports export the list).
export { referralsList } from './referrals.list';
