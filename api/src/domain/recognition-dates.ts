import { isLead } from './record-policies';
import type { RecognitionStatus } from './recognition-rules';

interface StoredDates {
  status: RecognitionStatus;
  submittedOn: string | null;
  decisionOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
}
type SentDates = Partial<Record<'submittedOn' | 'decisionOn' | 'validFrom' | 'validUntil', string | null>>;

const changes = (sent: SentDates, stored: StoredDates, field: keyof SentDates) =>
  sent[field] !== undefined && (sent[field] ?? null) !== (stored[field] ?? null);

/**
 * The dates a recognition file's moves set: submission (`submitted`), decision (`approved`/`refused`) and validity
 * (`approved`). A PUT may propose the validity while the file is being prepared; otherwise changing one of them is
 * refused (the move's `on` gives its date). The end of an approved file is the one exception (mayChangeValidUntil).
 * Answers the first field refused, or null.
 */
export function dateSetByMoves(stored: StoredDates, sent: SentDates): keyof SentDates | null {
  if (changes(sent, stored, 'submittedOn')) return 'submittedOn';
  if (changes(sent, stored, 'decisionOn')) return 'decisionOn';
  if (stored.status !== 'preparing' && changes(sent, stored, 'validFrom')) return 'validFrom';
  if (stored.status !== 'preparing' && stored.status !== 'approved' && changes(sent, stored, 'validUntil'))
    return 'validUntil';
  return null;
}

/** Changing the end of an approved file (a decision extended or shortened) is a coordinator's (or an admin's) call. */
export function mayChangeValidUntil(stored: StoredDates, sent: SentDates, role: string): boolean {
  if (stored.status !== 'approved' || !changes(sent, stored, 'validUntil')) return true;
  return isLead({ role });
}
