"use client";
// Weekly WAPE of the chosen methods against seasonal naive (lower is better), with a hidden table.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type AccuracyPoint = { isoWeek: string; wape: number | null; seasonalNaiveWape: number | null };

const pct = (v: number | null | undefined) => (v == null ? "–" : `${(v * 100).toFixed(1)}%`);

export function AccuracyChart({ points, title }: { points: AccuracyPoint[]; title: string }) {
  return (
    <figure>
      <div className="h-56 w-full" role="img" aria-label={`${title}: weekly WAPE of the forecast and of seasonal naive`}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--color-line)" />
            <XAxis dataKey="isoWeek" tickFormatter={(w: string) => `W${w.split("-W")[1]}`} tick={{ fontSize: 11 }} minTickGap={16} />
            <YAxis tickFormatter={(v: number) => `${Math.round(v * 100)}%`} tick={{ fontSize: 11 }} width={44} />
            <Tooltip formatter={(v, name) => [pct(v as number), name]} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Line dataKey="wape" name="Forecast (chosen methods)" stroke="var(--color-info)" strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line dataKey="seasonalNaiveWape" name="Seasonal naive" stroke="var(--color-warning)" strokeDasharray="5 4" strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead><tr><th scope="col">Week</th><th scope="col">Forecast WAPE</th><th scope="col">Seasonal naive WAPE</th></tr></thead>
        <tbody>{points.map((p) => <tr key={p.isoWeek}><th scope="row">{p.isoWeek}</th><td>{pct(p.wape)}</td><td>{pct(p.seasonalNaiveWape)}</td></tr>)}</tbody>
      </table>
    </figure>
  );
}
