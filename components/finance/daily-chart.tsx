// 28 days of revenue recognised, cash in and refunds as grouped bars (plain SVG, no chart library),
// with the same figures in a visually hidden table for screen readers.
import { formatMoney } from "@/lib/money";

type Day = { day: string; recognisedMinor: number; cashInMinor: number; refundsMinor: number };

const SERIES = [
  { key: "recognisedMinor", label: "Revenue recognised", className: "fill-info" },
  { key: "cashInMinor", label: "Cash in (captured + received)", className: "fill-success" },
  { key: "refundsMinor", label: "Refunds", className: "fill-danger" },
] as const;

export function DailyChart({ days, currency }: { days: Day[]; currency: string }) {
  const max = Math.max(1, ...days.flatMap((d) => [d.recognisedMinor, d.cashInMinor, d.refundsMinor]));
  const width = 720;
  const height = 180;
  const slot = width / Math.max(days.length, 1);
  const bar = Math.max(2, (slot - 4) / 3);
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${width} ${height + 18}`} className="h-52 w-full" role="img" aria-label={`Daily money over the last ${days.length} days`}>
        <line x1={0} x2={width} y1={height} y2={height} className="stroke-line" />
        {days.map((d, i) => (
          <g key={d.day} transform={`translate(${i * slot + 2},0)`}>
            {SERIES.map((s, j) => {
              const h = Math.round((d[s.key] / max) * (height - 8));
              return (
                <rect key={s.key} x={j * bar} y={height - h} width={bar - 1} height={h} className={s.className} rx={1}>
                  <title>{`${d.day} · ${s.label}: ${formatMoney(d[s.key], currency)}`}</title>
                </rect>
              );
            })}
            {i % 7 === 0 && (
              <text x={0} y={height + 14} className="fill-ink-muted text-[10px]">
                {d.day.slice(5)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption className="flex flex-wrap gap-4 text-xs text-ink-muted">
        {SERIES.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-1.5">
            <svg aria-hidden className="size-2.5" viewBox="0 0 10 10">
              <rect width={10} height={10} rx={2} className={s.className} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
      <table className="sr-only">
        <caption>Daily money</caption>
        <thead>
          <tr>
            <th>Day</th>
            {SERIES.map((s) => (
              <th key={s.key}>{s.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <td>{d.day}</td>
              {SERIES.map((s) => (
                <td key={s.key}>{formatMoney(d[s.key], currency)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
