import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { chartValue } from '../filters';
import type { Row } from './FigureSection';

export type Series = { key: string; label: string };

const COLORS = ['#1f4e8c', '#a33b00', '#2e6b30', '#6b2e6b'];
const HEIGHT = 260;

/** Turns "<5" and empty cells into gaps, so a chart never shows a suppressed count as a number. */
const plottable = (rows: Row[], series: Series[], x: string) =>
  rows.map((row) => ({ [x]: row[x], ...Object.fromEntries(series.map((s) => [s.key, chartValue(row[s.key])])) }));

export function LineFigure({ rows, x, series }: { rows: Row[]; x: string; series: Series[] }) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <LineChart data={plottable(rows, series, x)} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey={x} />
        <YAxis />
        <Tooltip />
        <Legend />
        {series.map((s, index) => (
          <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={COLORS[index % COLORS.length]} strokeWidth={2} connectNulls={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

export function BarFigure({ rows, x, series }: { rows: Row[]; x: string; series: Series[] }) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={plottable(rows, series, x)} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey={x} />
        <YAxis />
        <Tooltip />
        <Legend />
        {series.map((s, index) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLORS[index % COLORS.length]} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
