// Methods for intermittent demand (many weeks with none), where smoothing the raw series chases zeros.
//   Croston (1972): smooth the size of non-zero demands (z) and the interval between them (p)
//   separately, updating only when demand occurs; forecast z / p per week.
//   TSB (Teunter, Syntetos & Babai 2011): smooth the size when demand occurs and the probability of
//   demand (d) every week, so the forecast p * z decays when demand stops (Croston's never does).
// Classification follows Syntetos & Boylan: average demand interval ADI = weeks / weeks with demand;
// a series is intermittent when ADI > 1.32 (demand in fewer than ~3 weeks out of 4).
import { mean } from "./metrics";
import type { Forecaster, Method } from "./types";

export const ADI_CUTOFF = 1.32;

export type Classification = { zeroShare: number; adi: number; intermittent: boolean };

/** Share of zero weeks and average demand interval; an empty or all-zero series counts as intermittent. */
export function classify(y: readonly number[]): Classification {
  const nonZero = y.filter((v) => v > 0).length;
  const zeroShare = y.length === 0 ? 1 : 1 - nonZero / y.length;
  const adi = nonZero === 0 ? Number.POSITIVE_INFINITY : y.length / nonZero;
  return { zeroShare, adi, intermittent: adi > ADI_CUTOFF };
}

/** Positions of the weeks with demand. */
const demandWeeks = (y: readonly number[]) => y.flatMap((v, t) => (v > 0 ? [t] : []));

type Pass = { forecast: number; sse: number };

/** Mean size of the non-zero demands and mean interval between them (the starting values). */
function startingValues(y: readonly number[]): { z: number; p: number; d: number } | null {
  const at = demandWeeks(y);
  if (at.length === 0) return null;
  const intervals = at.slice(1).map((t, i) => t - at[i]!);
  return { z: mean(at.map((t) => y[t]!)), p: intervals.length > 0 ? mean(intervals) : y.length / at.length, d: at.length / y.length };
}

/**
 * One pass of Croston over `y` from starting values at their means (so a regular series is exact):
 * the forecast after the last week and the squared error of each week's forecast from `from` on.
 */
function crostonPass(y: readonly number[], alpha: number, from = y.length): Pass {
  const s = startingValues(y);
  if (!s) return { forecast: 0, sse: 0 };
  let { z, p } = s;
  let sse = 0;
  let last = -1;
  for (let t = 0; t < y.length; t++) {
    if (t >= from) sse += (y[t]! - z / p) ** 2;
    if (y[t]! > 0) {
      // The first demand only starts the clock; each later one updates size and interval.
      if (last >= 0) {
        z += alpha * (y[t]! - z);
        p += alpha * (t - last - p);
      }
      last = t;
    }
  }
  return { forecast: z / Math.max(1, p), sse };
}

/** One pass of TSB: size updated on demand, probability of demand every week. */
function tsbPass(y: readonly number[], alpha: number, beta: number, from = y.length): Pass {
  const s = startingValues(y);
  if (!s) return { forecast: 0, sse: 0 };
  let { z, d } = s;
  let sse = 0;
  for (let t = 0; t < y.length; t++) {
    if (t >= from) sse += (y[t]! - d * z) ** 2;
    d += beta * ((y[t]! > 0 ? 1 : 0) - d);
    if (y[t]! > 0) z += alpha * (y[t]! - z);
  }
  return { forecast: d * z, sse };
}

/** Croston's flat per-week forecast: size / interval. */
export function croston(history: readonly number[], horizon: number, alpha = 0.1): number[] {
  return new Array<number>(horizon).fill(crostonPass(history, alpha).forecast);
}

/** TSB's flat per-week forecast: probability of demand times its size. */
export function tsb(history: readonly number[], horizon: number, alpha = 0.1, beta = 0.1): number[] {
  return new Array<number>(horizon).fill(tsbPass(history, alpha, beta).forecast);
}

const ALPHAS = [0.05, 0.1, 0.2, 0.3] as const;
const BETAS = [0.05, 0.1, 0.2] as const;

// One-step errors from a quarter of the way in: the first weeks mostly echo the starting values.
const warmupOf = (y: readonly number[]) => Math.max(1, Math.floor(y.length / 4));

/** Croston's alpha with the least one-step squared error on `train`. */
export function fitCroston(train: readonly number[]): number {
  let best: number = ALPHAS[1];
  let bestSse = Number.POSITIVE_INFINITY;
  for (const a of ALPHAS) {
    const { sse } = crostonPass(train, a, warmupOf(train));
    if (sse < bestSse - 1e-9) [best, bestSse] = [a, sse];
  }
  return best;
}

/** TSB's alpha and beta with the least one-step squared error on `train`. */
export function fitTsb(train: readonly number[]): { alpha: number; beta: number } {
  let best = { alpha: 0.1, beta: 0.1 };
  let bestSse = Number.POSITIVE_INFINITY;
  for (const alpha of ALPHAS) {
    for (const beta of BETAS) {
      const { sse } = tsbPass(train, alpha, beta, warmupOf(train));
      if (sse < bestSse - 1e-9) [best, bestSse] = [{ alpha, beta }, sse];
    }
  }
  return best;
}

export const crostonMethod: Method = {
  name: "CROSTON",
  fit: (train): Forecaster => {
    const alpha = fitCroston(train);
    return (history, horizon) => croston(history, horizon, alpha);
  },
};

export const tsbMethod: Method = {
  name: "TSB",
  fit: (train): Forecaster => {
    const { alpha, beta } = fitTsb(train);
    return (history, horizon) => tsb(history, horizon, alpha, beta);
  },
};
