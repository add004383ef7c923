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
  | 'recognition_kinds'
  | 'referral_statuses'
  | 'partners';

/**
 * The label of a code in the user's language: the shared table `traject.<kind>` when it has
 * the code (organisations' codes, channels…), else the reports' own `traject.reports.codes.<kind>`,
 * else the code itself. A missing code (no legal form given) reads "Unknown".
 */
export function useCodeLabel() {
  const translate = useTranslate();
  return useCallback(
    (kind: CodeKind | (string & {}), code: string | null | undefined): string => {
      if (code === null || code === undefined || code === '') return translate('traject.reports.unknown');
      for (const key of [`traject.${kind}.${code}`, `traject.reports.codes.${kind}.${code}`]) {
        const label = translate(key, { _: '' });
        if (label && label !== key) return label;
      }
      return code;
    },
    [translate],
  );
}
