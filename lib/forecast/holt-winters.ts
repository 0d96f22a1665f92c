// Holt-Winters exponential smoothing, additive trend (damped) and additive seasonality, in the error-
// correction form of Hyndman & Athanasopoulos, "Forecasting: Principles and Practice", 8.3 / 8.4:
//   level   l_t = a (y_t - s_{t-m}) + (1 - a)(l_{t-1} + phi b_{t-1})
//   trend   b_t = b (l_t - l_{t-1}) + (1 - b) phi b_{t-1}
//   season  s_t = g (y_t - l_{t-1} - phi b_{t-1}) + (1 - g) s_{t-m}
//   forecast y_{t+h} = l_t + (phi + ... + phi^h) b_t + s_{t+h-m(k+1)},  k = floor((h - 1) / m)
// Damping (phi < 1) flattens the trend over the horizon, which suits demand that rarely grows for ever.
// Parameters are fitted by minimising the one-step-ahead squared error over a small grid: the surface
// is smooth and low-dimensional, and a grid is deterministic, cheap (~180 passes) and easy to verify.
import { mean } from "./metrics";
import { SEASON, type Forecaster, type Method } from "./types";

export type HwParams = { alpha: number; beta: number; gamma: number; phi: number };

/** Seasonality needs a full period to initialise plus a few weeks to correct it. */
const MIN_SEASONAL = SEASON + 8;

const GRID = {
  alpha: [0.05, 0.1, 0.2, 0.35, 0.5],
  beta: [0.01, 0.05, 0.15],
  gamma: [0.01, 0.05, 0.15, 0.3],
  phi: [0.8, 0.9, 0.98],
} as const;

type State = { level: number; trend: number; season: number[]; start: number };

/** The period to use: the season when there is enough history, else none (damped Holt). */
export const hwPeriod = (n: number, period = SEASON) => (n >= period + (MIN_SEASONAL - SEASON) ? period : 1);

/**
 * Initial state at the end of the first period (classical decomposition): level = mean of the first
 * period, trend = change of the period means per week, seasonal index of week i = the average over
 * every full period of y - (that period's mean, detrended to week i), smoothed over neighbouring weeks.
 * The level is the first period's mean moved to its last week (the mean sits mid-period).
 */
function initialState(y: readonly number[], m: number): State {
  if (m === 1) return { level: y[0] ?? 0, trend: 0, season: [0], start: 1 };
  const periods = Math.floor(y.length / m);
  const means = Array.from({ length: periods }, (_, k) => mean(y.slice(k * m, (k + 1) * m)));
  const trend = periods >= 2 ? (means[1]! - means[0]!) / m : 0;
  // Deviation from the period's mean as the trend would have it at week i (so a trend leaves no sawtooth).
  const raw = Array.from({ length: m }, (_, i) => mean(means.map((pm, k) => y[k * m + i]! - pm - trend * (i - (m - 1) / 2))));
  return { level: means[0]! + (trend * (m - 1)) / 2, trend, season: smoothCircular(raw), start: m };
}

/**
 * Weekly seasonal indices from one or two years carry the full noise of a single week each; a
 * triangular 1-2-3-2-1 average over neighbouring weeks (circular) removes most of it while a
 * yearly curve barely changes (a yearly cosine loses ~1 % of its amplitude).
 */
export function smoothCircular(values: readonly number[]): number[] {
  const m = values.length;
  if (m < 5) return [...values];
  const w = [1, 2, 3, 2, 1];
  return values.map((_, i) => w.reduce((s, wj, j) => s + wj * values[(i + j - 2 + m) % m]!, 0) / 9);
}

/** Runs the smoothing over `y`; returns the final state and the one-step squared error. */
function filter(y: readonly number[], m: number, p: HwParams, state = initialState(y, m)): { state: State; sse: number } {
  let { level, trend } = state;
  const season = [...state.season];
  let sse = 0;
  for (let t = state.start; t < y.length; t++) {
    const s = season[t % m]!;
    const base = level + p.phi * trend;
    const err = y[t]! - (base + s);
    sse += err * err;
    const next = p.alpha * (y[t]! - s) + (1 - p.alpha) * base;
    trend = p.beta * (next - level) + (1 - p.beta) * p.phi * trend;
    season[t % m] = p.gamma * (y[t]! - base) + (1 - p.gamma) * s;
    level = next;
  }
  return { state: { level, trend, season, start: y.length }, sse };
}

/** Forecasts `horizon` weeks after `history` with fixed parameters. */
export function holtWintersForecast(history: readonly number[], horizon: number, p: HwParams, period = SEASON): number[] {
  const n = history.length;
  if (n === 0) return new Array<number>(horizon).fill(0);
  const m = hwPeriod(n, period);
  const { state } = filter(history, m, p);
  const out: number[] = [];
  let damp = 0;
  for (let h = 1; h <= horizon; h++) {
    damp += p.phi ** h;
    out.push(state.level + damp * state.trend + state.season[(n + h - 1) % m]!);
  }
  return out;
}

/** Parameters with the least one-step squared error on `train` (first grid point wins ties). */
export function fitHoltWinters(train: readonly number[], period = SEASON): HwParams {
  const m = hwPeriod(train.length, period);
  let best: HwParams = { alpha: 0.2, beta: 0.05, gamma: 0.05, phi: 0.9 };
  let bestSse = Number.POSITIVE_INFINITY;
  if (train.length < 3) return best;
  const start = initialState(train, m);
  for (const alpha of GRID.alpha) {
    for (const beta of GRID.beta) {
      if (beta > alpha) continue; // the trend should not react faster than the level
      for (const gamma of m === 1 ? [0] : GRID.gamma) {
        for (const phi of GRID.phi) {
          const p = { alpha, beta, gamma, phi };
          const { sse } = filter(train, m, p, start);
          if (sse < bestSse - 1e-9) [best, bestSse] = [p, sse];
        }
      }
    }
  }
  return best;
}

export const holtWintersMethod: Method = {
  name: "HOLT_WINTERS",
  fit: (train): Forecaster => {
    const p = fitHoltWinters(train);
    return (history, horizon) => holtWintersForecast(history, horizon, p);
  },
};
