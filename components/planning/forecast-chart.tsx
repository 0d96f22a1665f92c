"use client";
// Past weekly actuals and the forecast ahead: p50 as a dashed line inside its p10-p90 band.
// The same figures are in a visually hidden table for screen readers.
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ForecastPoint = { isoWeek: string; actual: number | null; p10: number | null; p50: number | null; p90: number | null };

const fmt = (n: number | null | undefined) => (n == null ? "–" : Math.round(n).toLocaleString("en-GB"));
const shortWeek = (w: string) => `W${w.split("-W")[1]}`;

export function ForecastChart({ points, title }: { points: ForecastPoint[]; title: string }) {
  const data = points.map((p) => ({ ...p, band: p.p10 != null && p.p90 != null ? [p.p10, p.p90] : null }));
  return (
    <figure className="space-y-2">
      <div className="h-72 w-full" role="img" aria-label={`${title}: weekly actuals and forecast with its 10-90% band`}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--color-line)" />
            <XAxis dataKey="isoWeek" tickFormatter={shortWeek} tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={16} />
            <YAxis tick={{ fontSize: 11 }} width={48} allowDecimals={false} />
            <Tooltip
              formatter={(value, name) => (Array.isArray(value) ? [`${fmt(value[0] as number)} – ${fmt(value[1] as number)}`, name] : [fmt(value as number), name])}
              labelFormatter={(w) => String(w)}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Area type="monotone" dataKey="band" name="p10–p90" stroke="none" fill="var(--color-info)" fillOpacity={0.18} isAnimationActive={false} connectNulls={false} />
            <Line type="monotone" dataKey="p50" name="Forecast (p50)" stroke="var(--color-info)" strokeDasharray="5 4" dot={false} strokeWidth={2} isAnimationActive={false} connectNulls={false} />
            <Line type="monotone" dataKey="actual" name="Actual" stroke="var(--color-furrow-700)" dot={{ r: 2 }} strokeWidth={2} isAnimationActive={false} connectNulls={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead><tr><th scope="col">Week</th><th scope="col">Actual</th><th scope="col">p10</th><th scope="col">p50</th><th scope="col">p90</th></tr></thead>
        <tbody>{points.map((p) => <tr key={p.isoWeek}><th scope="row">{p.isoWeek}</th><td>{fmt(p.actual)}</td><td>{fmt(p.p10)}</td><td>{fmt(p.p50)}</td><td>{fmt(p.p90)}</td></tr>)}</tbody>
      </table>
    </figure>
  );
}
