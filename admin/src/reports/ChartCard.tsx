import { useState, type ReactNode } from 'react';
import {
  Box,
  Button,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { PieChart } from '@mui/x-charts/PieChart';
import { useTranslate } from 'react-admin';
import { downloadCsv, fileStem } from './csv';
import { useLanguage } from '../i18n/useLanguage';
import type { LabelledRow } from './types';

/**
 * A titled chart of the dashboard with a small "CSV" button that downloads its numbers, built in the
 * browser in the console's language: the chart's title and "count" as headers, labels (not codes) in
 * the first column, `;` between cells in French and Dutch, the file named after the chart. The drawing is
 * one image named by the title; its text alternative is the data table a button shows, with the same
 * headers and rows as the CSV (WCAG 1.1.1).
 */
export function ChartCard({
  id,
  title,
  rows,
  period,
  children,
  wide,
}: {
  id: string;
  title: string;
  rows: LabelledRow[];
  period: string;
  children: ReactNode;
  wide?: boolean;
}) {
  const translate = useTranslate();
  const language = useLanguage();
  const heading = translate(title);
  const empty = rows.every((row) => !row.count);
  const [table, setTable] = useState(false);
  return (
    <Card component="section" aria-labelledby={id} sx={{ flex: wide ? '1 1 100%' : '1 1 380px', minWidth: 0 }}>
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 1, mb: 1 }}>
          <Typography id={id} variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            {heading}
          </Typography>
          <Button
            size="small"
            variant="outlined"
            disabled={!rows.length}
            aria-label={translate('traject.reports.csv_of', { title: heading })}
            onClick={() =>
              downloadCsv(
                `traject-${fileStem(heading)}-${period}.csv`,
                [heading, translate('traject.reports.count')],
                rows.map((row) => [row.label, row.count]),
                language,
              )
            }
          >
            CSV
          </Button>
        </Box>
        {empty ? (
          <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
            {translate('traject.reports.no_data')}
          </Typography>
        ) : (
          <>
            <Box role="img" aria-label={translate('traject.a11y.chart_summary', { title: heading })}>
              {children}
            </Box>
            <Button size="small" aria-expanded={table} aria-controls={`${id}-table`} onClick={() => setTable(!table)}>
              {translate(table ? 'traject.a11y.hide_table' : 'traject.a11y.show_table')}
            </Button>
            {table && <ChartTable id={`${id}-table`} caption={heading} rows={rows} />}
          </>
        )}
      </CardContent>
    </Card>
  );
}

/** The chart's numbers as a table (the same rows as its CSV). */
function ChartTable({ id, caption, rows }: { id: string; caption: string; rows: LabelledRow[] }) {
  const translate = useTranslate();
  return (
    <Table id={id} size="small" sx={{ mt: 1, captionSide: 'top', '& caption': { p: 0.5 } }}>
      <caption>{caption}</caption>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {caption}
          </TableCell>
          <TableCell component="th" scope="col" align="right">
            {translate('traject.reports.count')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell component="th" scope="row">
              {row.label}
            </TableCell>
            <TableCell align="right">{row.count}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** A pie (a doughnut) of a few shares: stages, channels, verdicts, statuses. */
export function SharesPie({ rows }: { rows: LabelledRow[] }) {
  return (
    <PieChart
      height={220}
      series={[
        {
          data: rows.map((row) => ({ id: row.key, value: row.count, label: row.label })),
          innerRadius: 40,
          paddingAngle: 1,
          cornerRadius: 3,
        },
      ]}
    />
  );
}

/** Bars, one per row: horizontal for long labels (sectors, municipalities), vertical for months. */
export function CountBars({ rows, horizontal, label }: { rows: LabelledRow[]; horizontal?: boolean; label: string }) {
  const labels = rows.map((row) => row.label);
  const series = [{ data: rows.map((row) => row.count), label }];
  if (horizontal) {
    return (
      <BarChart
        layout="horizontal"
        height={60 + rows.length * 28}
        yAxis={[{ scaleType: 'band', data: labels, width: 170 }]}
        xAxis={[{ tickMinStep: 1 }]}
        series={series}
        hideLegend
      />
    );
  }
  return (
    <BarChart
      height={260}
      xAxis={[{ scaleType: 'band', data: labels }]}
      yAxis={[{ tickMinStep: 1 }]}
      series={series}
      hideLegend
    />
  );
}

/** Stacked bars: one bar per category (a partner), one colour per series (a status). */
export function StackedBars({
  categories,
  series,
}: {
  categories: string[];
  series: { label: string; data: number[] }[];
}) {
  return (
    <BarChart
      height={260}
      xAxis={[{ scaleType: 'band', data: categories }]}
      yAxis={[{ tickMinStep: 1 }]}
      series={series.map((one) => ({ ...one, stack: 'total' }))}
    />
  );
}
