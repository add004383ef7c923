import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { LinkBase, useGetIdentity, useLocaleState, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { STAGES } from '../organisations/codes';
import { useMunicipalities } from '../organisations/useMunicipalities';
import { ChartCard, CountBars, SharesPie, StackedBars } from './ChartCard';
import { useCodeLabel, type CodeKind } from './labels';
import { monthsBetween, presetPeriod } from './period';
import { ReportFilters } from './ReportFilters';
import type { Bucket, LabelledRow, OverviewQuery } from './types';
import { useOverview } from './useOverview';
import { usePartners } from '../partners/usePartners';
import { formatDay, formatNumber, formatTime, isLanguage } from '../../../api/src/domain';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The period and scope, kept in state (so that quick successive changes build on each other)
 * and mirrored in the URL (`?from=…&to=…&advisorId=…&sector=…`) so that a view can be shared.
 */
function useReportQuery(): [OverviewQuery, (patch: Partial<OverviewQuery>) => void] {
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState<OverviewQuery>(() => {
    const fallback = presetPeriod('this_year');
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    return {
      from: DAY.test(from) ? from : fallback.from,
      to: DAY.test(to) ? to : fallback.to,
      advisorId: params.get('advisorId') || undefined,
      sector: params.get('sector') || undefined,
    };
  });
  useEffect(() => {
    const search = new URLSearchParams({ from: query.from, to: query.to });
    if (query.advisorId) search.set('advisorId', query.advisorId);
    if (query.sector) search.set('sector', query.sector);
    if (search.toString() !== params.toString()) setParams(search, { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new query writes the address; the address changing must not loop back
  }, [query]);
  const update = useCallback((patch: Partial<OverviewQuery>) => {
    setQuery((previous) => {
      const next = { ...previous, ...patch };
      // A period the wrong way round is straightened out rather than refused.
      if (next.from > next.to) {
        if (patch.to !== undefined && patch.from === undefined) next.from = next.to;
        else next.to = next.from;
      }
      return next;
    });
  }, []);
  return [query, update];
}

/** One headline figure. Its region is named by its label, so a screen reader reads "label, value". */
function Figure({
  label,
  value,
  hint,
  hintArgs,
}: {
  label: string;
  value: string;
  hint?: string;
  hintArgs?: Record<string, unknown>;
}) {
  const translate = useTranslate();
  const name = translate(label);
  return (
    <Card component="section" aria-label={name} sx={{ flex: '1 1 180px', minWidth: 0 }}>
      <CardContent sx={{ pb: '16px !important' }}>
        <Typography variant="body2" color="text.secondary">
          {name}
        </Typography>
        <Typography variant="h4" component="p" data-figure>
          {value}
        </Typography>
        {hint && (
          <Typography variant="caption" color="text.secondary">
            {translate(hint, hintArgs)}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

/**
 * The team's figures for a period: headline numbers, then one chart per breakdown, each
 * downloadable as CSV. Managers' home; the "Reports" page for the other roles (advisors: their
 * own cases only, the API decides).
 */
export function ReportsDashboard() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const label = useCodeLabel();
  const municipalities = useMunicipalities();
  // Partners are data admins keep: each reads by its name in the console's language, never its code.
  const { name: partnerName } = usePartners();
  const { identity } = useGetIdentity();
  const [query, setQuery] = useReportQuery();
  const { data, error, isFetching } = useOverview(query);

  const number = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const percent = useMemo(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
    [locale],
  );
  const monthName = useMemo(() => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }), [locale]);

  const charts = useMemo(() => {
    if (!data) return null;
    const coded = (kind: CodeKind, buckets: Bucket[]): LabelledRow[] =>
      buckets.map((b) => ({ key: b.key ?? '', label: label(kind, b.key), count: b.count }));
    const byStage = [...data.organisations.byStage].sort(
      (a, b) => STAGES.indexOf(a.key as never) - STAGES.indexOf(b.key as never),
    );
    const months = new Map(data.meetings.byMonth.map((b) => [b.key, b.count]));
    const periodMonths = monthsBetween(data.period.from, data.period.to);
    for (const key of months.keys()) if (!periodMonths.includes(key)) periodMonths.push(key);
    periodMonths.sort();
    const partners = [...new Set(data.referrals.byPartnerAndStatus.map((row) => row.partner))];
    const statuses = [...new Set(data.referrals.byPartnerAndStatus.map((row) => row.status))];
    const countOf = (partner: string, status: string) =>
      data.referrals.byPartnerAndStatus.find((row) => row.partner === partner && row.status === status)?.count ?? 0;
    return {
      stage: coded('stages', byStage),
      sector: coded('sectors', data.organisations.bySector),
      legalForm: coded('legal_forms', data.organisations.byLegalForm),
      municipality: data.organisations.byMunicipality.map((b) => ({
        key: b.key ?? '',
        label: b.key
          ? municipalities.nameOf(b.key) || b.label || b.key
          : translate('traject.organisations.no_municipality'),
        count: b.count,
      })),
      month: periodMonths.map((key) => ({
        key,
        label: monthName.format(new Date(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 1)),
        count: months.get(key) ?? 0,
      })),
      channel: coded('channels', data.meetings.byChannel),
      advisor: data.meetings.byAdvisor.map((b) => ({
        key: b.key ?? '',
        label: b.label ?? translate('traject.reports.unknown'),
        count: b.count,
      })),
      verdict: coded('verdicts', data.assessments.byVerdict),
      recognition: coded('recognition_statuses', data.recognitions.byStatus),
      referralPartners: partners.map((partner) => partnerName(partner)),
      referralSeries: statuses.map((status) => ({
        label: label('referral_statuses', status),
        data: partners.map((partner) => countOf(partner, status)),
      })),
      referral: data.referrals.byPartnerAndStatus.map((row) => ({
        key: `${row.partner}/${row.status}`,
        label: `${partnerName(row.partner)} – ${label('referral_statuses', row.status)}`,
        count: row.count,
      })),
    };
  }, [data, label, municipalities, monthName, translate, partnerName]);

  const days = (value: number | null | undefined) =>
    value === null || value === undefined
      ? '—'
      : translate('traject.reports.days', {
          smart_count: value,
          days: isLanguage(locale) ? formatNumber(value, locale, 1) : String(value),
        });
  const rate = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : percent.format(value);
  const period = `${query.from}-${query.to}`;

  return (
    <Stack spacing={2} sx={{ my: 2 }}>
      <ReportFilters query={query} onChange={setQuery} advisorFilter={identity?.role !== 'advisor'} />
      {identity?.role === 'advisor' && <Alert severity="info">{translate('traject.reports.own_cases')}</Alert>}
      <Box sx={{ height: 4 }}>{isFetching && <LinearProgress aria-label={translate('ra.page.loading')} />}</Box>
      {error && (
        <Alert severity="error">{translate('traject.reports.failed', { message: (error as Error).message })}</Alert>
      )}
      {data && charts && (
        <>
          <Typography variant="caption" color="text.secondary" data-computed-at>
            {translate('traject.reports.computed_at', { time: formatTime(data.computedAt) })}
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }} aria-busy={isFetching}>
            <Figure label="traject.reports.figures.supported" value={number.format(data.organisations.supported)} />
            <Figure label="traject.reports.figures.cases_opened" value={number.format(data.cases.opened)} />
            <Figure label="traject.reports.figures.cases_closed" value={number.format(data.cases.closed)} />
            <Figure label="traject.reports.figures.meetings" value={number.format(data.meetings.total)} />
            <Figure label="traject.reports.figures.final_assessments" value={number.format(data.assessments.final)} />
            <Figure
              label="traject.reports.figures.renewals_due"
              value={number.format(data.recognitions.renewalsDueCount)}
              hint="traject.reports.figures.renewals_due_hint"
            />
            <Figure label="traject.reports.figures.referrals" value={number.format(data.referrals.total)} />
            <Figure
              label="traject.reports.figures.acceptance_rate"
              value={rate(data.referrals.acceptanceRate)}
              hint="traject.field.acceptance_hint"
              hintArgs={{
                accepted: data.referrals.accepted ?? 0,
                answered: data.referrals.answered ?? 0,
                waiting: data.referrals.total - (data.referrals.answered ?? 0),
              }}
            />
            <Figure label="traject.reports.figures.completion_rate" value={rate(data.referrals.completionRate)} />
            <Figure
              label="traject.reports.figures.days_to_first_meeting"
              value={days(data.medianDays.caseOpeningToFirstMeeting)}
              hint="traject.reports.figures.median"
            />
            <Figure
              label="traject.reports.figures.days_to_referral"
              value={days(data.medianDays.caseOpeningToReferral)}
              hint="traject.reports.figures.median"
            />
          </Box>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
            <ChartCard id="chart-stage" title="traject.reports.charts.by_stage" rows={charts.stage} period={period}>
              <SharesPie rows={charts.stage} />
            </ChartCard>
            <ChartCard id="chart-sector" title="traject.reports.charts.by_sector" rows={charts.sector} period={period}>
              <CountBars rows={charts.sector} horizontal label={translate('traject.reports.count')} />
            </ChartCard>
            <ChartCard
              id="chart-legal-form"
              title="traject.reports.charts.by_legal_form"
              rows={charts.legalForm}
              period={period}
            >
              <CountBars rows={charts.legalForm} horizontal label={translate('traject.reports.count')} />
            </ChartCard>
            <ChartCard
              id="chart-municipality"
              title="traject.reports.charts.by_municipality"
              rows={charts.municipality}
              period={period}
            >
              <CountBars rows={charts.municipality} horizontal label={translate('traject.reports.count')} />
            </ChartCard>
            <ChartCard
              id="chart-month"
              title="traject.reports.charts.meetings_by_month"
              rows={charts.month}
              period={period}
              wide
            >
              <CountBars rows={charts.month} label={translate('traject.reports.count')} />
            </ChartCard>
            <ChartCard
              id="chart-channel"
              title="traject.reports.charts.meetings_by_channel"
              rows={charts.channel}
              period={period}
            >
              <SharesPie rows={charts.channel} />
            </ChartCard>
            <ChartCard
              id="chart-advisor"
              title="traject.reports.charts.meetings_by_advisor"
              rows={charts.advisor}
              period={period}
            >
              <CountBars rows={charts.advisor} horizontal label={translate('traject.reports.count')} />
            </ChartCard>
            <ChartCard id="chart-verdict" title="traject.reports.charts.verdicts" rows={charts.verdict} period={period}>
              <SharesPie rows={charts.verdict} />
            </ChartCard>
            <ChartCard
              id="chart-recognition"
              title="traject.reports.charts.recognition_statuses"
              rows={charts.recognition}
              period={period}
            >
              <SharesPie rows={charts.recognition} />
            </ChartCard>
            <ChartCard
              id="chart-referral"
              title="traject.reports.charts.referrals"
              rows={charts.referral}
              period={period}
            >
              <StackedBars categories={charts.referralPartners} series={charts.referralSeries} />
            </ChartCard>
          </Box>
          <Card component="section" aria-labelledby="renewals-due">
            <CardContent>
              <Typography id="renewals-due" variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
                {translate('traject.reports.renewals.title')}
              </Typography>
              {data.recognitions.renewalsDue.length ? (
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('traject.reports.renewals.organisation')}</TableCell>
                      <TableCell>{translate('traject.reports.renewals.kind')}</TableCell>
                      <TableCell>{translate('traject.reports.renewals.valid_until')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.recognitions.renewalsDue.map((renewal) => (
                      <TableRow key={renewal.id}>
                        <TableCell>
                          <LinkBase to={`/organisations/${renewal.organisationId}/show`}>
                            {renewal.organisationName}
                          </LinkBase>
                        </TableCell>
                        <TableCell>{label('recognition_kinds', renewal.kind)}</TableCell>
                        <TableCell>{renewal.validUntil ? formatDay(renewal.validUntil) : '—'}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              ) : (
                <Typography color="text.secondary">{translate('traject.reports.renewals.none')}</Typography>
              )}
            </CardContent>
          </Card>
        </>
      )}
    </Stack>
  );
}
