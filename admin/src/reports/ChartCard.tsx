import type { ReactNode } from 'react';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { PieChart } from '@mui/x-charts/PieChart';
import { useTranslate } from 'react-admin';
import { downloadCsv } from './csv';
import type { LabelledRow } from './types';

/**
 * A titled chart of the dashboard with a small "CSV" button that downloads its numbers
 * (key, label, count), built in the browser.
 */
export function ChartCard({ id, title, rows, fileName, children, wide }: { id: string; title: string; rows: LabelledRow[]; fileName: string; children: ReactNode; wide?: boolean }) {
  const translate = useTranslate();
  const heading = translate(title);
  const empty = rows.every((row) => !row.count);
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
            onClick={() => downloadCsv(`${fileName}.csv`, ['key', 'label', 'count'], rows.map((row) => [row.key, row.label, row.count]))}
          >
            CSV
          </Button>
        </Box>
        {empty ? (
          <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
            {translate('traject.reports.no_data')}
          </Typography>
        ) : (
          children
        )}
      </CardContent>
    </Card>
  );
}

/** A pie (a doughnut) of a few shares: stages, channels, verdicts, statuses. */
export function SharesPie({ rows }: { rows: LabelledRow[] }) {
  return (
    <PieChart
      height={220}
      series={[{ data: rows.map((row) => ({ id: row.key, value: row.count, label: row.label })), innerRadius: 40, paddingAngle: 1, cornerRadius: 3 }]}
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
  return <BarChart height={260} xAxis={[{ scaleType: 'band', data: labels }]} yAxis={[{ tickMinStep: 1 }]} series={series} hideLegend />;
}

/** Stacked bars: one bar per category (a partner), one colour per series (a status). */
export function StackedBars({ categories, series }: { categories: string[]; series: { label: string; data: number[] }[] }) {
  return (
    <BarChart
      height={260}
      xAxis={[{ scaleType: 'band', data: categories }]}
      yAxis={[{ tickMinStep: 1 }]}
      series={series.map((one) => ({ ...one, stack: 'total' }))}
    />
  );
}
