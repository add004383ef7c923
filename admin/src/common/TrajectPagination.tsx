import { useCallback } from 'react';
import { Pagination, useListContext, useLocale, useTranslate, type PaginationProps } from 'react-admin';

/**
 * react-admin's pagination; when the API flagged the total as an estimate (a list searched with `q` that
 * matches more than 1,000 rows answers `X-Total-Estimated: true`, see dataProvider.ts), it reads
 * "1-25 of about 87,000" instead of "1-25 of 87000".
 */
export function TrajectPagination(props: PaginationProps) {
  const { meta } = useListContext();
  const translate = useTranslate();
  const locale = useLocale();
  const estimated = Boolean((meta as { totalEstimated?: boolean } | undefined)?.totalEstimated);
  const labelDisplayedRows = useCallback(
    ({ from, to, count }: { from: number; to: number; count: number }) =>
      translate('traject.pagination.estimated_range', {
        offsetBegin: from,
        offsetEnd: to,
        total: count.toLocaleString(locale),
      }),
    [translate, locale],
  );
  // Pagination hands unknown props on to MUI's TablePagination (its own labelDisplayedRows comes first); its type does not list them.
  const estimatedLabel: Record<string, unknown> = estimated ? { labelDisplayedRows } : {};
  return <Pagination {...props} {...estimatedLabel} />;
}
