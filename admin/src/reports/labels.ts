import { useCallback } from 'react';
import { useTranslate } from 'react-admin';

/** The kinds of code a report breaks down by, named as the i18n label tables are. */
export type CodeKind =
  | 'stages'
  | 'sectors'
  | 'legal_forms'
  | 'channels'
  | 'verdicts'
  | 'recognition_statuses'
  | 'recognition_file_statuses'
  | 'recognition_kinds'
  | 'referral_statuses'
  | 'partners'
  | 'assessment_statuses';

/** Where the labels of a kind live, when not in `traject.<kind>` (the assessments, recognitions and referrals screens' tables). */
const TABLES: Record<string, string[]> = {
  verdicts: ['traject.assessments.verdicts'],
  assessment_statuses: ['traject.assessments.statuses'],
  recognition_kinds: ['traject.recognitions.kinds'],
  recognition_file_statuses: ['traject.recognitions.statuses'],
  referral_statuses: ['traject.referrals.statuses'],
  partners: ['traject.referrals.partners'],
};

/**
 * The label of a code in the user's language, from the shared label tables (`traject.<kind>`,
 * or the screen's own table for the kinds above), else the code itself. A missing code (no
 * legal form given) reads "Unknown".
 */
export function useCodeLabel() {
  const translate = useTranslate();
  return useCallback(
    (kind: CodeKind | (string & {}), code: string | null | undefined): string => {
      if (code === null || code === undefined || code === '') return translate('traject.reports.unknown');
      for (const table of [...(TABLES[kind] ?? []), `traject.${kind}`]) {
        const key = `${table}.${code}`;
        const label = translate(key, { _: '' });
        if (label && label !== key) return label;
      }
      return code;
    },
    [translate],
  );
}
