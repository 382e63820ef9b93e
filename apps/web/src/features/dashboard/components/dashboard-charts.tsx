// The charts of the overview, split from the page (recharts is large) and loaded when a leader's
// overview first shows. Each chart repeats a table beside it, which carries the links and is what
// screen readers read; the chart's own keyboard layer (arrow keys, tooltip) stays for sighted users.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import type { Overview } from '@phoihop/shared/dashboard';
import { useTranslation } from 'react-i18next';
import { useFormat } from './use-format';

function ChartFigure(props: { caption: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <figure style={{ margin: 0 }}>
      {props.children}
      <Text component="figcaption" size="xs" c="dimmed" mt={4}>
        {props.caption}. {t('dashboard.chartNote')}
      </Text>
    </figure>
  );
}

export function ProgressByAreaChart({ rows }: { rows: Overview['progressByArea'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ChartFigure caption={t('dashboard.progress.chart')}>
      <BarChart
        h={Math.max(160, rows.length * 36)}
        data={rows.map((row) => ({ code: row.code, percent: Math.round(row.percent) }))}
        dataKey="code"
        orientation="vertical"
        series={[{ name: 'percent', label: t('dashboard.progress.percent'), color: 'teal.6' }]}
        yAxisProps={{ width: 40 }}
        xAxisProps={{ domain: [0, 100] }}
        valueFormatter={(value) => format.percent(value)}
        gridAxis="x"
      />
    </ChartFigure>
  );
}

export function LettersByMonthChart({ months }: { months: Overview['lettersByMonth'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const series = [
    { name: 'received', label: t('dashboard.letters.received'), color: 'blue.6' },
    { name: 'handled', label: t('dashboard.letters.handled'), color: 'teal.6' },
  ];
  return (
    <ChartFigure caption={t('dashboard.letters.chart')}>
      <BarChart
        h={240}
        data={months.map((m) => ({
          month: format.month(m.month, 'short'),
          received: m.received,
          handled: m.handled,
        }))}
        dataKey="month"
        series={series}
        withLegend
        // The legend in the bars' order (received, then handled), not sorted by its words.
        legendProps={{ itemSorter: (item) => series.findIndex((s) => s.name === item.dataKey) }}
        valueFormatter={(value) => format.count(value)}
        yAxisProps={{ allowDecimals: false, width: 32 }}
      />
    </ChartFigure>
  );
}
