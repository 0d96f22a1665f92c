// Prediction bands from the backtest's own errors (empirical residual quantiles, Hyndman & Athanasopoulos
// 5.5 "bootstrapped" intervals without the resampling): the p10..p90 band at horizon h is the point
// forecast plus the 10th and 90th percentiles of what the method got wrong h weeks ahead. Neighbouring
// horizons are pooled so each quantile rests on ~3x the origins; errors grow with h, so we pool only
// h-1..h+1. p50 is the method's point forecast (what planning buys against), and every band is clamped
// to non-negative and ordered p10 <= p50 <= p90.
import { quantile } from "./metrics";

export type Band = { p10: number; p50: number; p90: number };

/** Residual quantiles [q10, q90] per horizon (index h - 1), pooling horizons h-1..h+1; null where no residuals exist. */
export function residualQuantiles(residuals: readonly (readonly number[])[]): ([number, number] | null)[] {
  return residuals.map((_, i) => {
    const pool = residuals.slice(Math.max(0, i - 1), i + 2).flat();
    return pool.length === 0 ? null : [quantile(pool, 0.1), quantile(pool, 0.9)];
  });
}

/** The band around a point forecast given residual quantiles [q10, q90] (actual - forecast). */
export function bandOf(point: number, q: readonly [number, number]): Band {
  const p50 = Math.max(0, point);
  return { p10: Math.min(p50, Math.max(0, point + q[0])), p50, p90: Math.max(p50, point + q[1]) };
}

/**
 * Without a backtest (a new series) the band is wide and symmetric: +-50 % of the point at h = 1,
 * widening with sqrt(h), the spread of a random walk.
 */
export function fallbackBand(point: number, horizon: number): Band {
  const p50 = Math.max(0, point);
  const half = 0.5 * p50 * Math.sqrt(horizon);
  return { p10: Math.max(0, p50 - half), p50, p90: p50 + half };
}

/**
 * Confidence 0..1 in one forecast: high when the band is narrow against the level, the backtest error
 * was low and the history long: 1 / (1 + WAPE) x 1 / (1 + (p90 - p10) / p50) x sqrt(min(1, weeks / 104)).
 * A backtest WAPE of 100 % halves it, so does a band as wide as the level; a year of history instead of
 * two takes ~30 % off. Intermittent series score low by nature: a week's demand is mostly 0 or a lot.
 */
export function confidenceOf(band: Band, backtestWape: number, historyWeeks: number): number {
  const accuracy = 1 / (1 + Math.max(0, backtestWape));
  const width = (band.p90 - band.p10) / Math.max(band.p50, 1);
  const history = Math.sqrt(Math.min(1, historyWeeks / 104));
  return Math.min(1, Math.max(0, (accuracy * history) / (1 + width)));
}
